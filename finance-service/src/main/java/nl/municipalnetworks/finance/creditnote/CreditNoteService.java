package nl.municipalnetworks.finance.creditnote;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.finance.InvoiceCredited;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.accounts.ClosedYears;
import nl.municipalnetworks.finance.creditnote.CreditNoteDtos.CreditNoteData;
import nl.municipalnetworks.finance.creditnote.CreditNoteDtos.CreditNotePayer;
import nl.municipalnetworks.finance.creditnote.CreditNoteDtos.CreditNoteView;
import nl.municipalnetworks.finance.creditnote.CreditNoteDtos.CreditedInvoice;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceNumberCounter;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Credit notes: an issued invoice is never edited; a mistake is corrected by a credit note that cancels the
 * <b>whole</b> invoice, and (if a contribution is still due) a fresh invoice from the next contribution run.
 *
 * <p>Why the whole invoice and not only what is still open: a credit note reverses an invoice as it was issued, line
 * by line with its VAT (the Belastingdienst asks of a credit note what it asks of an invoice, and a reference to the
 * invoice it corrects); crediting only the open part of a partly paid invoice would leave half an invoice standing
 * with VAT nobody can tie to a document. So the credit note carries the invoice's totals negated, the invoice becomes
 * CREDITED and owes nothing, and what had been paid on it becomes the payer's credit (shown in its balance, to be
 * paid back or set against the fresh invoice).
 *
 * <p>An invoice of a year whose annual accounts were adopted is not credited (409, {@link ClosedYears}): the accounts
 * count the contributions of the year that were not credited, and the general assembly adopted them as they were. A
 * mistake found afterwards is settled in the running year.
 *
 * <p>The credit note takes the next number of the seller's sequence of its year ({@link InvoiceNumberCounter}), in
 * the same transaction, so invoices and credit notes of a seller are numbered together without gaps. Announced as
 * invoice-credited through the outbox.
 */
@ApplicationScoped
public class CreditNoteService {

    static final Map<String, String> SORTABLE = Map.of("number", "number", "issueDate", "issueDate",
            "payerName", "payerName", "seller", "seller");
    private static final String DEFAULT_ORDER = "issueDate desc, seller asc, number desc, id asc";

    private final CreditNoteRepository creditNotes;
    private final InvoiceRepository invoices;
    private final Outbox outbox;
    private final FinanceClock clock;
    private final ClosedYears closedYears;

    CreditNoteService(CreditNoteRepository creditNotes, InvoiceRepository invoices, Outbox outbox, FinanceClock clock,
                      ClosedYears closedYears) {
        this.creditNotes = creditNotes;
        this.invoices = invoices;
        this.outbox = outbox;
        this.clock = clock;
        this.closedYears = closedYears;
    }

    @WithTransaction
    public Uni<CreditNoteView> issue(Caller caller, UUID invoiceId, CreditNoteData request) {
        return invoices.findById(invoiceId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Invoice", invoiceId))
                .flatMap(invoice -> {
                    FinanceAccess.requireMayManage(caller, invoice.network);
                    if (!invoice.status.canMoveTo(InvoiceStatus.CREDITED)) {
                        throw ProblemException.conflict("invoice " + invoice.paymentReference + " is "
                                + invoice.status.name().toLowerCase().replace('_', ' ')
                                + (invoice.status == InvoiceStatus.CREDITED ? " already; a credited invoice is final" : ""));
                    }
                    LocalDate today = clock.today();
                    // the accounts count the year's invoices that were not credited: a credit note would change them
                    return closedYears.requireOpen(invoice.network, invoice.year, null, "invoice " + invoice.paymentReference
                                    + " (the contribution of " + invoice.year + ") cannot be credited")
                            .flatMap(open -> InvoiceNumberCounter.reserve(invoice.seller, today.getYear(), 1)).flatMap(number -> {
                        CreditNoteEntity note = new CreditNoteEntity();
                        note.id = UUID.randomUUID();
                        note.network = invoice.network;
                        note.number = number.toString();
                        note.seller = invoice.seller;
                        note.invoiceId = invoice.id;
                        note.payerMunicipalityId = invoice.payerMunicipalityId;
                        note.payerCbsCode = invoice.payerCbsCode;
                        note.payerName = invoice.payerName;
                        note.issueDate = today;
                        note.reason = request.reason().strip();
                        note.netTotal = invoice.netTotal.negate();
                        note.vatTotal = invoice.vatTotal.negate();
                        note.total = invoice.total.negate();
                        note.paidOnInvoice = invoice.paidAmount;
                        note.issuedBy = caller.username();
                        note.issuedAt = clock.now();
                        invoice.status = invoice.status.moveTo(InvoiceStatus.CREDITED);
                        return creditNotes.persist(note)
                                .flatMap(saved -> outbox.record(new InvoiceCredited(invoice.id, invoice.network,
                                        invoice.number, invoice.seller, invoice.payerMunicipalityId, invoice.payerCbsCode,
                                        note.id, note.number, note.issueDate, note.netTotal, note.vatTotal, note.total,
                                        note.paidOnInvoice)))
                                .map(ignored -> view(note, invoice));
                    });
                });
    }

    @WithSession
    public Uni<Page<CreditNoteView>> list(Caller caller, String network, Integer year, UUID payerMunicipalityId,
                                          String sort, PageRequest page) {
        FinanceAccess.requireMayReadIn(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("payerMunicipalityId = :payer", "payer", payerMunicipalityId);
        if (year != null) {
            where.always("issueDate between :from and :to", Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31)));
        }
        if (!FinanceAccess.mayReadAllOf(caller, network)) {
            where.always("payerCbsCode = :cbs", Map.of("cbs", caller.municipality()));
        }
        return PagedQuery.find(creditNotes, where, orderBy, page).flatMap(found -> views(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<CreditNoteView> get(Caller caller, UUID id) {
        return creditNotes.getExisting(id)
                .invoke(note -> FinanceAccess.requireMayReadMunicipality(caller, note.network, note.payerCbsCode))
                .flatMap(note -> views(List.of(note))).map(list -> list.get(0));
    }

    private Uni<List<CreditNoteView>> views(List<CreditNoteEntity> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return invoices.list("id in ?1", found.stream().map(n -> n.invoiceId).distinct().toList()).map(list -> {
            Map<UUID, InvoiceEntity> byId = list.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            return found.stream().map(n -> view(n, byId.get(n.invoiceId))).toList();
        });
    }

    private static CreditNoteView view(CreditNoteEntity n, InvoiceEntity invoice) {
        return new CreditNoteView(n.id, n.number, n.seller, n.network,
                new CreditedInvoice(invoice.id, invoice.number, invoice.paymentReference, invoice.total),
                new CreditNotePayer(n.payerMunicipalityId, n.payerCbsCode, n.payerName), n.issueDate, n.reason,
                n.netTotal, n.vatTotal, n.total, n.paidOnInvoice, n.issuedBy, n.issuedAt);
    }
}
