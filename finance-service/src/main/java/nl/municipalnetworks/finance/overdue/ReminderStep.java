package nl.municipalnetworks.finance.overdue;

/** The steps taken about an overdue invoice, in order ({@link ReminderSchedule} says when each is due). */
public enum ReminderStep {
    /** The first reminder (herinnering) to the payer. */
    FIRST_REMINDER,
    /** The second reminder (tweede herinnering / aanmaning). */
    SECOND_REMINDER,
    /** Still not paid: the treasurer takes it to the board. */
    REFERRED_TO_BOARD;

    public String words() {
        return switch (this) {
            case FIRST_REMINDER -> "the first reminder";
            case SECOND_REMINDER -> "the second reminder";
            case REFERRED_TO_BOARD -> "the referral to the board";
        };
    }
}
