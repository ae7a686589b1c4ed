package nl.municipalnetworks.finance.accounts;

import java.time.LocalDate;

/**
 * A year of a network whose annual accounts the general assembly adopted: its books are closed.
 *
 * @param adoptedOn    the day of the meeting that adopted them
 * @param meetingTitle that meeting ("ALV voorjaar 2025")
 */
public record ClosedYear(String network, int year, LocalDate adoptedOn, String meetingTitle) {

    /** Why {@code change} is refused, in the user's words, with the day the accounts were adopted. */
    public String refusal(String change) {
        return change + ": the annual accounts of " + network + " for " + year + " were adopted on " + adoptedOn
                + " (" + meetingTitle + "), which closed the books of " + year;
    }
}
