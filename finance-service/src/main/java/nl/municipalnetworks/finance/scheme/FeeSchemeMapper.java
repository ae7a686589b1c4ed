package nl.municipalnetworks.finance.scheme;

import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.Party;
import nl.municipalnetworks.finance.scheme.FeeSchemeDtos.FeeSchemeView;

/** Between the stored fee scheme, the domain's {@link FeeScheme} and the API's records. */
public final class FeeSchemeMapper {

    private FeeSchemeMapper() {
    }

    /** The domain scheme; its constructor checks the rules (a positive fee, validTo not before validFrom). */
    public static FeeScheme toDomain(FeeSchemeEntity e) {
        FeeBasis basis = e.basis == FeeSchemeEntity.BasisKind.FLAT_PER_MEMBER
                ? new FeeBasis.FlatPerMember(new Money(e.amountPerYear))
                : new FeeBasis.PerInhabitant(e.ratePerInhabitant, e.referenceDate);
        return new FeeScheme(e.name, payee(e), collector(e), e.validFrom, e.validTo, basis, vat(e.vat), e.midYearPolicy);
    }

    public static Party payee(FeeSchemeEntity e) {
        return new Party("payee:" + e.payee, e.payee);
    }

    /** The collector as a party: the member municipality itself where one collects, so that it does not invoice itself. */
    public static Party collector(FeeSchemeEntity e) {
        return e.collectorMunicipalityId != null ? new Party(e.collectorMunicipalityId.toString(), e.collector)
                : new Party("collector:" + e.collector, e.collector);
    }

    public static VatTreatment vat(FeeSchemeEntity.Vat vat) {
        return switch (vat) {
            case STANDARD_21 -> VatTreatment.STANDARD_21;
            case OUTSIDE_SCOPE -> VatTreatment.OUTSIDE_SCOPE;
            case EXEMPT -> VatTreatment.EXEMPT;
            case ZERO_RATED -> VatTreatment.ZERO_RATED;
        };
    }

    public static FeeSchemeView view(FeeSchemeEntity e) {
        return new FeeSchemeView(e.id, e.network, e.name, e.payers, e.payee, e.collector, e.collectorMunicipalityId,
                e.validFrom, e.validTo, e.basis, e.amountPerYear, e.ratePerInhabitant, e.referenceDate, e.vat,
                e.midYearPolicy);
    }
}
