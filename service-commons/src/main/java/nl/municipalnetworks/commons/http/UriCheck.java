package nl.municipalnetworks.commons.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a request URI (path and query, as sent) for bytes that are not text: percent-encodings
 * that are not UTF-8 (%FF, %C3%28), control characters (%00), raw bytes outside printable ASCII.
 * Names the query parameter at fault, or "path".
 */
public final class UriCheck {

    public record Refusal(String parameter, String reason) {
    }

    static final String NOT_TEXT = "must be percent-encoded UTF-8 text without control characters";

    private UriCheck() {
    }

    /** The refusal for {@code uri}, or null when every part of it is text. */
    public static Refusal check(String uri) {
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        if (decode(path, false) == null) {
            return new Refusal("path", NOT_TEXT);
        }
        if (question < 0) {
            return null;
        }
        for (String pair : uri.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            if (name == null) {
                return new Refusal("query", "parameter names " + NOT_TEXT);
            }
            if (equals >= 0 && decode(pair.substring(equals + 1), true) == null) {
                return new Refusal(name, NOT_TEXT);
            }
        }
        return null;
    }

    /** The decoded text, or null when {@code raw} is not percent-encoded UTF-8 text. */
    static String decode(String raw, boolean plusIsSpace) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes[n++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes[n++] = ' ';
            } else if (c > 0x20 && c < 0x7f) {
                bytes[n++] = (byte) c;
            } else {
                return null;
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n)).toString();
            // In a URI even tab and line breaks are never meant.
            return text.chars().anyMatch(ch -> ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
