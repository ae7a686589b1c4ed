package nl.municipalnetworks.finance.scheme;

import nl.municipalnetworks.commons.api.NetworkCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public final class FeeSchemeDtos {

    private FeeSchemeDtos() {
    }

    /**
     * A new fee scheme. FLAT_PER_MEMBER takes amountPerYear; PER_INHABITANT takes ratePerInhabitant and
     * referenceDate (the CBS count of that date is used for the whole scheme).
     */
    public record FeeSchemeData(
            @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
            @NotBlank @Size(max = 200) String name,
            @NotNull FeeSchemeEntity.Payers payers,
            @NotBlank @Size(max = 200) String payee,
            @NotBlank @Size(max = 200) String collector,
            @Schema(description = "The member municipality that collects, if a member collects (its own contribution is not invoiced)")
            UUID collectorMunicipalityId,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @NotNull FeeSchemeEntity.BasisKind basis,
            @Schema(description = "Euros per member per year, for FLAT_PER_MEMBER", example = "3500.00")
            @DecimalMin(value = "0.01", message = "must be at least 0.01") @DecimalMax(value = "1000000", message = "must be at most 1000000")
            @Digits(integer = 7, fraction = 2, message = "must be an amount in euros with at most two decimals") BigDecimal amountPerYear,
            @Schema(description = "Euros per inhabitant per year, for PER_INHABITANT", example = "0.15")
            @DecimalMin(value = "0.000001", message = "must be above zero") @DecimalMax(value = "1000", message = "must be at most 1000")
            @Digits(integer = 4, fraction = 6, message = "must be an amount in euros with at most six decimals") BigDecimal ratePerInhabitant,
            @Schema(description = "The CBS reference date (peildatum) of the count, for PER_INHABITANT", example = "2022-01-01")
            LocalDate referenceDate,
            @NotNull FeeSchemeEntity.Vat vat,
            @NotNull MidYearPolicy midYearPolicy) {
    }

    public record FeeSchemeView(UUID id, String network, String name, FeeSchemeEntity.Payers payers, String payee,
                                String collector, UUID collectorMunicipalityId, LocalDate validFrom, LocalDate validTo,
                                FeeSchemeEntity.BasisKind basis, BigDecimal amountPerYear, BigDecimal ratePerInhabitant,
                                LocalDate referenceDate, FeeSchemeEntity.Vat vat, MidYearPolicy midYearPolicy) {
    }
}
