package nl.municipalnetworks.finance.overdue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * When an invoice is overdue and what is done about it, in one place.
 * <ul>
 *   <li>An invoice is <b>overdue</b> from the day after its due date while it is not fully paid (the due date is
 *       the last day to pay: {@code invoice.PaymentTerms}, 30 days after the invoice date).</li>
 *   <li>The <b>first reminder</b> is due 14 days after the due date, the <b>second</b> 28 days after it; 42 days
 *       after it (two weeks after the second reminder, the same rhythm) the treasurer <b>refers it to the
 *       board</b>.</li>
 *   <li>The steps are taken in this order, each once; a step can be recorded from its day on (a step that is late
 *       is due at once), never before.</li>
 * </ul>
 * The days count from the due date, not from the previous reminder, so a late first reminder does not push the
 * later steps back.
 */
public final class ReminderSchedule {

    public static final int FIRST_REMINDER_AFTER_DAYS = 14;
    public static final int SECOND_REMINDER_AFTER_DAYS = 28;
    public static final int BOARD_AFTER_DAYS = 42;

    private ReminderSchedule() {
    }

    public static boolean isOverdue(LocalDate dueDate, LocalDate today) {
        return today.isAfter(dueDate);
    }

    /** Days past the due date; 0 when not overdue. */
    public static long daysOverdue(LocalDate dueDate, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    /** The day from which {@code step} is due for an invoice due on {@code dueDate}. */
    public static LocalDate dueOn(ReminderStep step, LocalDate dueDate) {
        return dueDate.plusDays(switch (step) {
            case FIRST_REMINDER -> FIRST_REMINDER_AFTER_DAYS;
            case SECOND_REMINDER -> SECOND_REMINDER_AFTER_DAYS;
            case REFERRED_TO_BOARD -> BOARD_AFTER_DAYS;
        });
    }

    /** The next step after those taken, empty when all were taken. */
    public static Optional<ReminderStep> next(Set<ReminderStep> taken) {
        for (ReminderStep step : ReminderStep.values()) {
            if (!taken.contains(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The step to take today about an unpaid invoice, if one is due. */
    public static Optional<ReminderStep> dueNow(LocalDate dueDate, Set<ReminderStep> taken, LocalDate today) {
        return next(taken).filter(step -> !today.isBefore(dueOn(step, dueDate)));
    }

    /**
     * Why {@code step} may not be recorded as taken on {@code on}, or empty when it may: it must be the next step
     * and its day must have come.
     */
    public static Optional<String> refusal(ReminderStep step, LocalDate dueDate, Set<ReminderStep> taken, LocalDate on) {
        if (taken.contains(step)) {
            return Optional.of(capitalised(step.words()) + " was already recorded");
        }
        ReminderStep next = next(taken).orElseThrow();
        if (step != next) {
            return Optional.of(capitalised(next.words()) + " comes first");
        }
        LocalDate from = dueOn(step, dueDate);
        if (on.isBefore(from)) {
            return Optional.of(capitalised(step.words()) + " is due from " + from + " (" + daysAfter(step)
                    + " days after the due date " + dueDate + "), not on " + on);
        }
        return Optional.empty();
    }

    private static long daysAfter(ReminderStep step) {
        return ChronoUnit.DAYS.between(LocalDate.EPOCH, dueOn(step, LocalDate.EPOCH));
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
