package nl.municipalnetworks.finance.payment;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.accounts.ClosedYears;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.party.Iban;
import nl.municipalnetworks.finance.payment.PaymentDtos.MatchData;
import nl.municipalnetworks.finance.payment.PaymentDtos.MatchedInvoice;
import nl.municipalnetworks.finance.payment.PaymentDtos.PayerAccount;
import nl.municipalnetworks.finance.payment.PaymentDtos.PaymentData;
import nl.municipalnetworks.finance.payment.PaymentDtos.PaymentStatus;
import nl.municipalnetworks.finance.payment.PaymentDtos.PaymentView;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Payments registered by hand, matched by hand, and read. The treasurer of a network manages its payments; its
 * board and secretariat read them all; a member official reads those matched to its own municipality's invoices.
 */
@ApplicationScoped
public class PaymentService {

    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "amount", "amount",
            "registeredAt", "registeredAt");
    private static final String DEFAULT_ORDER = "receivedOn desc, registeredAt desc, id asc";

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final PaymentMatching matching;
    private final FinanceClock clock;
    private final ClosedYears closedYears;

    PaymentService(PaymentRepository payments, InvoiceRepository invoices, PaymentMatching matching, FinanceClock clock,
                   ClosedYears closedYears) {
        this.payments = payments;
        this.invoices = invoices;
        this.matching = matching;
        this.clock = clock;
        this.closedYears = closedYears;
    }

    /**
     * Registers a payment as the bank booked it and matches it: to the invoice named, else by the reference it
     * quotes (within the seller named, if any). What finds no invoice is kept unmatched with the reason. A payment
     * received in a year whose annual accounts were adopted is refused (409 on receivedOn, {@link ClosedYears}).
     */
    @WithTransaction
    public Uni<PaymentView> register(Caller caller, PaymentData request) {
        FinanceAccess.requireMayManage(caller, request.network());
        if (request.receivedOn().isAfter(clock.today())) {
            throw ProblemException.invalid("receivedOn", "must not be in the future: a payment is registered once the bank booked it");
        }
        String payerAccount = null;
        if (request.payerIban() != null && !request.payerIban().isBlank()) {
            try {
                // the one IBAN rule of the service (mod 97), as payers type it: spaces of any kind left out
                payerAccount = Iban.parse(request.payerIban().replaceAll("[\\s\\u00a0]", "")).value();
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("payerIban", e.getMessage());
            }
        }
        PaymentEntity payment = new PaymentEntity();
        payment.id = UUID.randomUUID();
        payment.network = request.network();
        payment.source = PaymentEntity.Source.MANUAL;
        payment.receivedOn = request.receivedOn();
        payment.amount = new nl.municipalnetworks.finance.money.Money(request.amount()).amount();
        payment.payerName = request.payerName().strip();
        payment.payerAccount = payerAccount;
        payment.reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().strip();
        payment.seller = request.seller() == null || request.seller().isBlank() ? null : request.seller().strip();
        payment.registeredAt = clock.now();
        payment.registeredBy = caller.username();
        Uni<Void> open = closedYears.requireOpen(payment.network, payment.receivedOn, "receivedOn",
                "a payment received on " + payment.receivedOn + " cannot be registered");
        // matched before it is stored, so that a refused invoice id stores nothing
        return open.flatMap(ignored -> request.invoiceId() != null
                        ? matching.toInvoice(payment, request.invoiceId(), PaymentEntity.MatchedBy.INVOICE_ID, caller.username())
                        : matching.byReference(List.of(payment), payment.network, caller.username()))
                .flatMap(ignored -> payments.persist(payment))
                .flatMap(saved -> views(List.of(saved))).map(list -> list.get(0));
    }

    /** The treasurer matches an unmatched payment to an invoice of its network. */
    @WithTransaction
    public Uni<PaymentView> match(Caller caller, UUID id, MatchData request) {
        return payments.getExisting(id).flatMap(payment -> {
            FinanceAccess.requireMayManage(caller, payment.network);
            if (payment.invoiceId != null) {
                throw ProblemException.conflict("invoiceId", "the payment is already matched to an invoice");
            }
            return matching.toInvoice(payment, request.invoiceId(), PaymentEntity.MatchedBy.BY_HAND, caller.username())
                    .flatMap(ignored -> views(List.of(payment))).map(list -> list.get(0));
        });
    }

    @WithSession
    public Uni<Page<PaymentView>> list(Caller caller, String network, Boolean unmatched, UUID invoiceId, String sort,
                                       PageRequest page) {
        FinanceAccess.requireMayReadIn(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("invoiceId = :invoice", "invoice", invoiceId);
        if (unmatched != null) {
            where.always(unmatched ? "invoiceId is null" : "invoiceId is not null", Map.of());
        }
        if (!FinanceAccess.mayReadAllOf(caller, network)) {
            where.always("payerCbsCode = :cbs", Map.of("cbs", caller.municipality()));
        }
        return PagedQuery.find(payments, where, orderBy, page).flatMap(found -> views(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<PaymentView> get(Caller caller, UUID id) {
        return payments.getExisting(id)
                .invoke(payment -> FinanceAccess.requireMayReadMunicipality(caller, payment.network, payment.payerCbsCode))
                .flatMap(payment -> views(List.of(payment))).map(list -> list.get(0));
    }

    /** Views of payments with the invoices they were matched to, read in one query. */
    public Uni<List<PaymentView>> views(List<PaymentEntity> found) {
        List<UUID> invoiceIds = found.stream().map(p -> p.invoiceId).filter(java.util.Objects::nonNull).distinct().toList();
        Uni<List<InvoiceEntity>> matched = invoiceIds.isEmpty() ? Uni.createFrom().item(List.of())
                : invoices.list("id in ?1", invoiceIds);
        return matched.map(list -> {
            Map<UUID, InvoiceEntity> byId = list.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            return found.stream().map(p -> view(p, p.invoiceId == null ? null : byId.get(p.invoiceId))).toList();
        });
    }

    static PaymentView view(PaymentEntity p, InvoiceEntity invoice) {
        MatchedInvoice matched = invoice == null ? null : new MatchedInvoice(invoice.id, invoice.number, invoice.seller,
                invoice.paymentReference, invoice.payerMunicipalityId, invoice.payerCbsCode, invoice.payerName,
                invoice.status, invoice.paidAmount, invoice.outstanding());
        return new PaymentView(p.id, p.network, p.source, p.invoiceId == null ? PaymentStatus.UNMATCHED : PaymentStatus.MATCHED,
                p.receivedOn, p.amount, nl.municipalnetworks.finance.money.Money.CURRENCY,
                new PayerAccount(p.payerName, p.payerAccount), p.account, p.seller, p.reference, matched,
                p.appliedAmount, p.creditAmount, p.matchedBy, p.matchedAt, p.unmatchedReason, p.bankStatementId,
                p.entryKey, p.registeredAt, p.registeredBy);
    }
}
