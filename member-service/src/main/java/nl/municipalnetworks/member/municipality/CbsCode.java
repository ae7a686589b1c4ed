package nl.municipalnetworks.member.municipality;

import java.util.regex.Pattern;

/** The CBS municipality code: "GM" and four digits, e.g. GM0150 for Deventer. */
public final class CbsCode {

    public static final String REGEX = "GM\\d{4}";
    private static final Pattern FORMAT = Pattern.compile(REGEX);

    private CbsCode() {
    }

    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
