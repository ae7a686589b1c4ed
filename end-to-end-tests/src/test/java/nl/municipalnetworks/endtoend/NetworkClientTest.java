package nl.municipalnetworks.endtoend;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Done means" for other networks: VNG's system (client credentials, role network-client) reads M50's
 * memberships through the gateway, and is limited to its own 300 requests a minute (gateway.rate-limit.clients.
 * vng-network-client, the local platform's configuration) while other callers go on.
 */
class NetworkClientTest {

    private static final int VNG_PER_MINUTE = 300;

    private static EndToEnd platform;
    private static String vng;

    @BeforeAll
    static void vngToken() {
        platform = EndToEnd.platform();
        vng = platform.clientToken("vng-network-client", "vng-network-client-secret");
    }

    /** One test, in the order: reads first, then used up (a read after the 429 would wait a while). */
    @Test
    void vngReadsTheMembershipsOfM50AndIsLimitedWhileOthersGoOn() {
        Response memberships = get(vng, "/api/v1/members/memberships?network=M50&pageSize=100");

        assertThat(memberships.statusCode()).as(memberships.asString()).isEqualTo(200);
        assertThat(memberships.jsonPath().getInt("totalItems")).as("the seed's M50 memberships").isGreaterThan(40);
        assertThat(memberships.jsonPath().getList("items.network", String.class)).containsOnly("M50");
        assertThat(memberships.jsonPath().getList("items.municipality.name", String.class)).contains("Zeist", "Waalwijk");
        // Recruitment (owner, notes) is for M50's secretariat and board, not another network's system.
        assertThat(memberships.jsonPath().getList("items.recruitment")).containsOnlyNulls();

        // A cheap public read: the limit counts requests per client, whatever the route. The bucket refills while
        // this runs (greedy: 5 a second), so the 429 comes after at most 300 plus what was refilled meanwhile.
        long started = System.nanoTime();
        int allowed = 0;
        Response refused = null;
        while (refused == null && allowed <= 2 * VNG_PER_MINUTE) {
            Response response = get(vng, "/api/v1/members/networks/M50");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                allowed++;
            }
        }
        double refilled = (System.nanoTime() - started) / 1e9 * VNG_PER_MINUTE / 60;

        assertThat(refused).as("a 429 within %d requests", 2 * VNG_PER_MINUTE).isNotNull();
        assertThat(allowed).as("requests allowed before the 429").isLessThanOrEqualTo(VNG_PER_MINUTE + (int) Math.ceil(refilled));
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("seconds to wait").isBetween(1L, 60L);

        // The limit is the client's on every route (the bucket gets one request back every 200 ms, so of ten more
        // requests most are refused), and only the client's.
        List<Integer> otherRoute = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            otherRoute.add(get(vng, "/api/v1/events/networks/M50/calendar.ics").statusCode());
        }
        assertThat(otherRoute).contains(429).isSubsetOf(200, 429);
        for (String user : List.of("m50-secretariat", "g40-secretariat")) {
            assertThat(get(platform.userToken(user), "/api/v1/members/memberships?network=M50").statusCode()).as(user).isEqualTo(200);
        }
        assertThat(get(null, "/api/v1/members/networks/M50/members").statusCode()).as("anonymous").isEqualTo(200);
    }

    private static Response get(String token, String path) {
        var request = RestAssured.given().baseUri(platform.gatewayUrl());
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.get(path);
    }
}
