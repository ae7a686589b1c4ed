package nl.municipalnetworks.gateway.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    private static Backend backend(String name, String prefix, int port) {
        return new Backend(name, URI.create("http://127.0.0.1:" + port), prefix, "/v1", Duration.ofSeconds(10),
                new Backend.Breaker(10, 0.5, Duration.ofSeconds(10), 2));
    }

    private final RouteTable table = new RouteTable(List.of(
            backend("members", "/api/v1/members", 8081),
            backend("pillars", "/api/v1/pillars", 8082),
            backend("finance", "/api/v1/finance", 8083),
            backend("events", "/api/v1/events", 8084)));

    @Test
    void theFamilySegmentNamesTheServiceAndTheRestIsTheServicesOwnPath() {
        assertThat(table.resolve("/api/v1/members/networks/M50/members")).hasValueSatisfying(target -> {
            assertThat(target.backend().name()).isEqualTo("members");
            assertThat(target.servicePath()).isEqualTo("/v1/networks/M50/members");
        });
        // The same service path in two services: the prefix decides.
        assertThat(table.resolve("/api/v1/events/networks/M50/calendar").orElseThrow().backend().name()).isEqualTo("events");
        assertThat(table.resolve("/api/v1/finance/networks/M50/balances").orElseThrow().backend().name()).isEqualTo("finance");
        assertThat(table.resolve("/api/v1/pillars/pillars/7").orElseThrow().servicePath()).isEqualTo("/v1/pillars/7");
        assertThat(table.resolve("/api/v1/events/events/9/calendar.ics").orElseThrow().servicePath())
                .isEqualTo("/v1/events/9/calendar.ics");
    }

    @Test
    void thePathAndQueryStayAsSentPercentEncodingIncluded() {
        RouteTable.Target target = table.resolve("/api/v1/members/municipalities/S%C3%BAdwest%20Frysl%C3%A2n").orElseThrow();
        assertThat(target.uri("name=%27s-Hertogenbosch&sort=-name"))
                .isEqualTo("/v1/municipalities/S%C3%BAdwest%20Frysl%C3%A2n?name=%27s-Hertogenbosch&sort=-name");
        assertThat(target.uri(null)).isEqualTo("/v1/municipalities/S%C3%BAdwest%20Frysl%C3%A2n");
        assertThat(table.resolve("/api/v1/members").orElseThrow().servicePath()).isEqualTo("/v1");
        assertThat(table.resolve("/api/v1/members/").orElseThrow().servicePath()).isEqualTo("/v1/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/membership/1", "/api/v1/membersx", "/api/v1", "/api/v2/members/x", "/v1/memberships",
            "/", "", "/API/v1/members/x"})
    void aPathNoPrefixCoversWholeSegmentsGoesNowhere(String path) {
        assertThat(table.resolve(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/members/../finance/invoices", "/api/v1/members/..", "/api/v1/members/%2e%2e/q/health",
            "/api/v1/members/%2E./q/metrics", "/api/v1/members/./memberships", "/api/v1/members/..;x=1/q/health"})
    void aDotSegmentIsRefusedBeforeItCanClimbOutOfTheServicePrefix(String path) {
        assertThatThrownBy(() -> table.resolve(path)).isInstanceOf(RouteTable.UnsafePath.class);
    }

    @Test
    void dotsInsideASegmentAreOrdinaryCharacters() {
        assertThat(table.resolve("/api/v1/events/events/9/calendar.ics")).isPresent();
        assertThat(table.resolve("/api/v1/members/people/j.de.vries...")).isPresent();
    }

    @Test
    void theLongestPrefixWins() {
        RouteTable nested = new RouteTable(List.of(backend("members", "/api/v1/members", 1),
                backend("member-exports", "/api/v1/members/exports", 2)));
        assertThat(nested.resolve("/api/v1/members/exports/x").orElseThrow().backend().name()).isEqualTo("member-exports");
        assertThat(nested.resolve("/api/v1/members/exportsx").orElseThrow().backend().name()).isEqualTo("members");
    }

    @Test
    void twoBackendsCannotShareAPrefix() {
        assertThatThrownBy(() -> new RouteTable(List.of(backend("a", "/api/v1/x", 1), backend("b", "/api/v1/x/", 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBackendUrlIsAnHttpOriginWithoutPath() {
        assertThatThrownBy(() -> new Backend("x", URI.create("http://127.0.0.1:8081/v1"), "/api/v1/x", "/v1",
                Duration.ofSeconds(1), new Backend.Breaker(1, 0.5, Duration.ofSeconds(1), 1)))
                .hasMessageContaining("no path");
        assertThatThrownBy(() -> new Backend("x", URI.create("ftp://127.0.0.1"), "/api/v1/x", "/v1",
                Duration.ofSeconds(1), new Backend.Breaker(1, 0.5, Duration.ofSeconds(1), 1)))
                .hasMessageContaining("http(s)");
    }

    @Test
    void aLocationAtTheServiceBecomesTheGatewayPath() {
        RouteTable.Target target = table.resolve("/api/v1/members/memberships").orElseThrow();
        assertThat(target.gatewayLocation("http://127.0.0.1:8081/v1/memberships/42")).isEqualTo("/api/v1/members/memberships/42");
        assertThat(target.gatewayLocation("/v1/memberships/42?x=1")).isEqualTo("/api/v1/members/memberships/42?x=1");
        // Elsewhere: left alone.
        assertThat(target.gatewayLocation("https://example.nl/v1/x")).isEqualTo("https://example.nl/v1/x");
        assertThat(target.gatewayLocation("http://127.0.0.1:8082/v1/pillars/1")).isEqualTo("http://127.0.0.1:8082/v1/pillars/1");
        assertThat(target.gatewayLocation("/v10/x")).isEqualTo("/v10/x");
    }
}
