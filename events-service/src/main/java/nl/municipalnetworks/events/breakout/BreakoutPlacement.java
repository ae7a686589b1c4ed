package nl.municipalnetworks.events.breakout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who goes to which breakout group when an event splits into one group per Platform31 cluster.
 * <ul>
 *   <li>A registrant whose municipality has a cluster goes to that cluster's group.</li>
 *   <li>{@link #RULE}: a registrant without one (a guest, or a municipality whose cluster is not known) goes to the
 *       group with the fewest registrants at that moment, the first in the report's order on a tie. Once placed so,
 *       they stay there (people are not moved around behind their backs), unless their municipality's cluster
 *       becomes known.</li>
 * </ul>
 * Plain Java: the service reads the registrants in registration order under the event's lock and applies this.
 */
public final class BreakoutPlacement {

    public static final String RULE = "A registrant without a cluster (a guest, or a municipality whose cluster is not known) "
            + "joins the group with the fewest registrants at that moment, the first in the report's order on a tie, and "
            + "stays there unless the municipality's cluster becomes known.";

    private BreakoutPlacement() {
    }

    /** A breakout group; the list of groups is in the report's order of clusters. */
    public record Group(UUID sessionId, String cluster) {
    }

    /**
     * A live registration to place. cluster: its municipality's (null: none known, or a guest); currentSessionId and
     * placedByRule: where it is now.
     */
    public record Registrant(UUID registrationId, String cluster, UUID currentSessionId, boolean placedByRule) {
    }

    /** Where a registrant goes; byRule: placed by {@link #RULE}, not by its cluster. */
    public record Placement(UUID registrationId, UUID sessionId, boolean byRule) {
    }

    /** Places everyone, registrants in registration order; answers one placement per registrant, in that order. */
    public static List<Placement> place(List<Group> groups, List<Registrant> registrants) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no breakout groups to place registrants in");
        }
        Map<String, UUID> groupOfCluster = new HashMap<>();
        groups.forEach(g -> groupOfCluster.put(g.cluster(), g.sessionId()));
        Map<UUID, Integer> size = new HashMap<>();
        groups.forEach(g -> size.put(g.sessionId(), 0));
        Map<UUID, Placement> placed = new HashMap<>();

        // By cluster first; then those the rule placed before keep their group; then the rest by the rule.
        for (Registrant r : registrants) {
            UUID group = r.cluster() == null ? null : groupOfCluster.get(r.cluster());
            if (group != null) {
                placed.put(r.registrationId(), new Placement(r.registrationId(), group, false));
                size.merge(group, 1, Integer::sum);
            }
        }
        for (Registrant r : registrants) {
            if (!placed.containsKey(r.registrationId()) && r.placedByRule() && size.containsKey(r.currentSessionId())) {
                placed.put(r.registrationId(), new Placement(r.registrationId(), r.currentSessionId(), true));
                size.merge(r.currentSessionId(), 1, Integer::sum);
            }
        }
        for (Registrant r : registrants) {
            if (!placed.containsKey(r.registrationId())) {
                UUID smallest = smallest(groups, size);
                placed.put(r.registrationId(), new Placement(r.registrationId(), smallest, true));
                size.merge(smallest, 1, Integer::sum);
            }
        }
        List<Placement> inOrder = new ArrayList<>();
        registrants.forEach(r -> inOrder.add(Objects.requireNonNull(placed.get(r.registrationId()))));
        return inOrder;
    }

    /** The group for one new registrant (registrationId null: not known yet), given how many each group has now. */
    public static Placement placeNew(List<Group> groups, Map<UUID, Integer> sizeNow, String cluster) {
        for (Group g : groups) {
            if (g.cluster().equals(cluster)) {
                return new Placement(null, g.sessionId(), false);
            }
        }
        Map<UUID, Integer> size = new HashMap<>();
        groups.forEach(g -> size.put(g.sessionId(), sizeNow.getOrDefault(g.sessionId(), 0)));
        return new Placement(null, smallest(groups, size), true);
    }

    private static UUID smallest(List<Group> groups, Map<UUID, Integer> size) {
        Group best = groups.get(0);
        for (Group g : groups) {
            if (size.get(g.sessionId()) < size.get(best.sessionId())) {
                best = g;
            }
        }
        return best.sessionId();
    }
}
