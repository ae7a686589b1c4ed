package nl.municipalnetworks.events.member;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.MunicipalityChanged;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** member-service's events through the real broker, each delivered twice: the effect happens once. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class MemberEventsConsumerTest {

    private static String status(String registrationId) {
        return ServiceDatabase.text("select status || coalesce('/' || cancel_reason, '') from registration where id = '" + registrationId + "'");
    }

    @Test
    void aMembershipThatEndsCancelsTheFutureRegistrationsOnceAndKeepsPastAttendance() {
        String cbs = "GM9" + (100 + (int) (Math.random() * 800));
        EventsApi.Member leaving = EventsApi.member("M50", "Vertrekstad", cbs);
        EventsApi.Member staying = EventsApi.member("M50", "Blijfstad", cbs.replace("GM9", "GM8"));
        String full = EventsApi.openEvent("M50", "MEMBERS", 1);
        String leaverSeat = EventsApi.register("platform-admin", full, "Vera Vertrek", "vera-" + UUID.randomUUID() + "@example.nl",
                leaving.municipalityId(), null).then().statusCode(201).extract().path("id");
        String waiter = EventsApi.register("platform-admin", full, "Bart Blijf", "bart-" + UUID.randomUUID() + "@example.nl",
                staying.municipalityId(), null).then().statusCode(201).extract().path("id");
        // Held before the end of the membership: attendance stays.
        Map<String, Object> earlier = new LinkedHashMap<>(EventsApi.eventBody("M50", "MEMBERS", 10));
        earlier.put("startsAt", EventsApi.inDays(3, 10));
        earlier.put("endsAt", EventsApi.inDays(3, 12));
        String before = EventsApi.openEvent(earlier);
        String attended = EventsApi.register("platform-admin", before, "Vera Vertrek", "vera-" + UUID.randomUUID() + "@example.nl",
                leaving.municipalityId(), null).then().statusCode(201).extract().path("id");

        ServiceDatabase.awaitOutboxPublished();
        try (TopicProbe probe = TopicProbe.forTopic("meeting-events")) {
            UUID eventId = UUID.randomUUID();
            MembershipEnded ended = new MembershipEnded(leaving.membershipId(), "M50", leaving.municipalityId(),
                    LocalDate.now().plusDays(10));
            IntegrationEvents.publish(eventId, ended);
            IntegrationEvents.publish(eventId, ended);
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> status(leaverSeat).equals("CANCELLED/MEMBERSHIP_ENDED"));
            // A later event of the same municipality (same partition): once it is applied, so is the duplicate before it.
            IntegrationEvents.publish(new MunicipalityRegistered(leaving.municipalityId(), cbs, "Vertrekstad (oud lid)", "Utrecht", null));
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> ServiceDatabase.count("select count(*) from municipality where id = '"
                    + leaving.municipalityId() + "' and name = 'Vertrekstad (oud lid)'") == 1);
            assertThat(status(waiter)).as("the freed seat went to the waiting list").isEqualTo("CONFIRMED");
            assertThat(status(attended)).as("an event before the end of the membership").isEqualTo("CONFIRMED");

            ServiceDatabase.awaitOutboxPublished();
            List<ConsumerRecord<String, String>> records = probe.pollAll(Duration.ofSeconds(3)).stream()
                    .filter(r -> r.key().equals(full)).toList();
            List<String> types = records.stream()
                    .map(r -> new String(r.headers().lastHeader("ce_type").value())).toList();
            assertThat(types).as("one cancellation and one promotion, though the event came twice").containsExactly("nl.municipalnetworks.events.registration-cancelled.v1",
                    "nl.municipalnetworks.events.waiting-list-promoted.v1");
            assertThat(records.get(0).value()).contains("\"reason\":\"MEMBERSHIP_ENDED\"", "\"name\":\"Vera Vertrek\"");
        }
    }

    @Test
    void aMemberOfAnotherOfTheEventsNetworksKeepsItsRegistration() {
        EventsApi.Member both = EventsApi.member("M50", "Tweenetwerkstad", "GM9" + (100 + (int) (Math.random() * 800)));
        IntegrationEvents.publish(new MemberJoined(UUID.randomUUID(), "G40", both.municipalityId(), "Tweenetwerkstad", LocalDate.of(2020, 1, 1)));
        EventsApi.awaitMember("G40", both.municipalityId());
        Map<String, Object> shared = new LinkedHashMap<>(EventsApi.eventBody("M50", "MEMBERS", 10));
        shared.put("otherNetworks", List.of("G40"));
        String sharedEvent = EventsApi.openEvent(shared);
        String m50Only = EventsApi.openEvent("M50", "MEMBERS", 10);
        String kept = EventsApi.register("platform-admin", sharedEvent, "Tess Twee", "tess-" + UUID.randomUUID() + "@example.nl",
                both.municipalityId(), null).then().statusCode(201).extract().path("id");
        String lapsed = EventsApi.register("platform-admin", m50Only, "Tess Twee", "tess-" + UUID.randomUUID() + "@example.nl",
                both.municipalityId(), null).then().statusCode(201).extract().path("id");
        IntegrationEvents.publish(new MembershipEnded(both.membershipId(), "M50", both.municipalityId(), LocalDate.now()));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> status(lapsed).equals("CANCELLED/MEMBERSHIP_ENDED"));
        assertThat(status(kept)).as("still a member of G40, which the event is also of").isEqualTo("CONFIRMED");
    }

    @Test
    void aMergerMovesFutureRegistrationsToTheSuccessor() {
        EventsApi.Member merged = EventsApi.member("M50", "Oudgemeente", "GM9" + (100 + (int) (Math.random() * 800)));
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        String registration = EventsApi.register("platform-admin", event, "Mees Samen", "mees-" + UUID.randomUUID() + "@example.nl",
                merged.municipalityId(), null).then().statusCode(201).extract().path("id");
        UUID successor = UUID.randomUUID();
        LocalDate on = LocalDate.now().plusDays(1);
        MunicipalityMerged merger = new MunicipalityMerged(UUID.randomUUID(), successor, "Nieuwgemeente", null, on,
                List.of(new MunicipalityMerged.MergedMunicipality(merged.municipalityId(), "Oudgemeente", merged.cbsCode())),
                List.of(new MunicipalityMerged.EndedMembership(merged.membershipId(), "M50", merged.municipalityId(), on.minusDays(1))),
                List.of(new MunicipalityMerged.SuccessorMembership(UUID.randomUUID(), "M50")));
        UUID id = UUID.randomUUID();
        IntegrationEvents.publish(id, merger);
        IntegrationEvents.publish(id, merger);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> ServiceDatabase.count(
                "select count(*) from registration where id = '" + registration + "' and municipality_id = '" + successor + "'") == 1);
        as("platform-admin").get("/v1/events/" + event + "/registrations").then().statusCode(200)
                .body("items[0].municipalityName", is("Nieuwgemeente")).body("items[0].status", is("CONFIRMED"));
    }

    @Test
    void aChangedClusterCountsOnceAndAnOldChangeDeliveredAgainDoesNotUndoANewerOne() {
        EventsApi.Member member = EventsApi.member("M50", "Clusterstad " + UUID.randomUUID().toString().substring(0, 6), null, null);
        UUID first = UUID.randomUUID();
        MunicipalityChanged toLandelijk = new MunicipalityChanged(member.municipalityId(), "GM0999", member.name(), "Gelderland", "landelijke stad");
        IntegrationEvents.publish(first, toLandelijk);
        IntegrationEvents.publish(first, toLandelijk);
        IntegrationEvents.publish(new MunicipalityChanged(member.municipalityId(), "GM0999", member.name(), "Gelderland", "Werkstad"));
        IntegrationEvents.publish(first, toLandelijk); // a redelivery of the older change, after the newer one
        UUID marker = IntegrationEvents.publish(new MunicipalityChanged(member.municipalityId(), "GM0999", member.name(), "Gelderland",
                "Werkstad"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> ServiceDatabase.count(
                "select count(*) from processed_event where event_id = '" + marker + "'") == 1);
        assertThat(ServiceDatabase.text("select cluster || '/' || province || '/' || cbs_code from municipality where id = '"
                + member.municipalityId() + "'")).isEqualTo("Werkstad/Gelderland/GM0999");
        assertThat(ServiceDatabase.count("select count(*) from processed_event where event_id = '" + first + "'")).isEqualTo(1);
    }
}
