package nl.municipalnetworks.member.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dutch names as people type them: the keys under which municipality names and people's names are
 * searched and sorted. The keys are stored next to the names (see the entities) and computed here
 * only, so the database, the API filters and the CSV import apply one rule.
 */
public final class DutchNames {

    /** Every apostrophe a keyboard, a word processor or a copy from a web page may give. */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u00B4\u02BC\u02BB\u2032]");
    /** Hyphens and dashes (ASCII, Unicode hyphen, non-breaking hyphen, figure dash, en and em dash). */
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014]");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

    /**
     * Tussenvoegsels: the words before a Dutch last name that do not count when sorting in the
     * Netherlands ("de Vries" under V, "van der Berg" under B), in their search-key form ('t -> t),
     * with the few foreign ones that Dutch officials' names carry (la, le, du, von, ...).
     */
    private static final Set<String> NAME_PREFIXES = Set.of(
            "van", "de", "der", "den", "het", "t", "s", "te", "ter", "ten",
            "in", "op", "aan", "bij", "uit", "onder", "over", "voor", "tot", "vanden", "vander",
            "d", "l", "la", "le", "les", "du", "des", "da", "del", "della", "di", "dos",
            "von", "vom", "zu", "zum", "zur");

    private DutchNames() {
    }

    /**
     * The key that two spellings of one name share: accents folded (Fryslân -> fryslan), case folded,
     * apostrophes of every kind removed, hyphens and runs of white space as one space, trimmed. So
     * "’s-Hertogenbosch", "'s Hertogenbosch" and "s-hertogenbosch" all give "s hertogenbosch".
     * Null for null.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return null;
        }
        // NFKD also splits ligatures such as the Dutch ĳ into "ij".
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        folded = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        folded = HYPHENS.matcher(folded).replaceAll(" ");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    private static final List<String> LEADING_ARTICLES = List.of("s ", "t ", "de ", "den ", "het ");

    /**
     * Sort key of a municipality name: the search key without a leading article 's, 't, de, den or
     * het ('s-Gravenhage sorts under G, 's-Hertogenbosch under H, De Bilt under B, Den Helder under H),
     * as the CBS list of municipalities orders them.
     */
    public static String municipalitySortKey(String name) {
        String key = searchKey(name);
        if (key == null) {
            return null;
        }
        // After the search key, "'s-" and "'t " are "s " and "t "; no Dutch municipality name begins
        // with a one-letter word otherwise. CBS also files De Bilt under B, Den Helder and Het Hogeland under H.
        for (String article : LEADING_ARTICLES) {
            if (key.startsWith(article) && key.length() > article.length()) {
                return key.substring(article.length());
            }
        }
        return key;
    }

    /**
     * Sort key of a last name as sorted in the Netherlands: the tussenvoegsels do not count
     * ("de Vries" under V, "van den Berg" under B), so the key is the name without them, followed
     * by them ("vries de") so that the order among equal names stays stable. A name that is only
     * prefix words ("Van") keeps its last word. Null for null.
     */
    public static String lastNameSortKey(String lastName) {
        String key = searchKey(lastName);
        if (key == null) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(key.split(" ")));
        List<String> prefix = new ArrayList<>();
        while (words.size() > 1 && NAME_PREFIXES.contains(words.get(0))) {
            prefix.add(words.remove(0));
        }
        String core = String.join(" ", words);
        return prefix.isEmpty() ? core : core + " " + String.join(" ", prefix);
    }
}
