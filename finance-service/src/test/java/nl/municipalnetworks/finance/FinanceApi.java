package nl.municipalnetworks.finance;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.contracts.member.PopulationRecorded;
import nl.municipalnetworks.finance.member.MemberViewProbe;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.TestTokens;
import org.awaitility.Awaitility;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Helpers for finance-service's API tests: callers, members made known through member-service's events, schemes. */
public final class FinanceApi {

    private FinanceApi() {
    }

    /** Numbers read exactly (amounts in euros), not as floats. */
    public static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    public static BigDecimal amount(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON);
    }

    public record Member(UUID municipalityId, UUID membershipId, String cbsCode, String name) {
    }

    /** Publishes registered + joined (member-service's events) and waits until finance-service has the member. */
    public static Member member(String network, String name, String cbsCode, LocalDate joinedOn) {
        UUID municipality = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        IntegrationEvents.publish(new MunicipalityRegistered(municipality, cbsCode, name, "Overijssel", null));
        IntegrationEvents.publish(new MemberJoined(membership, network, municipality, name, joinedOn));
        awaitMember(network, municipality);
        return new Member(municipality, membership, cbsCode, name);
    }

    public static void awaitMember(String network, UUID municipalityId) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> MemberViewProbe.isMember(network, municipalityId));
    }

    /** Publishes a CBS count (population-recorded) and waits until finance-service has it. */
    public static void population(Member member, String referenceDate, long inhabitants) {
        IntegrationEvents.publish(new PopulationRecorded(member.municipalityId(), member.cbsCode(),
                LocalDate.parse(referenceDate), inhabitants));
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> MemberViewProbe.inhabitants(member.municipalityId(), referenceDate) == inhabitants);
    }

    /** The M50 scheme every member pays (EUR 3,500 a year from 2019), created by the treasurer when missing. */
    public static synchronized String m50MemberScheme() {
        List<String> existing = as("m50-treasurer").get("/v1/fee-schemes?network=M50&payers=MEMBERS&pageSize=100")
                .then().statusCode(200).extract().path("items.id");
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network", "M50");
        body.put("name", "M50 ledenbijdrage");
        body.put("payers", "MEMBERS");
        body.put("payee", "M50");
        body.put("collector", "Meierijstad");
        body.put("validFrom", "2019-01-01");
        body.put("basis", "FLAT_PER_MEMBER");
        body.put("amountPerYear", 3500.00);
        body.put("vat", "OUTSIDE_SCOPE");
        body.put("midYearPolicy", "PRO_RATA_BY_MONTH");
        return as("m50-treasurer").body(body).post("/v1/fee-schemes").then().statusCode(201).extract().path("id");
    }

    /** A scheme that agreements pay: EUR 0.15 per inhabitant on the count of 2022-01-01, 21 % VAT (G40 - Platform31). */
    public static String perInhabitantScheme(String network) {
        return as("platform-admin").body(perInhabitantSchemeBody(network)).post("/v1/fee-schemes").then().statusCode(201)
                .extract().path("id");
    }

    public static Map<String, Object> perInhabitantSchemeBody(String network) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network", network);
        body.put("name", network + " - Platform31 2023-2027");
        body.put("payers", "AGREEMENTS");
        body.put("payee", "Platform31");
        body.put("collector", "Platform31");
        body.put("validFrom", "2023-03-01");
        body.put("validTo", "2027-12-31");
        body.put("basis", "PER_INHABITANT");
        body.put("ratePerInhabitant", 0.15);
        body.put("referenceDate", "2022-01-01");
        body.put("vat", "STANDARD_21");
        body.put("midYearPolicy", "PRO_RATA_BY_MONTH");
        return body;
    }

    public static String agreement(String schemeId, Member payer) {
        return as("platform-admin").body(Map.of("reference", "Samenwerkingsovereenkomst " + payer.name() + " - Platform31",
                        "payerMunicipalityId", payer.municipalityId(), "feeSchemeId", schemeId,
                        "termStart", "2023-03-01", "termEnd", "2027-12-31"))
                .post("/v1/agreements").then().statusCode(201).extract().path("id");
    }

    /**
     * Runs the network's contribution run for the year (as the platform admin) and answers the agreement's invoice id
     * (the live one: not a credited one).
     */
    public static String invoiceOf(String network, int year, Member payer, String agreementId) {
        as("platform-admin").body(Map.of("year", year)).post("/v1/networks/" + network + "/contribution-runs")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        List<String> ids = as("platform-admin").get("/v1/invoices?network=" + network + "&year=" + year + "&payerMunicipalityId=" + payer.municipalityId() + "&pageSize=100")
                .then().statusCode(200).extract().path("items.findAll { it.agreementId == '" + agreementId + "' && it.status != 'CREDITED' }.id");
        if (ids == null || ids.size() != 1) {
            throw new IllegalStateException("expected one invoice for agreement " + agreementId + ", got " + ids);
        }
        return ids.get(0);
    }

    /**
     * Billing details of a member municipality, fictitious but well-formed (an OIN, receiving on it), as
     * POST /v1/parties takes them.
     */
    public static Map<String, Object> buyerPartyBody(Member member) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("municipalityId", member.municipalityId().toString());
        body.put("legalName", "Gemeente " + member.name());
        body.put("street", "Raadhuisplein 1");
        body.put("postcode", "7411 KT");
        body.put("city", member.name());
        body.put("country", "NL");
        body.put("kvkNumber", "38020751");
        body.put("oin", "00000001001234567000");
        body.put("vatNumber", "NL001234567B01");
        body.put("email", "facturen@" + member.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example");
        body.put("peppolScheme", "0190");
        return body;
    }

    /** Billing details of a seller that is no municipality, found by its collector name: with an IBAN and a VAT number. */
    public static Map<String, Object> sellerPartyBody(String collectorName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("collectorName", collectorName);
        body.put("legalName", "Stichting " + collectorName);
        body.put("street", "Voorbeeldstraat 31");
        body.put("postcode", "2500 FK");
        body.put("city", "Den Haag");
        body.put("country", "NL");
        body.put("kvkNumber", "41150129");
        body.put("vatNumber", "NL809999990B01");
        body.put("iban", "NL20INGB0001234567");
        body.put("email", "facturen@platform31.example");
        body.put("peppolScheme", "0106");
        return body;
    }

    /** Registers billing details (as the platform admin) and answers the party's id. */
    public static String party(Map<String, Object> body) {
        return as("platform-admin").body(body).post("/v1/parties").then().statusCode(201).extract().path("id");
    }
}
