package nl.municipalnetworks.events.actionitem;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an action item: OPEN -> DONE or CANCELLED. A DONE item may be reopened (DONE -> OPEN): "done" is
 * often reported too early and found wanting at the next meeting, and reopening keeps the item's history and due
 * date instead of a copy. CANCELLED is final (a cancelled item that is needed after all is a new decision, so a
 * new item).
 */
public enum ActionItemStatus {
    OPEN, DONE, CANCELLED;

    private static final Map<ActionItemStatus, Set<ActionItemStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(DONE, CANCELLED),
            DONE, EnumSet.of(OPEN),
            CANCELLED, EnumSet.noneOf(ActionItemStatus.class));

    public Set<ActionItemStatus> next() {
        return NEXT.get(this);
    }

    /** Why an item cannot go from this status to {@code target}, or null when it can. */
    public String refusalOfChangeTo(ActionItemStatus target) {
        if (next().contains(target)) {
            return null;
        }
        return "an action item that is " + this + " cannot become " + target
                + (next().isEmpty() ? " (" + this + " is final)" : " (it can become " + next() + ")");
    }
}
