package nl.municipalnetworks.finance.bankstatement;

import nl.municipalnetworks.finance.payment.PaymentDtos.PaymentView;

import java.util.List;

public final class BankStatementDtos {

    private BankStatementDtos() {
    }

    /** One statement of the file: its account and the seller whose invoices its payments were matched among. */
    public record StatementSummary(String statementId, String account, String seller) {
    }

    /**
     * What an import did: {@code payments} registered now, of which {@code matched} found their invoice and
     * {@code unmatched} wait for the treasurer; {@code alreadyImported} credits an earlier import registered (left as
     * they are); {@code skippedEntries} debits, pending and informational entries and reversals; {@code forOtherNetworks}
     * credits that quote another network's invoice and none of this one's (that network's import registers them).
     */
    public record ImportResult(String network, String version, String messageId, List<StatementSummary> statements,
                               int payments, int matched, int unmatched, int alreadyImported, int skippedEntries,
                               int forOtherNetworks, List<PaymentView> registered) {
    }
}
