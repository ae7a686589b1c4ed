package nl.municipalnetworks.gateway.conditional;

import java.util.List;

/**
 * A gateway path with placeholders: {@code /api/v1/members/networks/{network}/members} matches
 * {@code /api/v1/members/networks/M50/members} (a placeholder is one non-empty segment), nothing longer or shorter.
 */
public record RoutePattern(String pattern, List<String> segments) {

    public static RoutePattern of(String pattern) {
        String trimmed = pattern.trim();
        if (!trimmed.startsWith("/")) {
            throw new IllegalArgumentException("gateway.conditional.routes: a route must start with /: " + pattern);
        }
        return new RoutePattern(trimmed, List.of(trimmed.substring(1).split("/", -1)));
    }

    public boolean matches(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return false;
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            String expected = segments.get(i);
            boolean placeholder = expected.startsWith("{") && expected.endsWith("}");
            if (placeholder ? parts[i].isEmpty() : !expected.equals(parts[i])) {
                return false;
            }
        }
        return true;
    }
}
