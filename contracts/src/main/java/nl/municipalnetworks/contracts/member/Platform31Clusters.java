package nl.municipalnetworks.contracts.member;

import java.util.List;

/**
 * The seven Platform31 clusters of mid-sized municipalities, by the names member-service's events carry in their
 * {@code cluster} field (seed platform31-webinar-clusters.txt), in the report's order.
 */
public final class Platform31Clusters {

    public static final List<String> NAMES = List.of("Aantrekkelijke woonstad", "Bloeiende streekstad",
            "Centrumstad met uitdagingen", "Landelijke stad", "Stad in transitie", "Voorstad", "Werkstad");

    private Platform31Clusters() {
    }

    /** The cluster's name as listed, matched ignoring case and surrounding spaces; null when it is none of them. */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        return NAMES.stream().filter(name -> name.equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }
}
