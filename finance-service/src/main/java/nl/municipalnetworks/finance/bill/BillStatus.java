package nl.municipalnetworks.finance.bill;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bill the network pays is in its life.
 *
 * <pre>
 * RECEIVED -> APPROVED   the treasurer checked it against what was agreed
 * APPROVED -> PAID       the collector (Meierijstad for M50) paid it
 * PAID     (final)
 * </pre>
 * Approved and paid bills are the network's actual expenses; a received bill is not yet accepted and is reported as
 * awaiting approval.
 */
public enum BillStatus {
    RECEIVED,
    APPROVED,
    PAID;

    public Set<BillStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.of(PAID);
            case PAID -> EnumSet.noneOf(BillStatus.class);
        };
    }

    /** The target status, or a refusal naming both (answered as 409 Conflict). */
    public BillStatus moveTo(BillStatus target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("a bill that is " + words(this) + " cannot become " + words(target)
                    + (next().isEmpty() ? "; it is final" : "; it can become " + words(next().iterator().next())));
        }
        return target;
    }

    /** An expense of the network: accepted (approved) or paid. */
    public boolean isExpense() {
        return this != RECEIVED;
    }

    public static Set<BillStatus> expenses() {
        return EnumSet.of(APPROVED, PAID);
    }

    private static String words(BillStatus status) {
        return status.name().toLowerCase();
    }
}
