package nl.municipalnetworks.pillar;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.contracts.member.PersonRecorded;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.TestTokens;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Helpers for pillar-service's API tests: callers, and members made known through member-service's events. */
public final class PillarApi {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PillarApi() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON);
    }

    /** A unique lower-case code for pillars and themes, so that tests do not depend on each other's data. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * Every item of a paged list ({@code items}, {@code totalPages}), page by page, asked by a fresh request of
     * {@code caller} each time; {@code path} has a query already.
     */
    public static List<Map<String, Object>> allItems(Supplier<RequestSpecification> caller, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        int totalPages = 1;
        for (int page = 1; page <= totalPages; page++) {
            JsonPath answer = caller.get().get(path + "&pageSize=100&page=" + page).then().statusCode(200)
                    .extract().jsonPath();
            items.addAll(answer.getList("items"));
            totalPages = answer.getInt("totalPages");
        }
        return items;
    }

    /**
     * The id of the pillar with this code, created when the network has none yet: for tests that need a fixed
     * code, such as {@code sociaal}, which the realm's {@code m50-pillar-chair} chairs.
     */
    public static String pillar(String network, String code, String name, String validFrom) {
        String secretariat = network.toLowerCase(java.util.Locale.ROOT) + "-secretariat";
        String existing = allItems(() -> given(), "/v1/pillars?network=" + network).stream()
                .filter(p -> code.equals(p.get("code"))).map(p -> (String) p.get("id")).findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        return as(secretariat).body(java.util.Map.of("network", network, "code", code, "name", name, "validFrom", validFrom))
                .post("/v1/pillars").then().statusCode(201).extract().path("id");
    }

    /** A municipality known to pillar-service; {@code cbsCode} as the realm's users act for (GM0355 Zeist). */
    public record Member(UUID municipalityId, UUID membershipId, UUID officialId, UUID supporterId) {
    }

    /** Publishes registered + joined + two people, and waits until pillar-service has them. */
    public static Member member(String network, String name, String cbsCode, LocalDate joinedOn) {
        UUID municipality = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        UUID official = UUID.randomUUID();
        UUID supporter = UUID.randomUUID();
        IntegrationEvents.publish(new MunicipalityRegistered(municipality, cbsCode, name, "Utrecht", null));
        IntegrationEvents.publish(new MemberJoined(membership, network, municipality, name, joinedOn));
        IntegrationEvents.publish(new PersonRecorded(official, municipality, "Laura", "Hoogstraten"));
        IntegrationEvents.publish(new PersonRecorded(supporter, municipality, "Sanne", "van 't Hek"));
        awaitMember(network, municipality);
        awaitPerson(official);
        awaitPerson(supporter);
        return new Member(municipality, membership, official, supporter);
    }

    /** Waits until pillar-service's view has the membership (through the consumer). */
    public static void awaitMember(String network, UUID municipalityId) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() ->
                Boolean.TRUE.equals(nl.municipalnetworks.pillar.member.MemberViewProbe.isMember(network, municipalityId)));
    }

    public static void awaitPerson(UUID personId) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() ->
                nl.municipalnetworks.pillar.member.MemberViewProbe.personKnown(personId));
    }
}
