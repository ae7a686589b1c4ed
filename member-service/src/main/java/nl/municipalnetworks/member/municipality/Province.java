package nl.municipalnetworks.member.municipality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.municipalnetworks.commons.api.QueryValues;

import java.util.Arrays;
import java.util.Optional;

/** The twelve provinces of the Netherlands, written as the provinces write themselves. */
public enum Province {
    GRONINGEN("Groningen"),
    FRYSLAN("Fryslân"),
    DRENTHE("Drenthe"),
    OVERIJSSEL("Overijssel"),
    FLEVOLAND("Flevoland"),
    GELDERLAND("Gelderland"),
    UTRECHT("Utrecht"),
    NOORD_HOLLAND("Noord-Holland"),
    ZUID_HOLLAND("Zuid-Holland"),
    ZEELAND("Zeeland"),
    NOORD_BRABANT("Noord-Brabant"),
    LIMBURG("Limburg");

    private final String displayName;

    Province(String displayName) {
        this.displayName = displayName;
    }

    @JsonValue
    public String displayName() {
        return displayName;
    }

    /** Accepts the display name ("Noord-Brabant", also "Friesland") or the constant ("NOORD_BRABANT"). */
    public static Optional<Province> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        if (wanted.equalsIgnoreCase("Friesland")) {
            return Optional.of(FRYSLAN);
        }
        return Arrays.stream(values())
                .filter(p -> p.displayName.equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted))
                .findFirst();
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
