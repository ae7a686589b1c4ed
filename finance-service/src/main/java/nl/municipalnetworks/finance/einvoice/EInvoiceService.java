package nl.municipalnetworks.finance.einvoice;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.Problem;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceLineRepository;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.party.PartyEntity;
import nl.municipalnetworks.finance.party.PartyMapper;
import nl.municipalnetworks.finance.party.PartyRepository;
import nl.municipalnetworks.finance.scheme.FeeSchemeRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An issued invoice as an e-invoice (UBL) or a page (HTML), read by whoever may read the invoice itself. The parties'
 * billing details are found as V4__parties.sql says: the buyer by the payer's municipality id; the seller by the
 * collecting municipality where the fee scheme names one, otherwise by the invoice's seller name (the scheme's
 * collector). Missing details are a 409 that names the party and says how to add them.
 */
@ApplicationScoped
public class EInvoiceService {

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final FeeSchemeRepository schemes;
    private final PartyRepository parties;

    EInvoiceService(InvoiceRepository invoices, InvoiceLineRepository lines, FeeSchemeRepository schemes,
                    PartyRepository parties) {
        this.invoices = invoices;
        this.lines = lines;
        this.schemes = schemes;
        this.parties = parties;
    }

    @WithSession
    public Uni<EInvoice> of(Caller caller, UUID id) {
        return invoices.getExisting(id)
                .invoke(invoice -> FinanceAccess.requireMayReadMunicipality(caller, invoice.network, invoice.payerCbsCode))
                .flatMap(invoice -> seller(invoice).flatMap(seller -> parties.ofMunicipality(invoice.payerMunicipalityId)
                        .flatMap(buyer -> {
                            requireBoth(invoice, seller, buyer);
                            return lines.list("invoiceId = ?1 order by position", invoice.id).map(found -> {
                                try {
                                    return EInvoice.of(invoice, found, PartyMapper.details(seller), PartyMapper.details(buyer));
                                } catch (EInvoice.Incomplete e) {
                                    throw ProblemException.conflict(e.party(), e.getMessage());
                                }
                            });
                        })));
    }

    /** The collecting municipality's party where the scheme names one, else the party of the seller's name. */
    private Uni<PartyEntity> seller(InvoiceEntity invoice) {
        return schemes.getExisting(invoice.feeSchemeId).flatMap(scheme -> scheme.collectorMunicipalityId == null
                ? parties.ofCollectorName(invoice.seller)
                : parties.ofMunicipality(scheme.collectorMunicipalityId)
                .flatMap(party -> party != null ? Uni.createFrom().item(party) : parties.ofCollectorName(invoice.seller)));
    }

    private static void requireBoth(InvoiceEntity invoice, PartyEntity seller, PartyEntity buyer) {
        List<Problem.InvalidParam> missing = new ArrayList<>();
        if (seller == null) {
            missing.add(new Problem.InvalidParam("seller", "the seller " + invoice.seller + " has no billing details: "
                    + "register them with POST /v1/parties (collectorName '" + invoice.seller
                    + "', or the municipalityId of the collecting member)"));
        }
        if (buyer == null) {
            missing.add(new Problem.InvalidParam("buyer", "the buyer " + invoice.payerName + " has no billing details: "
                    + "register them with POST /v1/parties (municipalityId " + invoice.payerMunicipalityId + ")"));
        }
        if (!missing.isEmpty()) {
            throw new MissingBillingDetails(missing);
        }
    }

    /** 409: the e-invoice cannot be written until the parties' billing details are registered. */
    static final class MissingBillingDetails extends ProblemException {

        MissingBillingDetails(List<Problem.InvalidParam> missing) {
            super(409, "Conflict", "Billing details are missing: " + String.join("; ",
                    missing.stream().map(Problem.InvalidParam::reason).toList()), missing);
        }
    }
}
