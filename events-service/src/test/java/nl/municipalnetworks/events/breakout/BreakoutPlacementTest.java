package nl.municipalnetworks.events.breakout;

import nl.municipalnetworks.contracts.member.Platform31Clusters;
import nl.municipalnetworks.events.breakout.BreakoutPlacement.Group;
import nl.municipalnetworks.events.breakout.BreakoutPlacement.Placement;
import nl.municipalnetworks.events.breakout.BreakoutPlacement.Registrant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakoutPlacementTest {

    private final List<Group> groups = Platform31Clusters.NAMES.stream().map(c -> new Group(UUID.randomUUID(), c)).toList();

    private UUID groupOf(String cluster) {
        return groups.stream().filter(g -> g.cluster().equals(cluster)).findFirst().orElseThrow().sessionId();
    }

    private static Registrant fresh(String cluster) {
        return new Registrant(UUID.randomUUID(), cluster, null, false);
    }

    @Test
    void everyoneWithAClusterGoesToThatClustersGroup() {
        List<Registrant> registrants = List.of(fresh("Werkstad"), fresh("Voorstad"), fresh("Werkstad"), fresh("Landelijke stad"));
        assertThat(BreakoutPlacement.place(groups, registrants))
                .extracting(Placement::sessionId, Placement::byRule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(groupOf("Werkstad"), false),
                        org.assertj.core.groups.Tuple.tuple(groupOf("Voorstad"), false),
                        org.assertj.core.groups.Tuple.tuple(groupOf("Werkstad"), false),
                        org.assertj.core.groups.Tuple.tuple(groupOf("Landelijke stad"), false));
    }

    @Test
    void withoutAClusterTheSmallestGroupFirstInTheReportsOrderOnATie() {
        // Werkstad and Voorstad have one each: the first without a cluster goes to the first empty group in order
        // (Aantrekkelijke woonstad), the next to the next empty one, and so on.
        List<Registrant> registrants = new ArrayList<>(List.of(fresh("Werkstad"), fresh("Voorstad")));
        for (int i = 0; i < 6; i++) {
            registrants.add(fresh(null));
        }
        List<Placement> placed = BreakoutPlacement.place(groups, registrants);
        assertThat(placed.subList(2, 8)).extracting(Placement::sessionId).containsExactly(
                groupOf("Aantrekkelijke woonstad"), groupOf("Bloeiende streekstad"), groupOf("Centrumstad met uitdagingen"),
                groupOf("Landelijke stad"), groupOf("Stad in transitie"),
                // all seven now have one: the tie goes to the first in the report's order
                groupOf("Aantrekkelijke woonstad"));
        assertThat(placed.subList(2, 8)).allMatch(Placement::byRule);
    }

    @Test
    void aClusterOutsideTheSevenIsPlacedByTheRule() {
        Placement placed = BreakoutPlacement.place(groups, List.of(fresh("Randstad"))).get(0);
        assertThat(placed.byRule()).isTrue();
        assertThat(placed.sessionId()).isEqualTo(groupOf("Aantrekkelijke woonstad"));
    }

    @Test
    void someoneTheRulePlacedStaysWhenOthersArriveButMovesOnceTheirClusterIsKnown() {
        UUID guest = UUID.randomUUID();
        UUID official = UUID.randomUUID();
        List<Registrant> before = List.of(new Registrant(guest, null, groupOf("Werkstad"), true),
                new Registrant(official, null, groupOf("Werkstad"), true));
        List<Registrant> after = new ArrayList<>(before);
        after.set(1, new Registrant(official, "Voorstad", groupOf("Werkstad"), true));
        after.add(fresh("Werkstad"));
        after.add(fresh("Werkstad"));

        List<Placement> placed = BreakoutPlacement.place(groups, after);
        assertThat(placed.get(0)).isEqualTo(new Placement(guest, groupOf("Werkstad"), true));
        assertThat(placed.get(1)).isEqualTo(new Placement(official, groupOf("Voorstad"), false));
        // Placing again with nothing changed changes nothing.
        List<Registrant> again = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Registrant r = after.get(i);
            again.add(new Registrant(r.registrationId(), r.cluster(), placed.get(i).sessionId(), placed.get(i).byRule()));
        }
        assertThat(BreakoutPlacement.place(groups, again)).isEqualTo(placed);
    }

    @Test
    void aNewRegistrantJoinsTheirClusterOrTheSmallestGroup() {
        Map<UUID, Integer> sizes = Map.of(groupOf("Aantrekkelijke woonstad"), 3, groupOf("Bloeiende streekstad"), 1,
                groupOf("Centrumstad met uitdagingen"), 2, groupOf("Landelijke stad"), 2, groupOf("Stad in transitie"), 1,
                groupOf("Voorstad"), 4, groupOf("Werkstad"), 5);
        assertThat(BreakoutPlacement.placeNew(groups, sizes, "Werkstad")).isEqualTo(new Placement(null, groupOf("Werkstad"), false));
        // Bloeiende streekstad and Stad in transitie have one each: the first in the report's order.
        assertThat(BreakoutPlacement.placeNew(groups, sizes, null)).isEqualTo(new Placement(null, groupOf("Bloeiende streekstad"), true));
    }

    @Test
    void noGroupsIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> BreakoutPlacement.place(List.of(), List.of(fresh("Werkstad"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
