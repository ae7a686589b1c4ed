package nl.municipalnetworks.finance.creditnote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class CreditNoteDtos {

    private CreditNoteDtos() {
    }

    /** Why the invoice is cancelled: kept with the credit note for the accounts and the payer. */
    public record CreditNoteData(@NotBlank @Size(max = 1000)
                                 @Schema(example = "Wrong CBS count: Deventer had 101,446 inhabitants on 1 January 2022, not 110,446")
                                 String reason) {
    }

    public record CreditedInvoice(UUID id, String number, String paymentReference, BigDecimal total) {
    }

    public record CreditNotePayer(UUID municipalityId, String cbsCode, String name) {
    }

    /**
     * A credit note: its number in the seller's invoice sequence, the invoice it cancels, and the amounts reversed
     * (negative). {@code paidOnInvoice} is what had been paid on the invoice: the payer's credit from then on.
     */
    public record CreditNoteView(UUID id, String number, String seller, String network, CreditedInvoice invoice,
                                 CreditNotePayer payer, LocalDate issueDate, String reason, BigDecimal netTotal,
                                 BigDecimal vatTotal, BigDecimal total, BigDecimal paidOnInvoice, String issuedBy,
                                 OffsetDateTime issuedAt) {
    }
}
