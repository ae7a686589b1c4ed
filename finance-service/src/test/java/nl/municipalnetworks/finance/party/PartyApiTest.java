package nl.municipalnetworks.finance.party;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Billing details through the API: checked field by field, one party per municipality and collector, read by role. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class PartyApiTest {

    @Test
    void detailsAreNormalisedAndEveryWrongFieldIsNamed() {
        Member member = FinanceApi.member("EINV", "Partijdorp", "GM9102", LocalDate.of(2019, 1, 1));
        Map<String, Object> body = FinanceApi.buyerPartyBody(member);
        body.put("postcode", "7411kt");
        body.put("iban", "nl91 abna 0417 1643 00");
        body.put("legalName", "Gemeente 's-Hertogenbosch-Súdwest");
        String id = FinanceApi.as("m50-treasurer").body(body).post("/v1/parties").then().statusCode(201)
                .header("Location", containsString("/v1/parties/"))
                .body("postcode", equalTo("7411 KT")).body("iban", equalTo("NL91ABNA0417164300"))
                .body("legalName", equalTo("Gemeente 's-Hertogenbosch-Súdwest"))
                .body("peppolEndpointId", equalTo("00000001001234567000")).extract().path("id");
        FinanceApi.as("m50-board").get("/v1/parties/" + id).then().statusCode(200).body("municipalityId",
                equalTo(member.municipalityId().toString()));

        Map<String, Object> wrong = new LinkedHashMap<>(body);
        wrong.put("iban", "NL91ABNA0417164301");
        wrong.put("kvkNumber", "1234567");
        wrong.put("vatNumber", "NL123");
        wrong.put("postcode", "74111");
        FinanceApi.as("m50-treasurer").body(wrong).put("/v1/parties/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItems("iban", "kvkNumber", "vatNumber", "postcode"))
                .body("invalidParams.find { it.name == 'iban' }.reason", containsString("check digits"));
        // nothing was changed by the refused request
        FinanceApi.as("m50-treasurer").get("/v1/parties/" + id).then().body("iban", equalTo("NL91ABNA0417164300"));

        FinanceApi.as("m50-treasurer").body(FinanceApi.buyerPartyBody(member)).post("/v1/parties").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("municipalityId"));
        Map<String, Object> unknown = FinanceApi.buyerPartyBody(member);
        unknown.put("municipalityId", UUID.randomUUID().toString());
        FinanceApi.as("m50-treasurer").body(unknown).post("/v1/parties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("municipalityId"));
        Map<String, Object> neither = FinanceApi.buyerPartyBody(member);
        neither.remove("municipalityId");
        FinanceApi.as("m50-treasurer").body(neither).post("/v1/parties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("municipalityId"));
    }

    @Test
    void aCollectorNameBelongsToOneParty() {
        FinanceApi.party(FinanceApi.sellerPartyBody("Collector Eén"));
        FinanceApi.as("platform-admin").body(FinanceApi.sellerPartyBody("Collector Eén")).post("/v1/parties").then()
                .statusCode(409).body("invalidParams[0].name", equalTo("collectorName"));
    }

    @Test
    void anOfficialReadsOnlyItsOwnMunicipalitysDetails() {
        Member zeist = FinanceApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));
        Member waalwijk = FinanceApi.member("M50", "Waalwijk", "GM0867", LocalDate.of(2019, 1, 1));
        String zeistParty = FinanceApi.party(FinanceApi.buyerPartyBody(zeist));
        String waalwijkParty = FinanceApi.party(FinanceApi.buyerPartyBody(waalwijk));

        FinanceApi.as("zeist-official").get("/v1/parties/" + zeistParty).then().statusCode(200);
        FinanceApi.as("zeist-official").get("/v1/parties/" + waalwijkParty).then().statusCode(403);
        List<String> listed = FinanceApi.as("zeist-official").get("/v1/parties?pageSize=100").then().statusCode(200)
                .extract().path("items.id");
        assertThat(listed).contains(zeistParty).doesNotContain(waalwijkParty);
        FinanceApi.as("zeist-official").body(FinanceApi.buyerPartyBody(zeist)).put("/v1/parties/" + zeistParty)
                .then().statusCode(403);
        FinanceApi.as("m50-secretariat").body(FinanceApi.buyerPartyBody(zeist)).put("/v1/parties/" + zeistParty)
                .then().statusCode(403);
        FinanceApi.as("g40-secretariat").get("/v1/parties/" + zeistParty).then().statusCode(200);
        FinanceApi.as("platform31-partner").get("/v1/parties").then().statusCode(403);
        FinanceApi.as("m50-pillar-chair").get("/v1/parties/" + zeistParty).then().statusCode(403);
        List<String> filtered = FinanceApi.as("m50-board").get("/v1/parties?municipalityId=" + waalwijk.municipalityId())
                .then().statusCode(200).extract().path("items.id");
        assertThat(filtered).containsExactly(waalwijkParty);
    }
}
