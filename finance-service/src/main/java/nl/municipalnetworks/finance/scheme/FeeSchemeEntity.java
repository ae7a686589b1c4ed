package nl.municipalnetworks.finance.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A stored fee scheme; {@link FeeSchemeMapper} turns it into the domain's {@link FeeScheme}. */
@Entity(name = "FeeSchemeEntity")
@Table(name = "fee_scheme")
public class FeeSchemeEntity {

    @Id
    public UUID id;

    public String network;

    public String name;

    @Enumerated(EnumType.STRING)
    public Payers payers;

    public String payee;

    public String collector;

    /** The member that collects (Meierijstad for M50): its own contribution is not invoiced. Null otherwise. */
    @Column(name = "collector_municipality_id")
    public UUID collectorMunicipalityId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    public BasisKind basis;

    @Column(name = "amount_per_year")
    public BigDecimal amountPerYear;

    @Column(name = "rate_per_inhabitant")
    public BigDecimal ratePerInhabitant;

    @Column(name = "reference_date")
    public LocalDate referenceDate;

    @Enumerated(EnumType.STRING)
    public Vat vat;

    @Enumerated(EnumType.STRING)
    @Column(name = "mid_year_policy")
    public MidYearPolicy midYearPolicy;

    /** Who pays under a scheme: every member of the network (M50), or those with an agreement (G40 cities). */
    public enum Payers { MEMBERS, AGREEMENTS }

    public enum BasisKind { FLAT_PER_MEMBER, PER_INHABITANT }

    /** The VAT treatments of the domain ({@link nl.municipalnetworks.finance.money.VatTreatment}) by name. */
    public enum Vat { STANDARD_21, OUTSIDE_SCOPE, EXEMPT, ZERO_RATED }
}
