package nl.municipalnetworks.finance.invoice;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Line;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Payer;
import nl.municipalnetworks.finance.invoice.InvoiceDtos.InvoiceView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the issued invoices: the whole network for its treasurer, board and secretariat; an official its own. */
@ApplicationScoped
public class InvoiceService {

    static final Map<String, String> SORTABLE = Map.of("number", "number", "issueDate", "issueDate", "year", "year",
            "payerName", "payerName", "total", "total", "seller", "seller");
    private static final String DEFAULT_ORDER = "year desc, seller asc, number asc, id asc";

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;

    InvoiceService(InvoiceRepository invoices, InvoiceLineRepository lines) {
        this.invoices = invoices;
        this.lines = lines;
    }

    @WithSession
    public Uni<Page<InvoiceView>> list(Caller caller, String network, Integer year, UUID payerMunicipalityId,
                                       InvoiceStatus status, String sort, PageRequest page) {
        FinanceAccess.requireMayReadIn(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("year = :year", "year", year)
                .and("payerMunicipalityId = :payer", "payer", payerMunicipalityId)
                .and("status = :status", "status", status);
        if (!FinanceAccess.mayReadAllOf(caller, network)) {
            where.always("payerCbsCode = :cbs", Map.of("cbs", caller.municipality()));
        }
        return PagedQuery.find(invoices, where, orderBy, page).map(found -> found.map(i -> view(i, List.of())));
    }

    @WithSession
    public Uni<InvoiceView> get(Caller caller, UUID id) {
        return invoices.getExisting(id)
                .invoke(invoice -> FinanceAccess.requireMayReadMunicipality(caller, invoice.network, invoice.payerCbsCode))
                .flatMap(invoice -> lines.list("invoiceId = ?1 order by position", invoice.id)
                        .map(found -> view(invoice, found)));
    }

    static InvoiceView view(InvoiceEntity i, List<InvoiceLineEntity> found) {
        List<Line> shown = found.stream().map(l -> new Line(l.description, l.quantity, l.unit, l.unitPrice,
                l.baseQuantity, l.netAmount, l.vatCategory, l.vatPercent)).toList();
        return new InvoiceView(i.id, i.number, i.seller, i.network, i.year,
                new Payer(i.payerMunicipalityId, i.payerCbsCode, i.payerName), i.feeSchemeId, i.agreementId, i.status,
                i.issueDate, i.dueDate, i.paymentReference, i.netTotal, i.vatTotal, i.total, shown, i.paidAmount,
                i.outstanding());
    }
}
