package nl.municipalnetworks.member.municipality;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The CBS municipality code: "GM" and four digits, e.g. GM0150 for Deventer.
 *
 * <p>Only GM0001 to GM2999 can belong to a municipality. CBS numbers municipalities from 0001 and
 * gives each municipality formed by a merger the next free number: the codes issued so far stay
 * below GM2000 (the newest, for the 2023 mergers, are in the GM199x, e.g. GM1992 Voorne aan Zee).
 * GM0000 is never issued. The upper bound leaves room for a thousand future mergers, so that a code
 * CBS issues next year is not refused, while typing errors such as GM9150 for GM0150 are caught.
 */
public final class CbsCode {

    /** The form in JSON bodies (a @Pattern): GM0001 to GM2999. */
    public static final String REGEX = "GM(?!0000)[0-2]\\d{3}";
    /** What a user is told when a code does not fit. */
    public static final String EXPECTED = "a CBS municipality code: GM followed by four digits from 0001 to 2999, e.g. GM0150";
    private static final Pattern FORMAT = Pattern.compile(REGEX);

    private CbsCode() {
    }

    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /** The {@code cbsCode} query filter: null when absent, upper-cased, 400 naming it when no municipality can have it. */
    public static String fromQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!isValid(code)) {
            throw ProblemException.invalid("cbsCode", "'" + text.strip() + "' is not " + EXPECTED);
        }
        return code;
    }
}
