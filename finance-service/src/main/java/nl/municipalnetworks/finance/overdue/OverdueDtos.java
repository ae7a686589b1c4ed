package nl.municipalnetworks.finance.overdue;

import jakarta.validation.constraints.NotNull;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class OverdueDtos {

    private OverdueDtos() {
    }

    /** A step taken about an overdue invoice, as the treasurer records it. */
    public record ReminderData(@NotNull ReminderStep step,
                               @Schema(description = "The day it was sent; today when left out", example = "2027-01-20")
                               LocalDate sentOn) {
    }

    public record ReminderView(UUID id, UUID invoiceId, ReminderStep step, LocalDate sentOn, String recordedBy,
                               OffsetDateTime recordedAt) {
    }

    /** The steps taken about an invoice and the next one by {@link ReminderSchedule}, with the day it is due. */
    public record RemindersView(UUID invoiceId, LocalDate dueDate, List<ReminderView> reminders, ReminderStep nextStep,
                                LocalDate nextStepDueOn) {
    }

    public record OverduePayer(UUID municipalityId, String cbsCode, String name) {
    }

    /** An invoice past its due date and not fully paid, how long, and what was done about it. */
    public record OverdueInvoiceView(UUID id, String number, String seller, String paymentReference, OverduePayer payer,
                                     InvoiceStatus status, LocalDate dueDate, long daysOverdue, BigDecimal total,
                                     BigDecimal paidAmount, BigDecimal outstanding, List<ReminderView> reminders,
                                     ReminderStep nextStep, LocalDate nextStepDueOn) {
    }

    /** The steps due today or earlier and not taken, most overdue first. */
    public record DueRemindersView(String network, LocalDate asOf, List<OverdueInvoiceView> due) {
    }
}
