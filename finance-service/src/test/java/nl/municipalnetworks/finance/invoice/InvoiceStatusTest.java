package nl.municipalnetworks.finance.invoice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Set;

import static nl.municipalnetworks.finance.invoice.InvoiceStatus.CREDITED;
import static nl.municipalnetworks.finance.invoice.InvoiceStatus.DRAFT;
import static nl.municipalnetworks.finance.invoice.InvoiceStatus.ISSUED;
import static nl.municipalnetworks.finance.invoice.InvoiceStatus.OVERDUE;
import static nl.municipalnetworks.finance.invoice.InvoiceStatus.PAID;
import static nl.municipalnetworks.finance.invoice.InvoiceStatus.PARTLY_PAID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceStatusTest {

    /** Every step the lifecycle allows; every other pair of statuses is refused. */
    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>ISSUED",
            "ISSUED>PARTLY_PAID", "ISSUED>PAID", "ISSUED>OVERDUE", "ISSUED>CREDITED",
            "PARTLY_PAID>PAID", "PARTLY_PAID>OVERDUE", "PARTLY_PAID>CREDITED",
            "OVERDUE>PARTLY_PAID", "OVERDUE>PAID", "OVERDUE>CREDITED",
            "PAID>CREDITED");

    @Test
    void allowsExactlyTheStepsOfTheLifecycle() {
        int refused = 0;
        for (InvoiceStatus from : InvoiceStatus.values()) {
            for (InvoiceStatus to : InvoiceStatus.values()) {
                boolean allowed = ALLOWED.contains(from + ">" + to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
                if (allowed) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    refused++;
                    assertThatThrownBy(() -> from.moveTo(to)).as(from + " -> " + to)
                            .isInstanceOf(InvoiceStatus.IllegalInvoiceTransition.class);
                }
            }
        }
        assertThat(refused).isEqualTo(36 - ALLOWED.size());
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({
            "DRAFT, PAID",          // a draft is not sent, so it cannot be paid
            "DRAFT, CREDITED",      // a draft is edited or thrown away, not credited
            "ISSUED, DRAFT",        // an issued invoice is never edited again
            "PAID, ISSUED",
            "PAID, OVERDUE",
            "CREDITED, ISSUED",     // a credited invoice stays credited: a new invoice is a new number
            "PARTLY_PAID, ISSUED",
    })
    void refusesStepsBackAndShortcuts(InvoiceStatus from, InvoiceStatus to) {
        assertThatThrownBy(() -> from.moveTo(to))
                .isInstanceOfSatisfying(InvoiceStatus.IllegalInvoiceTransition.class, refused -> {
                    assertThat(refused.from()).isEqualTo(from);
                    assertThat(refused.to()).isEqualTo(to);
                });
    }

    @Test
    void theRefusalSaysWhatIsPossibleInWords() {
        assertThatThrownBy(() -> PAID.moveTo(ISSUED))
                .hasMessage("an invoice that is paid cannot become issued; it can become credited");
        assertThatThrownBy(() -> CREDITED.moveTo(PAID))
                .hasMessage("an invoice that is credited cannot become paid; it is final");
    }

    @Test
    void onlyADraftIsEditableAndCreditedIsFinal() {
        assertThat(EnumSet.allOf(InvoiceStatus.class).stream().filter(InvoiceStatus::isEditable)).containsExactly(DRAFT);
        assertThat(CREDITED.next()).isEmpty();
        assertThat(DRAFT.next()).containsExactly(ISSUED);
        assertThat(OVERDUE.next()).containsExactlyInAnyOrder(PARTLY_PAID, PAID, CREDITED);
        assertThat(PARTLY_PAID.canMoveTo(PARTLY_PAID)).as("a further part payment is no transition").isFalse();
    }

    @Test
    void openMeansIssuedAndStillOwed() {
        Set<InvoiceStatus> open = EnumSet.noneOf(InvoiceStatus.class);
        for (InvoiceStatus status : InvoiceStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        assertThat(open).containsExactlyInAnyOrder(ISSUED, PARTLY_PAID, OVERDUE);
    }
}
