package nl.municipalnetworks.finance.bankstatement;

import nl.municipalnetworks.finance.bankstatement.Camt053Reader.BankStatementFile;
import nl.municipalnetworks.finance.bankstatement.Camt053Reader.Credit;
import nl.municipalnetworks.finance.bankstatement.Camt053Reader.Statement;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Camt053ReaderTest {

    @Test
    void takesDeventersBookedCreditFromAnIngStatementAndSkipsTheDebitAndThePendingCredit() {
        BankStatementFile file = Camt053Reader.read(CamtFixtures.bytes("deventer-ing.camt053.001.02.xml",
                Map.of("REF", "g40 2026 000001")));

        assertThat(file.version()).isEqualTo("camt.053.001.02");
        assertThat(file.messageId()).isEqualTo("INGUNIT");
        assertThat(file.statements()).hasSize(1);
        Statement statement = file.statements().get(0);
        assertThat(statement.id()).isEqualTo("UNIT-20261203");
        assertThat(statement.account()).isEqualTo("NL38BNGH0285012345");
        assertThat(statement.skipped()).isEqualTo(2);
        assertThat(statement.credits()).hasSize(1);
        Credit deventer = statement.credits().get(0);
        assertThat(deventer.amount()).isEqualByComparingTo("18412.45");
        assertThat(deventer.amount().scale()).isEqualTo(2);
        assertThat(deventer.bookingDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(deventer.debtorName()).isEqualTo("Gemeente Deventer");
        assertThat(deventer.debtorAccount()).isEqualTo("NL39RABO0300065264");
        assertThat(deventer.remittance()).isEqualTo("Factuur g40 2026 000001 bijdrage Platform31 2026");
        // the bank's own reference of the entry, on the account: the same entry imported again is found by it
        assertThat(deventer.entryKey()).isEqualTo("NL38BNGH0285012345 UNIT-0001");
    }

    @Test
    void takesTheStructuredCreditorReferenceOfARabobankStatement() {
        Credit credit = single(Camt053Reader.read(CamtFixtures.bytes("partial-rabobank.camt053.001.02.xml",
                Map.of("REF", "G40-2026-000007", "AMOUNT", "9000"))));
        assertThat(credit.remittance()).isEqualTo("G40-2026-000007");
        assertThat(credit.amount()).isEqualByComparingTo("9000.00");
        assertThat(credit.debtorName()).isEqualTo("GEMEENTE 'S-HERTOGENBOSCH");
    }

    @Test
    void readsAVersion08StatementAndSplitsABatchIntoItsTransfers() {
        BankStatementFile file = Camt053Reader.read(CamtFixtures.bytes("batch.camt053.001.08.xml", Map.of()));
        assertThat(file.version()).isEqualTo("camt.053.001.08");
        Statement statement = file.statements().get(0);
        assertThat(statement.credits()).hasSize(2);
        Credit first = statement.credits().get(0);
        Credit second = statement.credits().get(1);
        assertThat(first.amount()).isEqualByComparingTo("3500.00");
        assertThat(first.debtorName()).isEqualTo("Gemeente 's-Hertogenbosch");
        assertThat(first.debtorAccount()).isEqualTo("NL20INGB0001234567");
        assertThat(first.remittance()).isEqualTo("G40 2026 000001");
        assertThat(first.entryKey()).isEqualTo("NL38BNGH0285012345 UNIT-V08-A");
        // 23:30 UTC on 4 December is 5 December in the Netherlands
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(second.amount()).isEqualByComparingTo("18412.45");
        assertThat(second.debtorName()).isEqualTo("Gemeente Súdwest-Fryslân");
        assertThat(second.remittance()).isEqualTo("Betaling g40/2026/000002");
        assertThat(second.entryKey()).isEqualTo("NL38BNGH0285012345 UNIT-V08-B");
    }

    @Test
    void aBatchWhoseTransfersDoNotAddUpToTheEntryIsRefused() {
        UnreadableStatement refused = catchThrowableOfType(UnreadableStatement.class, () -> Camt053Reader.read(
                CamtFixtures.bytes("batch.camt053.001.08.xml", Map.of("TOTAL", "21912.46"))));
        assertThat(refused.element()).isEqualTo("Stmt/Ntry/NtryDtls");
        assertThat(refused.reason()).contains("add up to 21912.45, not to the entry's 21912.46");
    }

    @Test
    void anAmountWrittenTheDutchWayIsRefusedNamingTheElementAndLine() {
        UnreadableStatement refused = catchThrowableOfType(UnreadableStatement.class, () -> Camt053Reader.read(
                CamtFixtures.bytes("malformed.camt053.001.02.xml", Map.of())));
        assertThat(refused.element()).isEqualTo("Stmt/Ntry/Amt");
        assertThat(refused.line()).isEqualTo(35);
        assertThat(refused.reason()).contains("'18.412,45'");
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithItsLine() {
        String broken = CamtFixtures.text("unmatched-abnamro.camt053.001.02.xml", Map.of())
                .replace("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>CRDT</CdtDbtInd");
        UnreadableStatement refused = catchThrowableOfType(UnreadableStatement.class,
                () -> Camt053Reader.read(broken.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.element()).isEqualTo("body");
        assertThat(refused.line()).isBetween(19, 21);
        assertThat(refused.reason()).startsWith("is not well-formed XML");
    }

    @Test
    void aDoctypeOrAnExternalEntityIsNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>&secret;</Id></Stmt></BkToCstmrStmt></Document>
                """;
        assertThatThrownBy(() -> Camt053Reader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableStatement.class)
                .hasMessageContaining("DOCTYPE");
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol2;</Document>
                """;
        assertThatThrownBy(() -> Camt053Reader.read(billionLaughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableStatement.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void otherXmlIsNoBankStatement() {
        UnreadableStatement refused = catchThrowableOfType(UnreadableStatement.class, () -> Camt053Reader.read(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.reason()).contains("is not a camt.053 bank statement");
        assertThatThrownBy(() -> Camt053Reader.read(new byte[0])).isInstanceOf(UnreadableStatement.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Camt053Reader.read("{\"json\": true}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableStatement.class);
    }

    @Test
    void aBookedCreditWithoutCurrencyOrInAnotherCurrencyOrWithoutBookingDateIsRefused() {
        String ok = CamtFixtures.text("unmatched-abnamro.camt053.001.02.xml", Map.of());
        assertThat(refusal(ok.replace("<Amt Ccy=\"EUR\">3500.00</Amt>", "<Amt>3500.00</Amt>"))).contains("no currency");
        assertThat(refusal(ok.replace("<Amt Ccy=\"EUR\">3500.00</Amt>", "<Amt Ccy=\"USD\">3500.00</Amt>"))).contains("USD");
        assertThat(refusal(ok.replace("3500.00", "3500.001"))).contains("whole cents");
        assertThat(refusal(ok.replace("3500.00", "0.00"))).contains("more than zero");
        assertThat(refusal(ok.replaceAll("(?s)<BookgDt>.*?</BookgDt>", ""))).contains("BookgDt").contains("missing");
        assertThat(refusal(ok.replace("<Dt>2026-12-04</Dt>", "<Dt>04-12-2026</Dt>"))).contains("'04-12-2026'");
        assertThat(refusal(ok.replace("<Sts>BOOK</Sts>", ""))).contains("Sts");
        assertThat(refusal(ok.replace("<IBAN>NL38BNGH0285012345</IBAN>", ""))).contains("Acct/Id");
        // the same amount in a debit: not a payment, so nothing to refuse
        assertThat(Camt053Reader.read(ok.replace("<Amt Ccy=\"EUR\">3500.00</Amt>", "<Amt Ccy=\"USD\">3500.00</Amt>")
                .replace("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd>").getBytes(StandardCharsets.UTF_8))
                .statements().get(0).skipped()).isEqualTo(1);
    }

    @Test
    void anyBytesAreEitherReadOrRefusedAsUnreadable() {
        Random random = new Random(8);
        byte[] good = CamtFixtures.bytes("deventer-ing.camt053.001.02.xml", Map.of());
        for (int i = 0; i < 300; i++) {
            byte[] bytes = good.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            try {
                Camt053Reader.read(bytes);
            } catch (UnreadableStatement expected) {
                assertThat(expected.reason()).doesNotContain("Exception").doesNotContain("java.");
            }
        }
    }

    private static String refusal(String xml) {
        return catchThrowableOfType(UnreadableStatement.class, () -> Camt053Reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .getMessage();
    }

    private static Credit single(BankStatementFile file) {
        assertThat(file.statements()).hasSize(1);
        assertThat(file.statements().get(0).credits()).hasSize(1);
        return file.statements().get(0).credits().get(0);
    }
}
