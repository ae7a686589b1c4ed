package nl.municipalnetworks.member.merger;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMember;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.ensureNetwork;
import static nl.municipalnetworks.member.MemberApi.newEventsProbe;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Recording a herindeling: memberships end the day before, the successor follows where decided, links both ways. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class MergerApiTest {

    private String heerhugowaard;
    private String langedijk;
    private String dijkEnWaard;
    private String heerhugowaardMembership;

    @BeforeEach
    void municipalities() {
        ensureNetwork("M50");
        ensureNetwork("G40");
        heerhugowaard = createMunicipality(uniqueName("Heerhugowaard"), uniqueCbsCode(), "Noord-Holland");
        langedijk = createMunicipality(uniqueName("Langedijk"), uniqueCbsCode(), "Noord-Holland");
        dijkEnWaard = createMunicipality(uniqueName("Dijk en Waard"), uniqueCbsCode(), "Noord-Holland");
        heerhugowaardMembership = createMember("M50", heerhugowaard, "2019-01-01");
    }

    @Test
    void aMergerEndsTheMembershipsTheDayBeforeAndTheSuccessorContinuesWhereTheNetworkDecided() {
        String merger;
        try (TopicProbe probe = newEventsProbe()) {
            merger = as("m50-secretariat").body(Map.of("mergedOn", "2022-01-01", "successorId", dijkEnWaard,
                            "mergingMunicipalityIds", List.of(heerhugowaard, langedijk), "successorMemberships", List.of("M50")))
                    .post("/v1/municipal-mergers").then().statusCode(201)
                    .body("mergedOn", equalTo("2022-01-01"))
                    .body("successor.municipalityId", equalTo(dijkEnWaard))
                    .body("merged.municipalityId", containsInAnyOrder(heerhugowaard, langedijk))
                    .body("endedMemberships", hasSize(1))
                    .body("endedMemberships[0].membershipId", equalTo(heerhugowaardMembership))
                    .body("endedMemberships[0].endedOn", equalTo("2021-12-31"))
                    .body("successorMemberships[0].network", equalTo("M50"))
                    .body("successorMemberships[0].joinedOn", equalTo("2022-01-01"))
                    .extract().path("id");

            List<ConsumerRecord<String, String>> events = probe.pollAll(Duration.ofSeconds(4)).stream()
                    .filter(r -> dijkEnWaard.equals(r.key())).toList();
            assertThat(events).extracting(r -> header(r, "ce_type"))
                    .containsExactly("nl.municipalnetworks.member.joined.v1", MunicipalityMerged.TYPE);
            assertThat(events.get(1).value()).contains("\"mergerId\":\"" + merger + "\"", "\"mergedOn\":\"2022-01-01\"",
                    "\"membershipId\":\"" + heerhugowaardMembership + "\"", heerhugowaard, langedijk);
        }

        as("m50-secretariat").get("/v1/memberships/" + heerhugowaardMembership).then().statusCode(200)
                .body("membership.status", equalTo("ENDED"))
                .body("membership.endsOn", equalTo("2021-12-31"))
                .body("membership.endReason", equalTo("MERGED"))
                .body("history.toStatus", contains("MEMBER", "ENDED"))
                .body("history[1].reason", equalTo("MERGED"));
        as("m50-secretariat").get("/v1/municipalities/" + heerhugowaard).then().statusCode(200)
                .body("mergedInto.municipalityId", equalTo(dijkEnWaard))
                .body("mergedInto.mergedOn", equalTo("2022-01-01"));
        as("m50-secretariat").get("/v1/municipalities/" + dijkEnWaard).then().statusCode(200)
                .body("mergedInto", nullValue())
                .body("mergedFrom.municipalityId", containsInAnyOrder(heerhugowaard, langedijk));
        as("m50-board").get("/v1/municipal-mergers/" + merger).then().statusCode(200)
                .body("endedMemberships[0].membershipId", equalTo(heerhugowaardMembership))
                .body("successorMemberships[0].network", equalTo("M50"));

        // A merged municipality takes no new memberships, and merges only once.
        as("m50-secretariat").body(Map.of("network", "M50", "municipalityId", heerhugowaard))
                .post("/v1/memberships").then().statusCode(409).contentType("application/problem+json");
        as("m50-secretariat").body(Map.of("mergedOn", "2023-01-01", "successorId", dijkEnWaard,
                        "mergingMunicipalityIds", List.of(heerhugowaard)))
                .post("/v1/municipal-mergers").then().statusCode(409);
    }

    @Test
    void aRefusedMergerChangesNothing() {
        // G40's secretariat may not end M50's memberships, nor decide for M50.
        as("g40-secretariat").body(Map.of("mergedOn", "2022-01-01", "successorId", dijkEnWaard,
                        "mergingMunicipalityIds", List.of(heerhugowaard, langedijk)))
                .post("/v1/municipal-mergers").then().statusCode(403).contentType("application/problem+json");
        as("m50-secretariat").body(Map.of("mergedOn", "2022-01-01", "successorId", dijkEnWaard,
                        "mergingMunicipalityIds", List.of(heerhugowaard, langedijk), "successorMemberships", List.of("G40")))
                .post("/v1/municipal-mergers").then().statusCode(403);
        // The successor cannot merge into itself; a municipality cannot be named twice.
        as("m50-secretariat").body(Map.of("mergedOn", "2022-01-01", "successorId", dijkEnWaard,
                        "mergingMunicipalityIds", List.of(heerhugowaard, dijkEnWaard)))
                .post("/v1/municipal-mergers").then().statusCode(400).body("invalidParams[0].name", equalTo("mergingMunicipalityIds"));
        as("m50-secretariat").body(Map.of("mergedOn", "2022-01-01", "successorId", dijkEnWaard,
                        "mergingMunicipalityIds", List.of(langedijk, langedijk)))
                .post("/v1/municipal-mergers").then().statusCode(400);
        // A member that joined after the merger date cannot have merged then: nothing at all is written.
        as("m50-secretariat").body(Map.of("mergedOn", "2018-06-01", "successorId", dijkEnWaard,
                        "mergingMunicipalityIds", List.of(langedijk, heerhugowaard)))
                .post("/v1/municipal-mergers").then().statusCode(409);

        as("m50-secretariat").get("/v1/memberships/" + heerhugowaardMembership).then()
                .body("membership.status", equalTo("MEMBER")).body("membership.endReason", nullValue());
        for (String id : List.of(heerhugowaard, langedijk)) {
            as("m50-secretariat").get("/v1/municipalities/" + id).then().body("mergedInto", nullValue());
        }
        as("m50-secretariat").get("/v1/municipalities/" + dijkEnWaard).then().body("mergedFrom", hasSize(0));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
