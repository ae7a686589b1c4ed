package nl.municipalnetworks.events.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The networks of an event as stored: the host first, then the others sorted, comma-separated ("M50,G40").
 * Network codes are capitals and digits (NetworkCode), so a comma and {@code like} patterns are safe.
 */
public final class Networks {

    private Networks() {
    }

    public static String join(String host, List<String> others) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(host);
        others.stream().sorted().forEach(all::add);
        return String.join(",", all);
    }

    public static List<String> split(String stored) {
        return new ArrayList<>(Arrays.asList(stored.split(",")));
    }

    /** The HQL {@code like} pattern that finds {@code network} in a stored list: {@code ','||networks||','}. */
    public static String pattern(String network) {
        return "%," + network + ",%";
    }

    public static final String CONTAINS = "concat(',', networks, ',') like :networkPattern";
}
