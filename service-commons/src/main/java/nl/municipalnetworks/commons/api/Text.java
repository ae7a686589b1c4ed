package nl.municipalnetworks.commons.api;

/**
 * What counts as text in a request: no NUL and no other control characters, except tab, carriage
 * return and line feed (notes may have lines). PostgreSQL refuses NUL in text columns, and control
 * characters in names or codes are never meant.
 */
public final class Text {

    public static final String CONTROL_CHARACTERS = "must not contain control characters";

    private Text() {
    }

    /** Why {@code text} is refused, or null when it is acceptable text. */
    public static String refusal(String text) {
        if (hasControlCharacters(text)) {
            return CONTROL_CHARACTERS;
        }
        if (hasLoneSurrogates(text)) {
            return "must be Unicode text (it holds half a character)";
        }
        return null;
    }

    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            if (control && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    /** A UTF-16 surrogate without its partner (a JSON escape can write one): not a character. */
    public static boolean hasLoneSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
