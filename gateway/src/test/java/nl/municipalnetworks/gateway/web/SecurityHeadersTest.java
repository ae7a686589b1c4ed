package nl.municipalnetworks.gateway.web;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void everyAnswerGetsNoSniffNoFramingAndNoReferrer() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("X-Frame-Options", "SAMEORIGIN");
        SecurityHeaders.apply(headers, "http");
        assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.get("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() {
        MultiMap plain = MultiMap.caseInsensitiveMultiMap().add("Strict-Transport-Security", "max-age=1");
        SecurityHeaders.apply(plain, "http");
        assertThat(plain.contains("Strict-Transport-Security")).isFalse();

        MultiMap tls = MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.apply(tls, "https");
        assertThat(tls.get("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(Problems.retryAfter(Duration.ZERO)).isEqualTo("1");
        assertThat(Problems.retryAfter(Duration.ofMillis(1))).isEqualTo("1");
        assertThat(Problems.retryAfter(Duration.ofMillis(1001))).isEqualTo("2");
        assertThat(Problems.retryAfter(Duration.ofMinutes(20))).isEqualTo("1200");
    }
}
