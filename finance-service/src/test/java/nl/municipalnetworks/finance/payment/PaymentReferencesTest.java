package nl.municipalnetworks.finance.payment;

import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.payment.PaymentReferences.Candidate;
import nl.municipalnetworks.finance.payment.PaymentReferences.Matched;
import nl.municipalnetworks.finance.payment.PaymentReferences.Unmatched;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentReferencesTest {

    private static final UUID MEIERIJSTAD_1 = UUID.randomUUID();
    private static final UUID PLATFORM31_1 = UUID.randomUUID();
    private static final UUID MEIERIJSTAD_2 = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"M50-2026-000001", "m50-2026-000001", "M50 2026 000001", "M50/2026/000001", "M50.2026.000001",
            "M502026000001", "M50-2026-1", "M50 - 2026 - 000001", "Factuur M50 2026 000001 contributie",
            "factuurnr: m50-2026-000001.", "Betreft: M50_2026_000001 gemeente Oss", "factuurnummer 2026-000001",
            "Factuur 2026000001 M50", "  M50\u00a02026\u00a0000001  "})
    void findsTheReferenceTheWayDutchPayersTypeIt(String typed) {
        assertThat(PaymentReferences.quotedIn(typed, "M50")).containsExactly("M50-2026-000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contributie 2026", "M50 ledenbijdrage", "Factuur 26-000001", "M50-2026-0000012",
            "XM50-2026-000001", "NL91ABNA0417164300", "bedrag 2026,00 2026", "G40-2026-000001", "M501-2026-000001",
            "factuur 2026-00001"})
    void findsNothingWhereNoInvoiceOfTheNetworkIsQuoted(String typed) {
        assertThat(PaymentReferences.quotedIn(typed, "M50")).isEmpty();
    }

    @Test
    void theNetworkCodeDecidesWhenOneIsAPrefixOfAnother() {
        assertThat(PaymentReferences.quotedIn("PAY12-2026-000001", "PAY1")).isEmpty();
        assertThat(PaymentReferences.quotedIn("PAY12-2026-000001", "PAY12")).containsExactly("PAY12-2026-000001");
    }

    @Test
    void matchesTheOneInvoiceOfTheQuotedReference() {
        var match = PaymentReferences.match("Factuur M50 2026 000001", "M50", null,
                List.of(new Candidate(MEIERIJSTAD_1, "M50-2026-000001", "Meierijstad", InvoiceStatus.ISSUED)));
        assertThat(match).isEqualTo(new Matched(MEIERIJSTAD_1));
    }

    @Test
    void twoSellersWithTheSameReferenceMatchOnlyWhenTheReceivingSellerIsKnown() {
        List<Candidate> both = List.of(
                new Candidate(MEIERIJSTAD_1, "M50-2026-000001", "Meierijstad", InvoiceStatus.ISSUED),
                new Candidate(PLATFORM31_1, "M50-2026-000001", "Platform31", InvoiceStatus.ISSUED));
        var unknown = PaymentReferences.match("M50-2026-000001", "M50", null, both);
        assertThat(unknown).isInstanceOf(Unmatched.class);
        assertThat(((Unmatched) unknown).reason()).contains("Meierijstad and Platform31");
        assertThat(PaymentReferences.match("M50-2026-000001", "M50", "Platform31", both)).isEqualTo(new Matched(PLATFORM31_1));
        assertThat(PaymentReferences.match("M50-2026-000001", "M50", "Meierijstad", both)).isEqualTo(new Matched(MEIERIJSTAD_1));
    }

    @Test
    void leavesUnmatchedWhatQuotesTwoInvoicesNoneOrACreditedOne() {
        List<Candidate> two = List.of(
                new Candidate(MEIERIJSTAD_1, "M50-2026-000001", "Meierijstad", InvoiceStatus.ISSUED),
                new Candidate(MEIERIJSTAD_2, "M50-2026-000002", "Meierijstad", InvoiceStatus.ISSUED));
        assertThat(reason(PaymentReferences.match("M50-2026-000001 en M50-2026-000002", "M50", null, two)))
                .contains("more than one invoice");
        assertThat(reason(PaymentReferences.match("contributie", "M50", null, two))).contains("no invoice reference");
        assertThat(reason(PaymentReferences.match("M50-2026-000009", "M50", null, two))).contains("no invoice M50-2026-000009");
        assertThat(reason(PaymentReferences.match("M50-2026-000001", "M50", null, List.of(
                new Candidate(MEIERIJSTAD_1, "M50-2026-000001", "Meierijstad", InvoiceStatus.CREDITED)))))
                .contains("was credited");
        // the credited invoice of one seller does not stand in the way of the other's
        assertThat(PaymentReferences.match("M50-2026-000001", "M50", null, List.of(
                new Candidate(MEIERIJSTAD_1, "M50-2026-000001", "Meierijstad", InvoiceStatus.CREDITED),
                new Candidate(PLATFORM31_1, "M50-2026-000001", "Platform31", InvoiceStatus.PAID))))
                .isEqualTo(new Matched(PLATFORM31_1));
    }

    @Test
    void tellsAReferenceOfAnotherNetwork() {
        assertThat(PaymentReferences.quotedOfAnyNetwork("Factuur g40 2026 1 en M50-2026-000002"))
                .containsExactly("G40-2026-000001", "M50-2026-000002");
        assertThat(PaymentReferences.quotedOfAnyNetwork("contributie 2026")).isEmpty();
    }

    private static String reason(PaymentReferences.Match match) {
        assertThat(match).isInstanceOf(Unmatched.class);
        return ((Unmatched) match).reason();
    }
}
