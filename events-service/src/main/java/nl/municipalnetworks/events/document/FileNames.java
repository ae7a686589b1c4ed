package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.api.Text;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * File names of documents, kept as their authors wrote them ("Notulen ALV 's-Hertogenbosch — 16 oktober 2025.pdf")
 * and served in a {@code Content-Disposition} header as RFC 6266 asks: {@code filename*} with the name in UTF-8,
 * percent-encoded (RFC 8187), for every client of this century, and a plain {@code filename} with an ASCII
 * rendering for the few that do not read {@code filename*}. An upload may name its file either way as well.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    /** RFC 8187 attr-char: what {@code filename*} may hold unencoded. */
    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";
    private static final Map<Character, String> ASCII_LOOKALIKES = Map.of('\u2014', "-", '\u2013', "-", '\u2018', "'",
            '\u2019', "'", '\u201c', "'", '\u201d', "'", '\u00df', "ss", '\u00e6', "ae", '\u00f8', "o", '\u0131', "i");

    private FileNames() {
    }

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded UTF-8>}. */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /**
     * The name of an uploaded file: its {@code filename*} (RFC 8187, UTF-8 or ISO-8859-1) when the part's
     * Content-Disposition has one, else its {@code filename}; without any folder a browser may put before it
     * ({@code C:\fakepath\}). Refused (400 naming {@code field}) when it is missing, too long, or not text.
     */
    public static String ofUpload(String field, String contentDisposition, String fileName) {
        String extended = contentDisposition == null ? null : extendedParameter(contentDisposition, "filename*");
        String name = extended != null ? decodeExtended(field, extended) : fileName;
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid(field, "has no file name (the filename of the file part's Content-Disposition)");
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Normalizer.normalize(name.substring(slash + 1).strip(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ProblemException.invalid(field, "has no file name (the filename of the file part's Content-Disposition)");
        }
        String refusal = Text.refusal(name);
        if (refusal != null) {
            throw ProblemException.invalid(field, "has a file name that " + refusal);
        }
        if (name.length() > MAX_LENGTH) {
            throw ProblemException.invalid(field, "has a file name longer than " + MAX_LENGTH + " characters");
        }
        return name;
    }

    /** The name in printable ASCII: accents dropped (é -> e), dashes and curly quotes plain, the rest '_'. */
    static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String lookalike = ASCII_LOOKALIKES.get(Character.toLowerCase(c));
            if (lookalike != null) {
                ascii.append(Character.isUpperCase(c) ? lookalike.toUpperCase(Locale.ROOT) : lookalike);
            } else if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                ascii.append(c);
            } else {
                ascii.append('_');
            }
        }
        return ascii.toString();
    }

    /** RFC 8187 value-chars of UTF-8: attr-chars as they are, every other byte as %XX. */
    static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** The value of an extended parameter (name*=...) of a header, unquoted; null when absent. */
    static String extendedParameter(String header, String name) {
        for (String parameter : header.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase(name)) {
                return parameter.substring(equals + 1).strip();
            }
        }
        return null;
    }

    /** charset'language'percent-encoded (RFC 8187); UTF-8 and ISO-8859-1 as the RFC requires. */
    static String decodeExtended(String field, String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            throw ProblemException.invalid(field, "has a filename* that is not charset'language'encoded-name (RFC 8187)");
        }
        String charsetName = value.substring(0, first).toUpperCase(Locale.ROOT);
        Charset charset = switch (charsetName) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
            default -> throw ProblemException.invalid(field, "has a filename* in a charset other than UTF-8 or ISO-8859-1");
        };
        String encoded = value.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw ProblemException.invalid(field, "has a filename* with a % that is not followed by two hex digits");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                throw ProblemException.invalid(field, "has a filename* with characters that are not percent-encoded");
            }
        }
        String decoded = charset == StandardCharsets.UTF_8 ? strictUtf8(field, bytes.toByteArray()) : new String(bytes.toByteArray(), charset);
        return decoded;
    }

    private static String strictUtf8(String field, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ProblemException.invalid(field, "has a filename* whose bytes are not UTF-8");
        }
    }
}
