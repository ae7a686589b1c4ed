package nl.municipalnetworks.finance.bankstatement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written camt.053 files of {@code src/test/resources/camt053}, with their {@code {{PLACEHOLDERS}}}
 * filled in: the tests' own references, amounts, accounts and a run id that keeps the bank's entry references
 * apart between tests. What a test does not give keeps a default.
 */
public final class CamtFixtures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z0-9]+)}}");
    private static final Map<String, String> DEFAULTS = Map.of(
            "RUN", "UNIT", "ACCOUNT", "NL38BNGH0285012345", "REF", "G40-2026-000001", "REF1", "G40 2026 000001",
            "REF2", "g40/2026/000002", "AMOUNT", "9000.00", "AMOUNT1", "3500.00", "AMOUNT2", "18412.45",
            "TOTAL", "21912.45", "DATE", "2026-12-04");

    private CamtFixtures() {
    }

    public static String text(String name, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(DEFAULTS);
        all.putAll(values);
        String raw;
        try (InputStream in = CamtFixtures.class.getResourceAsStream("/camt053/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = all.get(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    public static byte[] bytes(String name, Map<String, String> values) {
        return text(name, values).getBytes(StandardCharsets.UTF_8);
    }
}
