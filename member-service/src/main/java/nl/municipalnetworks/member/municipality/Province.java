package nl.municipalnetworks.member.municipality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.municipalnetworks.commons.api.QueryValues;

import nl.municipalnetworks.member.names.DutchNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The twelve provinces of the Netherlands, written as the provinces write themselves. Input may use
 * the common spellings; the API answers and stores the official name.
 */
@Schema(description = "One of the twelve provinces, answered by its official name: Groningen, Fryslân, Drenthe, "
        + "Overijssel, Flevoland, Gelderland, Utrecht, Noord-Holland, Zuid-Holland, Zeeland, Noord-Brabant, "
        + "Limburg. Other common spellings are accepted as input: any case, with or without accents, hyphen "
        + "or space (\"noord brabant\"), Friesland/Fryslan for Fryslân, and the abbreviations GR, FR, FRL, DR, "
        + "OV, FL, GLD, GE, UT, UTR, NH, ZH, ZL, ZE, NB, LB, LI.",
        enumeration = {"Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
                "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"},
        example = "Noord-Brabant")
public enum Province {
    GRONINGEN("Groningen", "gr", "gro"),
    FRYSLAN("Fryslân", "friesland", "fr", "frl", "fryslan"),
    DRENTHE("Drenthe", "dr", "dre"),
    OVERIJSSEL("Overijssel", "ov"),
    FLEVOLAND("Flevoland", "fl", "fle", "flevo"),
    GELDERLAND("Gelderland", "gld", "ge"),
    UTRECHT("Utrecht", "ut", "utr"),
    NOORD_HOLLAND("Noord-Holland", "nh"),
    ZUID_HOLLAND("Zuid-Holland", "zh"),
    ZEELAND("Zeeland", "zl", "ze", "zld"),
    NOORD_BRABANT("Noord-Brabant", "nb", "nbr"),
    LIMBURG("Limburg", "lb", "li", "lim");

    /** Every accepted spelling by its search key: official name, constant name and the aliases. */
    private static final Map<String, Province> BY_KEY = new HashMap<>();

    static {
        for (Province p : values()) {
            BY_KEY.put(DutchNames.searchKey(p.displayName), p);
            BY_KEY.put(DutchNames.searchKey(p.name().replace('_', ' ')), p);
            for (String alias : p.aliases) {
                BY_KEY.put(DutchNames.searchKey(alias), p);
            }
        }
    }

    private final String displayName;
    private final List<String> aliases;

    Province(String displayName, String... aliases) {
        this.displayName = displayName;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    public String displayName() {
        return displayName;
    }

    /**
     * Accepts the official name ("Noord-Brabant", "Fryslân"), the common spellings ("noord brabant",
     * "Friesland", "Fryslan"), the abbreviations ("NB") and the constant ("NOORD_BRABANT"), compared
     * by their search key (case, accents, hyphen and space do not count).
     */
    public static Optional<Province> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(DutchNames.searchKey(text.replace('_', ' '))));
    }

    /** A query parameter: null when absent, 400 naming the parameter when unknown. */
    public static Province fromQuery(String text) {
        return QueryValues.parse("province", text, Province::parse,
                String.join(", ", java.util.Arrays.stream(values()).map(v -> v.displayName).toList()));
    }

    @JsonCreator
    static Province fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown province '" + text + "'; expected one of the twelve, e.g. Noord-Brabant"));
    }
}
