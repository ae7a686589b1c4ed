package nl.municipalnetworks.gateway.login;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class EndedSessionsTest {

    private Instant now = Instant.parse("2026-12-07T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anEndedSessionIsRememberedForTheConfiguredTimeOnly() {
        EndedSessions sessions = new EndedSessions(Duration.ofMinutes(20), 10, clock);
        sessions.remember("sid-1");
        assertThat(sessions.hasEnded("sid-1")).isTrue();
        assertThat(sessions.hasEnded("sid-2")).isFalse();
        now = now.plus(Duration.ofMinutes(19));
        assertThat(sessions.hasEnded("sid-1")).isTrue();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(sessions.hasEnded("sid-1")).isFalse();
    }

    @Test
    void whenFullTheExpiredGoFirstThenTheOldest() {
        EndedSessions sessions = new EndedSessions(Duration.ofMinutes(20), 2, clock);
        sessions.remember("old");
        now = now.plus(Duration.ofMinutes(5));
        sessions.remember("middle");
        now = now.plus(Duration.ofMinutes(5));
        sessions.remember("new");
        assertThat(sessions.hasEnded("old")).isFalse();
        assertThat(sessions.hasEnded("middle")).isTrue();
        assertThat(sessions.hasEnded("new")).isTrue();

        now = now.plus(Duration.ofMinutes(16));
        sessions.remember("newest");
        assertThat(sessions.hasEnded("middle")).isFalse();
        assertThat(sessions.hasEnded("new")).isTrue();
        assertThat(sessions.hasEnded("newest")).isTrue();
    }
}
