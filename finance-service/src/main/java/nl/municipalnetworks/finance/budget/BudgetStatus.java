package nl.municipalnetworks.finance.budget;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a version of a budget is in its life, and which steps it may take.
 *
 * <pre>
 * DRAFT      -> PROPOSED               the treasurer proposes it to the general assembly
 * PROPOSED   -> DRAFT, ADOPTED         withdrawn to draft, or adopted by the general assembly
 * ADOPTED    -> SUPERSEDED             an amendment of it was adopted
 * SUPERSEDED (final)
 * </pre>
 * Only a draft's lines may change. An adopted budget is what the general assembly decided, so it is never edited:
 * a change is an amendment (begrotingswijziging), a new version drafted from it that goes through the same steps and,
 * once adopted, supersedes it. (Refusing every change of an adopted budget would leave a network without a way to
 * record the amendments its general assembly does adopt during the year; editing it in place would lose what was
 * decided.)
 */
public enum BudgetStatus {
    DRAFT,
    PROPOSED,
    ADOPTED,
    SUPERSEDED;

    public Set<BudgetStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PROPOSED);
            case PROPOSED -> EnumSet.of(DRAFT, ADOPTED);
            case ADOPTED -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(BudgetStatus.class);
        };
    }

    public boolean canMoveTo(BudgetStatus target) {
        return next().contains(target);
    }

    /** The target status, or a refusal naming both (answered as 409 Conflict). */
    public BudgetStatus moveTo(BudgetStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalBudgetTransition(this, target);
        }
        return target;
    }

    /** Only a draft's lines may change. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Adopted by a general assembly (now or before an amendment superseded it): public to the members. */
    public boolean wasAdopted() {
        return this == ADOPTED || this == SUPERSEDED;
    }

    /** Drafted or proposed: still being worked on. */
    public boolean isOpen() {
        return this == DRAFT || this == PROPOSED;
    }

    String words() {
        return name().toLowerCase();
    }

    /** A step the lifecycle does not allow, e.g. adopting a draft or proposing an adopted budget. */
    public static final class IllegalBudgetTransition extends IllegalStateException {
        public IllegalBudgetTransition(BudgetStatus from, BudgetStatus to) {
            super("a budget that is " + from.words() + " cannot become " + to.words() + (from.next().isEmpty()
                    ? "; it is final"
                    : "; it can become " + String.join(", ", from.next().stream().map(BudgetStatus::words).toList()))
                    + hint(from, to));
        }

        private static String hint(BudgetStatus from, BudgetStatus to) {
            if (to == ADOPTED && from == DRAFT) {
                return " (propose it first)";
            }
            if (from.wasAdopted()) {
                return " (an adopted budget is changed by an amendment)";
            }
            return "";
        }
    }
}
