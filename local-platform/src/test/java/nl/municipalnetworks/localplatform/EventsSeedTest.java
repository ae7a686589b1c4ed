package nl.municipalnetworks.localplatform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsSeedTest {

    private static EventsSeed.Event named(String title) {
        return EventsSeed.fromClasspath().events().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theTwoGeneralAssembliesOf2025HaveTheThemeSessionsTheYearPlanNamesAndThePillarMeetings() {
        EventsSeed.Event spring = named("ALV voorjaar 2025");
        assertEquals("GENERAL_ASSEMBLY", spring.body().path("kind").asText());
        assertEquals("2025-03-27T13:00:00+01:00", spring.body().path("startsAt").asText());
        assertEquals(List.of("Themasessie: M50 en de nieuwe Nota Ruimte", "Pijlerbijeenkomst Ruimte en Economie",
                        "Pijlerbijeenkomst Sociaal", "Pijlerbijeenkomst Veiligheid", "Pijlerbijeenkomst Financiën"),
                spring.sessions().stream().map(s -> s.path("title").asText()).toList());
        EventsSeed.Event autumn = named("ALV najaar 2025");
        assertEquals("2025-09-25T13:00:00+02:00", autumn.body().path("startsAt").asText(), "summer time in September");
        assertEquals("Themasessie: Woningmarkt en Oekraïense vluchtelingen", autumn.sessions().get(0).path("title").asText());
        assertEquals(List.of("OPEN", "HELD"), autumn.statusChanges());
        assertFalse(autumn.byPartner());
        // The year plan: "Begroting 2026 vaststellen bij 2e Alv"; the finance seed proposes that budget for it to adopt.
        assertEquals(1, autumn.decisions().size());
        assertEquals("BUDGET_ADOPTED", autumn.decisions().get(0).path("kind").asText());
        assertEquals("M50", autumn.decisions().get(0).path("budget").path("network").asText());
        assertEquals(2026, autumn.decisions().get(0).path("budget").path("year").asInt());
        assertTrue(FinanceSeed.fromClasspath().budgets().stream().anyMatch(b -> b.network().equals("M50") && b.year() == 2026
                && b.adoption() == null));
    }

    @Test
    void thePlatform31WebinarIsThePartnersForM50AndG40WithOneGroupPerCluster() {
        EventsSeed.Event webinar = EventsSeed.fromClasspath().events().stream()
                .filter(e -> e.body().path("kind").asText().equals("WEBINAR")).findFirst().orElseThrow();
        assertTrue(webinar.byPartner());
        assertEquals("Platform31", webinar.body().path("partner").asText());
        assertEquals("G40", webinar.body().path("otherNetworks").get(0).asText());
        assertEquals("2025-12-11T15:00:00+01:00", webinar.body().path("startsAt").asText());
        assertEquals(List.of("Breakout Aantrekkelijke woonstad", "Breakout Bloeiende streekstad", "Breakout Centrumstad met uitdagingen",
                        "Breakout Landelijke stad", "Breakout Stad in transitie", "Breakout Voorstad", "Breakout Werkstad"),
                webinar.sessions().stream().map(s -> s.path("title").asText()).toList());
        // Each group takes its cluster's registrants (events-service's cluster breakouts).
        assertEquals(nl.municipalnetworks.contracts.member.Platform31Clusters.NAMES,
                webinar.sessions().stream().map(s -> s.path("cluster").asText()).toList());
        assertEquals(Set.of("M50"), EventsSeed.fromClasspath().networks());
        assertEquals(2, EventsSeed.fromClasspath().events().stream()
                .filter(e -> e.body().path("kind").asText().equals("CONTACT_OFFICIALS_MEETING")).count());
    }

    @Test
    void anUnknownStatusIsRefusedWithTheEventsTitle() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EventsSeed.statusChanges("ALV", "DONE"));
        assertTrue(refused.getMessage().contains("'ALV'"), refused.getMessage());
    }
}
