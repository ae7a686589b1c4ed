package nl.municipalnetworks.finance.invoice;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an invoice is in its life, and which steps it may take. An issued invoice is never edited: a mistake is
 * corrected by a credit note, which sets the invoice to {@link #CREDITED} (and a new invoice, if one is due).
 *
 * <pre>
 * DRAFT       -> ISSUED
 * ISSUED      -> PARTLY_PAID, PAID, OVERDUE, CREDITED
 * PARTLY_PAID -> PAID, OVERDUE, CREDITED
 * OVERDUE     -> PARTLY_PAID, PAID, CREDITED
 * PAID        -> CREDITED
 * CREDITED    (final)
 * </pre>
 * A further part payment keeps an invoice PARTLY_PAID (or OVERDUE): that is no transition. A paid invoice may
 * still be credited, because a wrong invoice stays wrong after it is paid; the money goes back as a payment.
 */
public enum InvoiceStatus {
    /** Being prepared; no number yet; may be edited or thrown away. */
    DRAFT,
    /** Numbered and sent to the buyer; nothing paid yet. */
    ISSUED,
    /** Part of the total received. */
    PARTLY_PAID,
    /** The total received. Final unless credited. */
    PAID,
    /** Past its due date and not fully paid. */
    OVERDUE,
    /** Cancelled by a credit note. Final. */
    CREDITED;

    /** The statuses this one may move to. */
    public Set<InvoiceStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.of(PARTLY_PAID, PAID, OVERDUE, CREDITED);
            case PARTLY_PAID -> EnumSet.of(PAID, OVERDUE, CREDITED);
            case OVERDUE -> EnumSet.of(PARTLY_PAID, PAID, CREDITED);
            case PAID -> EnumSet.of(CREDITED);
            case CREDITED -> EnumSet.noneOf(InvoiceStatus.class);
        };
    }

    public boolean canMoveTo(InvoiceStatus target) {
        return next().contains(target);
    }

    /** The target status, or a refusal naming both (the API will answer it as 409 Conflict). */
    public InvoiceStatus moveTo(InvoiceStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalInvoiceTransition(this, target);
        }
        return target;
    }

    /** Issued and neither fully paid nor credited: money is still owed on it (it may be overdue). */
    public boolean isOpen() {
        return this == ISSUED || this == PARTLY_PAID || this == OVERDUE;
    }

    /** Only a draft's lines may change; an issued invoice is corrected by a credit note. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** A step that the lifecycle does not allow, e.g. PAID back to ISSUED, or crediting a draft. */
    public static final class IllegalInvoiceTransition extends IllegalStateException {
        private final InvoiceStatus from;
        private final InvoiceStatus to;

        public IllegalInvoiceTransition(InvoiceStatus from, InvoiceStatus to) {
            super("an invoice that is " + words(from) + " cannot become " + words(to)
                    + (from.next().isEmpty() ? "; it is final" : "; it can become " + String.join(", ", from.next().stream().map(InvoiceStatus::words).toList())));
            this.from = from;
            this.to = to;
        }

        public InvoiceStatus from() {
            return from;
        }

        public InvoiceStatus to() {
            return to;
        }
    }

    private static String words(InvoiceStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }
}
