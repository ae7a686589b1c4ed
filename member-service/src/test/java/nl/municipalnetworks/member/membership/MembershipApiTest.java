package nl.municipalnetworks.member.membership;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.NoticeGiven;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.newEventsProbe;
import static nl.municipalnetworks.member.MemberApi.createJoinedMember;
import static nl.municipalnetworks.member.MemberApi.createMember;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.createProspect;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class MembershipApiTest {

    @Inject
    MembershipService service;

    @Test
    void withoutTokenIs401AndWrongRoleIs403() {
        given().get("/v1/memberships").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        as("zeist-official").body(Map.of("network", "M50", "municipalityId", UUID.randomUUID()))
                .post("/v1/memberships").then().statusCode(403).contentType("application/problem+json");
        as("m50-board").get("/v1/memberships?network=M50").then().statusCode(200);
    }

    @Test
    void secretariatMovesAProspectToMemberAndExactlyOneEventIsPublished() {
        String municipalityId = createMunicipality(uniqueName("Prospectstad"), uniqueCbsCode(), "Gelderland");
        String membershipId = createProspect(municipalityId);

        try (TopicProbe probe = newEventsProbe()) {
            as("m50-secretariat").body(Map.of("status", "MEMBER", "effectiveOn", "2026-01-01"))
                    .post("/v1/memberships/" + membershipId + "/status-changes")
                    .then().statusCode(200)
                    .body("status", equalTo("MEMBER"))
                    .body("joinedOn", equalTo("2026-01-01"))
                    .header("API-Version", "1.0.0");

            List<ConsumerRecord<String, String>> events = eventsAbout(probe, municipalityId);
            assertThat(events).hasSize(1);
            ConsumerRecord<String, String> joined = events.get(0);
            assertThat(header(joined, "ce_type")).isEqualTo(MemberJoined.TYPE);
            assertThat(header(joined, "ce_subject")).isEqualTo(municipalityId);
            assertThat(header(joined, "ce_id")).isNotBlank();
            // NL GOV profile: the source names the operating organisation (OIN; zeros in tests) and the system.
            assertThat(header(joined, "ce_source")).isEqualTo("urn:nld:oin:00000000000000000000:systeem:member-service");
            assertThat(header(joined, "ce_time")).isNotBlank();
            assertThat(header(joined, "content-type")).isEqualTo("application/json");
            assertThat(joined.value()).contains("\"membershipId\":\"" + membershipId + "\"", "\"joinedOn\":\"2026-01-01\"");
        }

        as("m50-secretariat").get("/v1/memberships/" + membershipId).then().statusCode(200)
                .body("history.toStatus", contains("PROSPECT", "MEMBER"))
                .body("history[1].changedBy", equalTo("m50-secretariat"));
    }

    @Test
    void noEventAndNoChangeWhenTheTransactionFails() {
        String municipalityId = createMunicipality(uniqueName("Rollbackdorp"), uniqueCbsCode(), null);
        String membershipId = createProspect(municipalityId);
        Caller secretariat = new Caller("m50-secretariat", Set.of("secretariat"), "M50", "GM0355");

        try (TopicProbe probe = newEventsProbe()) {
            // The join and its outbox row are written, then something later in the same unit of work fails.
            assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                    service.changeStatus(secretariat, UUID.fromString(membershipId),
                                    new MembershipDtos.ChangeStatus(MembershipStatus.MEMBER, LocalDate.of(2026, 1, 1), null))
                            .flatMap(joined -> Uni.createFrom().failure(new IllegalStateException("later step failed"))))))
                    .hasMessageContaining("later step failed");

            assertThat(eventsAbout(probe, municipalityId)).isEmpty();
        }
        as("m50-secretariat").get("/v1/memberships/" + membershipId).then().statusCode(200)
                .body("membership.status", equalTo("PROSPECT"))
                .body("history.toStatus", contains("PROSPECT"));
    }

    @Test
    void illegalTransitionIs409AndChangesNothing() {
        String municipalityId = createMunicipality(uniqueName("Sprongstad"), uniqueCbsCode(), null);
        String membershipId = createProspect(municipalityId);
        as("m50-secretariat").body(Map.of("status", "NOTICE_GIVEN", "effectiveOn", "2026-03-01", "endsOn", "2027-01-01"))
                .post("/v1/memberships/" + membershipId + "/status-changes")
                .then().statusCode(409).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("status"));
        as("m50-secretariat").get("/v1/memberships/" + membershipId).then()
                .body("membership.status", equalTo("PROSPECT"));
    }

    @Test
    void noticeThenEndPublishesNoticeGivenAndMembershipEnded() {
        String municipalityId = createMunicipality(uniqueName("Vertrekstad"), uniqueCbsCode(), null);
        String membershipId = createJoinedMember(municipalityId);
        try (TopicProbe probe = newEventsProbe()) {
            as("m50-secretariat").body(Map.of("status", "NOTICE_GIVEN", "effectiveOn", "2026-08-15", "endsOn", "2027-01-01"))
                    .post("/v1/memberships/" + membershipId + "/status-changes").then().statusCode(200)
                    .body("endsOn", equalTo("2027-01-01"));
            as("m50-secretariat").body(Map.of("status", "ENDED", "effectiveOn", "2027-01-01"))
                    .post("/v1/memberships/" + membershipId + "/status-changes").then().statusCode(200);
            List<ConsumerRecord<String, String>> events = eventsAbout(probe, municipalityId);
            assertThat(events).extracting(r -> header(r, "ce_type"))
                    .containsExactly(NoticeGiven.TYPE, MembershipEnded.TYPE);
        }
        // History is kept, and the municipality may become a prospect again as a new membership.
        String again = createProspect(municipalityId);
        assertThat(again).isNotEqualTo(membershipId);
        as("m50-secretariat").get("/v1/memberships/" + membershipId).then()
                .body("history.toStatus", contains("PROSPECT", "MEMBER", "NOTICE_GIVEN", "ENDED"));
    }

    @Test
    void aSecondOpenMembershipInTheSameNetworkIs409() {
        String municipalityId = createMunicipality(uniqueName("Dubbelstad"), uniqueCbsCode(), null);
        createProspect(municipalityId);
        as("m50-secretariat").body(Map.of("network", "M50", "municipalityId", municipalityId))
                .post("/v1/memberships").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("municipalityId"));
    }

    @Test
    void anotherNetworksSecretariatMayNotChangeM50() {
        String municipalityId = createMunicipality(uniqueName("Grensstad"), uniqueCbsCode(), null);
        String membershipId = createProspect(municipalityId);
        as("g40-secretariat").body(Map.of("status", "MEMBER", "effectiveOn", "2026-01-01"))
                .post("/v1/memberships/" + membershipId + "/status-changes").then().statusCode(403);
    }

    @Test
    void badInputNamesTheField() {
        String municipalityId = createMunicipality(uniqueName("Foutstad"), uniqueCbsCode(), null);
        String membershipId = createProspect(municipalityId);
        as("m50-secretariat").body(Map.of("status", "MEMBER", "effectiveOn", "first of January"))
                .post("/v1/memberships/" + membershipId + "/status-changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("effectiveOn"));
        as("m50-secretariat").body(Map.of("status", "MEMBER"))
                .post("/v1/memberships/" + membershipId + "/status-changes")
                .then().statusCode(400).body("invalidParams.name", hasItem("effectiveOn"));
        as("m50-secretariat").body("{not json").post("/v1/memberships").then().statusCode(400)
                .contentType("application/problem+json");
        as("m50-secretariat").get("/v1/memberships?status=SLEEPING").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("status"));
        as("m50-secretariat").get("/v1/memberships?page=abc").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("page"));
        as("m50-secretariat").get("/v1/memberships?sort=shoeSize").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("sort"));
        as("m50-secretariat").get("/v1/memberships/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void recruitmentOfAProspectWithNotesAndGrowth() {
        String municipalityId = createMunicipality(uniqueName("Wervingstad"), uniqueCbsCode(), null);
        String membershipId = createProspect(municipalityId);
        as("m50-secretariat").body(Map.of("status", "IN_CONVERSATION", "owner", "Eva Boswinkel"))
                .put("/v1/memberships/" + membershipId + "/recruitment").then().statusCode(200)
                .body("recruitment.status", equalTo("IN_CONVERSATION"));
        as("m50-secretariat").body(Map.of("text", "Spoke with the mayor at the VNG congress"))
                .post("/v1/memberships/" + membershipId + "/recruitment-notes").then().statusCode(201);
        as("m50-board").get("/v1/memberships/" + membershipId).then()
                .body("recruitmentNotes[0].text", equalTo("Spoke with the mayor at the VNG congress"));
        as("zeist-official").get("/v1/memberships/" + membershipId).then()
                .body("recruitmentNotes.size()", equalTo(0));

        as("m50-board").get("/v1/networks/M50/growth").then().statusCode(200)
                .body("target", equalTo(50)).body("baseline", equalTo(40));
        as("zeist-official").get("/v1/networks/M50/growth").then().statusCode(403);
    }

    @Test
    void noticeWithoutAnEndDateEndsWhenTheNetworksRuleSays() {
        String network = "NR" + Math.abs(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        as("platform-admin").body(Map.of("code", network, "name", "Network with a notice rule",
                        "noticeRule", Map.of("noticeBefore", "09-01", "takesEffectOn", "01-01")))
                .post("/v1/networks").then().statusCode(201)
                .body("noticeRule.description", org.hamcrest.Matchers.startsWith("notice received before 1 September"));
        String early = createMember(network, createMunicipality(uniqueName("Vroegopzeg"), uniqueCbsCode(), null), "2020-01-01");
        String late = createMember(network, createMunicipality(uniqueName("Laatopzeg"), uniqueCbsCode(), null), "2020-01-01");

        as("platform-admin").body(Map.of("status", "NOTICE_GIVEN", "effectiveOn", "2026-08-31"))
                .post("/v1/memberships/" + early + "/status-changes").then().statusCode(200)
                .body("endsOn", equalTo("2026-12-31"));
        // Too early for the rule: refused and nothing changes.
        as("platform-admin").body(Map.of("status", "NOTICE_GIVEN", "effectiveOn", "2026-09-01", "endsOn", "2026-12-31"))
                .post("/v1/memberships/" + late + "/status-changes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("endsOn"));
        as("platform-admin").get("/v1/memberships/" + late).then().body("membership.status", equalTo("MEMBER"));
        as("platform-admin").body(Map.of("status", "NOTICE_GIVEN", "effectiveOn", "2026-09-01"))
                .post("/v1/memberships/" + late + "/status-changes").then().statusCode(200)
                .body("endsOn", equalTo("2027-12-31"));

        as("platform-admin").body(Map.of("code", network + "X", "name", "Impossible rule",
                        "noticeRule", Map.of("noticeBefore", "02-30", "takesEffectOn", "01-01")))
                .post("/v1/networks").then().statusCode(400).body("invalidParams[0].name", equalTo("noticeRule.noticeBefore"));
    }

    /** Waits long enough for the relay (every 0.2 s in tests) and returns the events about one municipality. */
    private static List<ConsumerRecord<String, String>> eventsAbout(TopicProbe probe, String municipalityId) {
        return probe.pollAll(Duration.ofSeconds(4)).stream()
                .filter(r -> municipalityId.equals(r.key()))
                .toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
