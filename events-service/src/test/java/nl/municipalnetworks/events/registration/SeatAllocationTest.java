package nl.municipalnetworks.events.registration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.municipalnetworks.events.registration.RegistrationStatus.CONFIRMED;
import static nl.municipalnetworks.events.registration.RegistrationStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

class SeatAllocationTest {

    private static final UUID THEME = UUID.randomUUID();
    private static final UUID PILLAR = UUID.randomUUID();

    private static SeatAllocation.Taken taken(Integer capacity, long confirmed, long themeConfirmed) {
        java.util.HashMap<UUID, Integer> capacities = new java.util.HashMap<>();
        capacities.put(THEME, 2);
        capacities.put(PILLAR, null);
        return new SeatAllocation.Taken(capacity, confirmed, capacities, Map.of(THEME, themeConfirmed));
    }

    @Test
    void aNewRegistrationHasASeatUntilTheEventIsFullThenWaits() {
        assertThat(SeatAllocation.forNew(taken(10, 9, 0), null)).isEqualTo(CONFIRMED);
        assertThat(SeatAllocation.forNew(taken(10, 10, 0), null)).isEqualTo(WAITING);
        assertThat(SeatAllocation.forNew(taken(10, 11, 0), null)).isEqualTo(WAITING);
        assertThat(SeatAllocation.forNew(taken(null, 5000, 0), null)).as("no limit").isEqualTo(CONFIRMED);
    }

    @Test
    void aSessionHasItsOwnSeatsWithinTheEvents() {
        assertThat(SeatAllocation.forNew(taken(10, 3, 1), THEME)).isEqualTo(CONFIRMED);
        assertThat(SeatAllocation.forNew(taken(10, 3, 2), THEME)).as("session full").isEqualTo(WAITING);
        assertThat(SeatAllocation.forNew(taken(10, 3, 2), PILLAR)).as("a session without a limit of its own").isEqualTo(CONFIRMED);
        assertThat(SeatAllocation.forNew(taken(10, 10, 0), PILLAR)).as("the event is full").isEqualTo(WAITING);
    }

    @Test
    void aFreedSeatGoesToTheFirstWaiting() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<SeatAllocation.Waiting> waiting = List.of(new SeatAllocation.Waiting(first, null), new SeatAllocation.Waiting(second, null));
        assertThat(SeatAllocation.toPromote(taken(10, 9, 0), waiting)).containsExactly(first);
        assertThat(SeatAllocation.toPromote(taken(10, 8, 0), waiting)).containsExactly(first, second);
        assertThat(SeatAllocation.toPromote(taken(10, 10, 0), waiting)).isEmpty();
        assertThat(SeatAllocation.toPromote(taken(12, 8, 0), waiting)).as("more seats than waiting").containsExactly(first, second);
    }

    @Test
    void someoneWaitingForAFullSessionDoesNotHoldUpTheNextOne() {
        UUID forTheme = UUID.randomUUID();
        UUID forPillar = UUID.randomUUID();
        UUID alsoForTheme = UUID.randomUUID();
        List<SeatAllocation.Waiting> waiting = List.of(new SeatAllocation.Waiting(forTheme, THEME),
                new SeatAllocation.Waiting(forPillar, PILLAR), new SeatAllocation.Waiting(alsoForTheme, THEME));
        assertThat(SeatAllocation.toPromote(taken(10, 9, 2), waiting)).containsExactly(forPillar);
        assertThat(SeatAllocation.toPromote(taken(10, 7, 1), waiting)).as("one theme seat: the first for the theme")
                .containsExactly(forTheme, forPillar);
    }

    @Test
    void withoutSessionSeatsOnlyTheFirstAsManyAsThereAreFreeSeatsAreReadFromTheWaitingList() {
        java.util.HashMap<UUID, Integer> noSessionLimits = new java.util.HashMap<>();
        noSessionLimits.put(PILLAR, null);
        assertThat(SeatAllocation.mostToPromote(new SeatAllocation.Taken(100, 97, noSessionLimits, Map.of()))).isEqualTo(3);
        assertThat(SeatAllocation.mostToPromote(new SeatAllocation.Taken(100, 100, noSessionLimits, Map.of()))).isZero();
        assertThat(SeatAllocation.mostToPromote(new SeatAllocation.Taken(10, 12, Map.of(), Map.of()))).as("fewer seats than taken").isZero();
        assertThat(SeatAllocation.mostToPromote(new SeatAllocation.Taken(null, 12, Map.of(), Map.of()))).as("no limit").isNull();
        assertThat(SeatAllocation.mostToPromote(taken(10, 7, 1))).as("a session with seats of its own: read them all").isNull();

        // And then those first ones are exactly whom toPromote picks from the whole list.
        List<SeatAllocation.Waiting> waiting = List.of(new SeatAllocation.Waiting(UUID.randomUUID(), null),
                new SeatAllocation.Waiting(UUID.randomUUID(), PILLAR), new SeatAllocation.Waiting(UUID.randomUUID(), null),
                new SeatAllocation.Waiting(UUID.randomUUID(), null));
        SeatAllocation.Taken twoFree = new SeatAllocation.Taken(10, 8, noSessionLimits, Map.of());
        assertThat(SeatAllocation.toPromote(twoFree, waiting))
                .isEqualTo(SeatAllocation.toPromote(twoFree, waiting.subList(0, SeatAllocation.mostToPromote(twoFree))));
    }
}
