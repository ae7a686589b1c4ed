package nl.municipalnetworks.finance.party;

import nl.municipalnetworks.finance.party.PartyDtos.PartyView;

/** Between the stored party, the domain's {@link BillingDetails} and the API's records. */
public final class PartyMapper {

    private PartyMapper() {
    }

    /** The billing details as stored: normalised and checked when they were written. */
    public static BillingDetails details(PartyEntity e) {
        return new BillingDetails(e.legalName, e.street, e.postcode, e.city, e.country, e.kvkNumber, e.oin, e.vatNumber,
                e.iban == null ? null : new Iban(e.iban), e.bic, e.email, PeppolScheme.ofCode(e.peppolScheme),
                e.buyerReference);
    }

    static void apply(BillingDetails d, PartyEntity e) {
        e.legalName = d.legalName();
        e.street = d.street();
        e.postcode = d.postcode();
        e.city = d.city();
        e.country = d.country();
        e.kvkNumber = d.kvkNumber();
        e.oin = d.oin();
        e.vatNumber = d.vatNumber();
        e.iban = d.iban() == null ? null : d.iban().value();
        e.bic = d.bic();
        e.email = d.email();
        e.peppolScheme = d.peppolScheme().code();
        e.buyerReference = d.buyerReference();
    }

    public static PartyView view(PartyEntity e) {
        return new PartyView(e.id, e.municipalityId, e.collectorName, e.legalName, e.street, e.postcode, e.city,
                e.country, e.kvkNumber, e.oin, e.vatNumber, e.iban, e.bic, e.email, e.peppolScheme,
                details(e).endpointId(), e.buyerReference);
    }
}
