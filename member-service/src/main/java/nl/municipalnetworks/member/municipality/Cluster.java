package nl.municipalnetworks.member.municipality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.municipalnetworks.commons.api.QueryValues;

import java.util.Arrays;
import java.util.Optional;

/** The seven Platform31 clusters of mid-sized municipalities (webinar of 11 December). */
public enum Cluster {
    AANTREKKELIJKE_WOONSTAD("Aantrekkelijke woonstad"),
    BLOEIENDE_STREEKSTAD("Bloeiende streekstad"),
    CENTRUMSTAD_MET_UITDAGINGEN("Centrumstad met uitdagingen"),
    LANDELIJKE_STAD("Landelijke stad"),
    STAD_IN_TRANSITIE("Stad in transitie"),
    VOORSTAD("Voorstad"),
    WERKSTAD("Werkstad");

    private final String displayName;

    Cluster(String displayName) {
        this.displayName = displayName;
    }

    @JsonValue
    public String displayName() {
        return displayName;
    }

    public static Optional<Cluster> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(c -> c.displayName.equalsIgnoreCase(wanted) || c.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** A query parameter: null when absent, 400 naming the parameter when unknown. */
    public static Cluster fromQuery(String text) {
        return QueryValues.parse("cluster", text, Cluster::parse,
                String.join(", ", java.util.Arrays.stream(values()).map(v -> v.displayName).toList()));
    }

    @JsonCreator
    static Cluster fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown cluster '" + text + "'; expected one of the seven Platform31 clusters, e.g. Werkstad"));
    }
}
