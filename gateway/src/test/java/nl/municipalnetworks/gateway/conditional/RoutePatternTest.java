package nl.municipalnetworks.gateway.conditional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutePatternTest {

    private final RoutePattern members = RoutePattern.of("/api/v1/members/networks/{network}/members");

    @Test
    void aPlaceholderIsExactlyOneNonEmptySegment() {
        assertThat(members.matches("/api/v1/members/networks/M50/members")).isTrue();
        assertThat(members.matches("/api/v1/members/networks/S%C3%BAdwest/members")).isTrue();
        assertThat(members.matches("/api/v1/members/networks//members")).isFalse();
        assertThat(members.matches("/api/v1/members/networks/M50/x/members")).isFalse();
        assertThat(members.matches("/api/v1/members/networks/M50/members/")).isFalse();
        assertThat(members.matches("/api/v1/members/networks/M50/members/1")).isFalse();
        assertThat(members.matches("/api/v1/members/networks/M50")).isFalse();
        assertThat(members.matches(null)).isFalse();
    }

    @Test
    void literalSegmentsMatchExactly() {
        RoutePattern calendar = RoutePattern.of(" /api/v1/events/networks/{network}/calendar.ics ");
        assertThat(calendar.matches("/api/v1/events/networks/M50/calendar.ics")).isTrue();
        assertThat(calendar.matches("/api/v1/events/networks/M50/calendar.ICS")).isFalse();
        assertThat(calendar.matches("/api/v1/events/networks/M50/calendar.ics-feed")).isFalse();
        assertThatThrownBy(() -> RoutePattern.of("api/v1/events")).isInstanceOf(IllegalArgumentException.class);
    }
}
