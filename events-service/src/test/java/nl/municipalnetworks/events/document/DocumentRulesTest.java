package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.events.event.Audience;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentRulesTest {

    @Test
    void aDocumentsAudienceMayBeNarrowerThanItsEventsNeverWider() {
        assertThat(DocumentRules.audience(null, Audience.MEMBERS)).isEqualTo(Audience.MEMBERS);
        assertThat(DocumentRules.audience("BOARD", Audience.MEMBERS)).isEqualTo(Audience.BOARD);
        assertThat(DocumentRules.audience("public", Audience.PUBLIC)).isEqualTo(Audience.PUBLIC);
        assertThat(DocumentRules.audience("MEMBERS", Audience.PUBLIC)).isEqualTo(Audience.MEMBERS);
        assertRefused(() -> DocumentRules.audience("PUBLIC", Audience.MEMBERS), "audience", "may not be wider than the event's audience (MEMBERS)");
        assertRefused(() -> DocumentRules.audience("MEMBERS", Audience.BOARD), "audience", "allowed: BOARD");
        assertRefused(() -> DocumentRules.audience("EVERYONE", Audience.PUBLIC), "audience", "PUBLIC, MEMBERS, BOARD");
        assertRefused(() -> DocumentRules.audience(" ", Audience.PUBLIC), "audience", "must be one of");
    }

    @Test
    void kindAndTitleAreRequiredAndTakenStrictly() {
        assertThat(DocumentRules.kind("MINUTES")).isEqualTo(DocumentKind.MINUTES);
        assertThat(DocumentRules.title("  Notulen ALV najaar 2025 ")).isEqualTo("Notulen ALV najaar 2025");
        assertRefused(() -> DocumentRules.kind(null), "kind", "is required");
        assertRefused(() -> DocumentRules.kind("NOTULEN"), "kind", "AGENDA, MEETING_PAPER, MINUTES, PRESENTATION");
        assertRefused(() -> DocumentRules.title(""), "title", "is required");
        assertRefused(() -> DocumentRules.title("a\u0007b"), "title", "control characters");
        assertRefused(() -> DocumentRules.title("x".repeat(201)), "title", "at most 200");
    }

    @Test
    void theLimitIsDescribedAsAPersonReadsItAndExactly() {
        assertThat(DocumentLimits.describe(20L * 1024 * 1024)).isEqualTo("20 MB (20971520 bytes)");
        assertThat(DocumentLimits.describe(20L * 1024 * 1024 + 1)).isEqualTo("20.0 MB (20971521 bytes)");
    }

    private static void assertRefused(Runnable rule, String field, String reasonPart) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(reasonPart);
        });
    }
}
