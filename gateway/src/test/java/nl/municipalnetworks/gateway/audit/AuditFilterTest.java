package nl.municipalnetworks.gateway.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditFilterTest {

    @Test
    void filtersAreTakenAsGiven() {
        AuditFilter filter = AuditFilter.of("2026-12-07T09:00:00+01:00", "2026-12-08T00:00:00Z", "M50", "web-portal",
                "m50-secretariat", "patch", "201", "abc-1");
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        assertThat(filter.method()).isEqualTo("PATCH");
        assertThat(filter.status()).isEqualTo(201);
        assertThat(filter.inNetwork("G40").network()).isEqualTo("G40");
        assertThat(AuditFilter.of(null, null, null, null, null, null, null, null))
                .isEqualTo(new AuditFilter(null, null, null, null, null, null, null, null));
    }

    @Test
    void aBadFilterNamesItsField() {
        assertField("from", () -> AuditFilter.of("2026-12-07", null, null, null, null, null, null, null));
        assertField("to", () -> AuditFilter.of(null, "1899-12-07T00:00:00Z", null, null, null, null, null, null));
        assertField("to", () -> AuditFilter.of("2026-12-07T00:00:00Z", "2026-12-07T00:00:00Z", null, null, null, null, null, null));
        assertField("network", () -> AuditFilter.of(null, null, "M50;drop", null, null, null, null, null));
        assertField("client", () -> AuditFilter.of(null, null, null, " ", null, null, null, null));
        assertField("user", () -> AuditFilter.of(null, null, null, null, "x".repeat(256), null, null, null));
        assertField("method", () -> AuditFilter.of(null, null, null, null, null, "GET", null, null));
        assertField("status", () -> AuditFilter.of(null, null, null, null, null, null, "2000", null));
        assertField("status", () -> AuditFilter.of(null, null, null, null, null, null, "+20", null));
        assertField("requestId", () -> AuditFilter.of(null, null, null, null, null, null, null, "a\nb"));
        assertField("page", () -> AuditPaging.of("-1", null));
        assertField("pageSize", () -> AuditPaging.of(null, "1.5"));
    }

    private static void assertField(String field, Runnable parse) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(AuditProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.invalidParams()).extracting(AuditProblem.InvalidParam::name).containsExactly(field);
        });
    }
}
