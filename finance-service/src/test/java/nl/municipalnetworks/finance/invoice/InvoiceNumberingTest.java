package nl.municipalnetworks.finance.invoice;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceNumberingTest {

    @Test
    void aSellersFirstInvoiceOfAYearIsNumberOne() {
        assertThat(InvoiceNumbering.next(2026, Optional.empty())).hasToString("2026-000001");
    }

    @Test
    void theNextNumberFollowsTheLastWithoutAGap() {
        assertThat(InvoiceNumbering.next(2026, Optional.of(InvoiceNumber.parse("2026-000041")))).hasToString("2026-000042");
        assertThat(InvoiceNumbering.next(2026, Optional.of(new InvoiceNumber(2026, 9_999)))).hasToString("2026-010000");
    }

    @Test
    void eachYearHasItsOwnSequence() {
        assertThatThrownBy(() -> InvoiceNumbering.next(2027, Optional.of(InvoiceNumber.parse("2026-000041"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-000041").hasMessageContaining("2027");
    }

    @Test
    void aFullYearRefusesRatherThanWrapOrSkip() {
        assertThatThrownBy(() -> InvoiceNumbering.next(2026, Optional.of(new InvoiceNumber(2026, InvoiceNumber.MAX_SEQUENCE))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("used up");
    }

    @Test
    void theYearIsTheDutchCalendarYearOfIssue() {
        // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Amsterdam.
        assertThat(InvoiceNumbering.yearOfIssue(Instant.parse("2025-12-31T23:30:00Z"))).isEqualTo(2026);
        assertThat(InvoiceNumbering.yearOfIssue(Instant.parse("2025-12-31T22:59:59Z"))).isEqualTo(2025);
    }

    @Test
    void parsesOnlyTheAgreedFormat() {
        assertThat(InvoiceNumber.parse("2026-000001")).isEqualTo(new InvoiceNumber(2026, 1));
        for (String wrong : List.of("2026-1", "26-000001", "2026-0000001", "2026-000000", "2026 000001", "")) {
            assertThatThrownBy(() -> InvoiceNumber.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void findsTheGapsInASellersYear() {
        List<InvoiceNumber> issued = List.of(InvoiceNumber.parse("2026-000001"), InvoiceNumber.parse("2026-000002"),
                InvoiceNumber.parse("2026-000005"), InvoiceNumber.parse("2026-000003"));
        assertThat(InvoiceNumbering.missing(2026, issued)).containsExactly(InvoiceNumber.parse("2026-000004"));
        assertThat(InvoiceNumbering.missing(2026, List.of())).isEmpty();

        // Numbers handed out one after another never leave a gap.
        List<InvoiceNumber> sequence = new java.util.ArrayList<>();
        Optional<InvoiceNumber> last = Optional.empty();
        for (int i = 0; i < 250; i++) {
            last = Optional.of(InvoiceNumbering.next(2026, last));
            sequence.add(last.get());
        }
        assertThat(InvoiceNumbering.missing(2026, sequence)).isEmpty();
        assertThat(sequence.get(249)).hasToString("2026-000250");
    }
}
