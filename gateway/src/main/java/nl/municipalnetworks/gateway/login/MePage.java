package nl.municipalnetworks.gateway.login;

import java.util.TreeSet;

/**
 * The gateway's one page ({@code /me}): who is logged in, with a log-in link or a log-out button. Plain HTML without
 * scripts, styles or images, every value escaped, so that its Content-Security-Policy can forbid all of them.
 */
public final class MePage {

    private MePage() {
    }

    /** @param keycloakOrigin where the log-out form's redirect ends (Keycloak's end-session endpoint): CSP form-action */
    public static String contentSecurityPolicy(String keycloakOrigin) {
        return "default-src 'none'; form-action 'self' " + keycloakOrigin
                + "; frame-ancestors 'none'; base-uri 'none'";
    }

    public static String anonymous() {
        return page("Not logged in", """
                <p id="status">You are not logged in.</p>
                <p><a id="login" href="/login">Log in</a></p>
                """);
    }

    public static String of(WhoAmI who) {
        StringBuilder body = new StringBuilder();
        body.append("<p id=\"status\">Logged in as <strong id=\"name\">")
                .append(escape(who.name() != null ? who.name() : who.username())).append("</strong></p>\n<dl>\n");
        row(body, "username", "User name", who.username());
        row(body, "roles", "Roles", String.join(", ", new TreeSet<>(who.roles())));
        row(body, "network", "Network", who.network());
        row(body, "municipality", "Municipality", who.municipality());
        row(body, "pillar", "Pillar", who.pillar());
        body.append("</dl>\n")
                .append("<p>The API is under <code>/api/v1/</code>; this browser's calls there carry your login.</p>\n")
                .append("<form method=\"post\" action=\"/logout\"><button id=\"logout\" type=\"submit\">Log out</button></form>\n");
        return page("Logged in", body.toString());
    }

    private static void row(StringBuilder body, String id, String label, String value) {
        if (value != null && !value.isEmpty()) {
            body.append("<dt>").append(label).append("</dt><dd id=\"").append(id).append("\">").append(escape(value))
                    .append("</dd>\n");
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + title
                + " - municipal networks gateway</title></head>\n<body>\n<h1>Municipal networks gateway</h1>\n" + body
                + "</body>\n</html>\n";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
