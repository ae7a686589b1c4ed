package nl.municipalnetworks.localplatform;

import java.util.List;

/** What a developer needs once the platform is up: URLs, test users, a working curl example. */
final class Banner {

    /** The users of deploy/keycloak/municipal-networks-realm.json; each one's password is its username. */
    static final List<String> TEST_USERS = List.of("platform-admin", "m50-secretariat", "m50-board", "m50-treasurer",
            "m50-pillar-chair", "zeist-official", "waalwijk-official", "platform31-partner", "g40-secretariat");

    private Banner() {
    }

    static void print(String gatewayUrl, String memberServiceUrl, String keycloakUrl, String issuerUrl) {
        String tokenUrl = issuerUrl + "/protocol/openid-connect/token";
        String api = gatewayUrl + "/api/v1";
        String bar = "=".repeat(100);
        Console.plain("");
        Console.plain(bar);
        Console.plain(" Local platform is up. Press Ctrl-C to stop everything.");
        Console.plain(bar);
        Console.plain(" Go to the gateway: " + gatewayUrl + "/login   (log in as a test user below; /me shows who you are)");
        Console.plain("   Swagger UI of every API: " + gatewayUrl + "/api/docs   (Authorize: client web-portal, PKCE)");
        Console.plain("   Every API through it: " + api + "/{members,pillars,finance,events}/<the service's path after /v1/>");
        Console.plain("   Members (public)   " + api + "/members/networks/M50/members");
        Console.plain("   Pillars (public)   " + api + "/pillars/pillars?network=M50&on=2025-06-01");
        Console.plain("   Calendar (public)  " + api + "/events/networks/M50/calendar.ics?year=2025");
        Console.plain(" The services directly (each with Swagger UI at /q/swagger-ui and its OpenAPI at /v1/openapi.json):");
        Console.plain("   member-service " + memberServiceUrl + ", pillar-service :8082, finance-service :8083, events-service :8084");
        Console.plain(" Keycloak        " + keycloakUrl + "   (admin console: admin / admin)");
        Console.plain("   Realm issuer  " + issuerUrl);
        Console.plain("");
        Console.plain(" Test users (password = username), in the browser at /login, or for a token through public client web-portal:");
        Console.plain("   " + String.join(", ", TEST_USERS));
        Console.plain(" Machine client: vng-network-client / vng-network-client-secret (client credentials)");
        Console.plain("");
        Console.plain(" Try it (token for m50-secretariat, then endpoints that need a login, through the gateway):");
        Console.plain("   TOKEN=$(curl -s -d grant_type=password -d client_id=web-portal \\");
        Console.plain("     -d username=m50-secretariat -d password=m50-secretariat \\");
        Console.plain("     " + tokenUrl + " \\");
        Console.plain("     | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        Console.plain("   curl -s -H \"Authorization: Bearer $TOKEN\" " + api + "/members/networks/M50/growth");
        Console.plain("   curl -s -H \"Authorization: Bearer $TOKEN\" '" + api + "/members/memberships?network=M50&pageSize=5'");
        Console.plain("   curl -s -H \"Authorization: Bearer $TOKEN\" '" + api + "/pillars/networks/M50/lobby-due?weeks=4'");
        Console.plain("   curl -s -H \"Authorization: Bearer $TOKEN\" '" + api + "/finance/networks/M50/contribution-preview?year=2026'");
        Console.plain("");
        Console.plain(" Logs: .platform/logs/ (gateway.log, member-service.log, pillar-service.log, finance-service.log, events-service.log, keycloak.log), .platform/data/kafka/kafka.log");
        Console.plain(bar);
    }
}
