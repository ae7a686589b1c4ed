package nl.municipalnetworks.finance.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

public final class PartyDtos {

    private PartyDtos() {
    }

    /**
     * A party's billing details. A party is found by {@code municipalityId} (a municipality that pays, or collects
     * for its network) and/or by {@code collectorName} (the collector's name in fee schemes, an invoice's seller);
     * at least one is given.
     */
    public record PartyData(
            @Schema(description = "The municipality this party is (finance-service knows it from member-service); "
                    + "the invoices to it, and those it sends as a collecting member, use these details")
            UUID municipalityId,
            @Schema(description = "The collector's name in fee schemes (an invoice's seller) for a party that is no "
                    + "municipality, e.g. Platform31", example = "Platform31")
            @Size(max = 200) String collectorName,
            @Schema(example = "Gemeente Deventer") @NotBlank @Size(max = 200) String legalName,
            @Schema(example = "Grote Kerkhof 1") @NotBlank @Size(max = 200) String street,
            @Schema(example = "7411 KT") @NotBlank @Size(max = 7) String postcode,
            @Schema(example = "Deventer") @NotBlank @Size(max = 100) String city,
            @Schema(description = "NL: parties are Dutch", example = "NL") @NotBlank @Size(max = 2) String country,
            @Schema(description = "Chamber of Commerce number, eight digits", example = "38020751")
            @NotBlank @Size(max = 10) String kvkNumber,
            @Schema(description = "OIN of a government body, twenty digits", example = "00000001001234567000")
            @Size(max = 24) String oin,
            @Schema(description = "VAT number: NL, nine digits, B, two digits", example = "NL001234567B01")
            @Size(max = 20) String vatNumber,
            @Schema(description = "The account the party is paid on (required of a seller), checked modulo 97",
                    example = "NL91ABNA0417164300") @Size(max = 42) String iban,
            @Schema(example = "ABNANL2A") @Size(max = 14) String bic,
            @Schema(description = "A mailbox for invoices (functional, not a person's)", example = "facturen@deventer.nl")
            @NotBlank @Size(max = 254) String email,
            @Schema(description = "What the party receives e-invoices on: 0106 its KvK number, 0190 its OIN",
                    enumeration = {"0106", "0190"}, example = "0190")
            @NotNull @Pattern(regexp = "0106|0190", message = "must be 0106 (KvK number) or 0190 (OIN)") String peppolScheme,
            @Schema(description = "The reference the party asks its suppliers to quote (buyer reference); "
                    + "without it, an invoice to a municipality quotes its CBS code") @Size(max = 100) String buyerReference) {

        BillingDetails.Draft draft() {
            return new BillingDetails.Draft(legalName, street, postcode, city, country, kvkNumber, oin, vatNumber, iban,
                    bic, email, peppolScheme, buyerReference);
        }
    }

    /** @param peppolEndpointId the KvK number or OIN, as {@code peppolScheme} says */
    public record PartyView(UUID id, UUID municipalityId, String collectorName, String legalName, String street,
                            String postcode, String city, String country, String kvkNumber, String oin,
                            String vatNumber, String iban, String bic, String email, String peppolScheme,
                            String peppolEndpointId, String buyerReference) {
    }
}
