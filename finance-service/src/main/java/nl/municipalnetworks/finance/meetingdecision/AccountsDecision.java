package nl.municipalnetworks.finance.meetingdecision;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which annual accounts a general assembly's decision of kind ANNUAL_ACCOUNTS_ADOPTED adopted, in plain Java.
 * events-service's decision-recorded names a budget for BUDGET_ADOPTED but nothing for the accounts, so they are read
 * from what it does carry:
 * <ul>
 *   <li>the network: the meeting's network, when the meeting is of exactly one (a general assembly is a network's own
 *       meeting);</li>
 *   <li>the year: the one year before the decision's year that the decision's text names, as minutes word it
 *       ("Jaarrekening 2024 vastgesteld"; later years in the text, such as the budget year in "jaarrekening 2024 en
 *       begroting 2026", cannot be accounts adopted that day and are passed over); when the text names no year at all,
 *       the year before the decision (the first general assembly of a year adopts the accounts of the year before).</li>
 * </ul>
 * Anything else (no network or several, a text that names only years that have not ended, or several that have) is
 * {@link Unclear}: not guessed, the treasurer records the adoption by hand.
 */
public final class AccountsDecision {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20|21)\\d{2}(?!\\d)");

    private AccountsDecision() {
    }

    /** The network and year whose accounts were adopted. */
    public record Accounts(String network, int year) {
    }

    /** A decision that does not say which accounts it adopted; the reason in the user's words. */
    public static final class Unclear extends IllegalArgumentException {
        public Unclear(String reason) {
            super(reason);
        }
    }

    public static Accounts of(List<String> networks, String text, LocalDate decidedOn) {
        if (networks == null || networks.size() != 1) {
            throw new Unclear("the meeting is of " + (networks == null || networks.isEmpty() ? "no network"
                    : "several networks (" + String.join(", ", networks) + ")") + ", so whose accounts were adopted is not known");
        }
        if (decidedOn == null) {
            throw new Unclear("it has no day, so which year had ended is not known");
        }
        return new Accounts(networks.get(0), year(text, decidedOn));
    }

    static int year(String text, LocalDate decidedOn) {
        TreeSet<Integer> named = new TreeSet<>();
        Matcher found = YEAR.matcher(text == null ? "" : text);
        while (found.find()) {
            named.add(Integer.parseInt(found.group()));
        }
        if (named.isEmpty()) {
            return decidedOn.getYear() - 1;
        }
        TreeSet<Integer> ended = new TreeSet<>(named.headSet(decidedOn.getYear()));
        if (ended.size() == 1) {
            return ended.first();
        }
        throw new Unclear(ended.isEmpty()
                ? "the text names " + named + ", no year that had ended by " + decidedOn + ", so which accounts were adopted is not known"
                : "the text names several years that had ended (" + ended + "), so which accounts were adopted is not known");
    }
}
