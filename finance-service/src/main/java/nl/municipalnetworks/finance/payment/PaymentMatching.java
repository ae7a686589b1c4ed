package nl.municipalnetworks.finance.payment;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.contracts.finance.PaymentReceived;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.payment.PaymentReferences.Candidate;
import nl.municipalnetworks.finance.payment.PaymentReferences.Matched;
import nl.municipalnetworks.finance.payment.PaymentReferences.Unmatched;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts payments on invoices, in the caller's transaction: by reference ({@link PaymentReferences}), by the invoice
 * the treasurer names, or by hand later. The invoices are locked while their paid amount and status change
 * ({@link PaymentAllocation}), so that a statement import and a payment registered by hand at the same moment both
 * count. Every payment matched is announced (payment-received, through the outbox) in the same transaction.
 */
@ApplicationScoped
public class PaymentMatching {

    private final InvoiceRepository invoices;
    private final Outbox outbox;
    private final FinanceClock clock;

    PaymentMatching(InvoiceRepository invoices, Outbox outbox, FinanceClock clock) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Matches each payment of {@code network} (persisted, unmatched) by the reference it quotes, in their order, so
     * that two payments of one invoice in one statement are applied one after the other. What finds no invoice keeps
     * the reason.
     */
    public Uni<Void> byReference(List<PaymentEntity> payments, String network, String user) {
        Set<String> quoted = new LinkedHashSet<>();
        payments.forEach(p -> quoted.addAll(PaymentReferences.quotedIn(p.reference, network)));
        Uni<List<InvoiceEntity>> found = quoted.isEmpty() ? Uni.createFrom().item(List.of())
                : invoices.find("network = ?1 and paymentReference in ?2 order by id", network, quoted)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        return found.flatMap(candidates -> {
            Map<UUID, InvoiceEntity> byId = candidates.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            List<PaymentReceived> events = new ArrayList<>();
            for (PaymentEntity payment : payments) {
                // the statuses as this statement has left them so far: a credited invoice stays out
                List<Candidate> current = candidates.stream()
                        .map(i -> new Candidate(i.id, i.paymentReference, i.seller, i.status)).toList();
                PaymentReferences.Match match = PaymentReferences.match(payment.reference, network, payment.seller, current);
                if (match instanceof Matched matched) {
                    events.add(apply(payment, byId.get(matched.invoiceId()), PaymentEntity.MatchedBy.REFERENCE, user));
                } else {
                    payment.unmatchedReason = ((Unmatched) match).reason();
                }
            }
            return events.isEmpty() ? Uni.createFrom().voidItem() : outbox.recordAll(events);
        });
    }

    /**
     * Matches one payment to the invoice the treasurer names: of the payment's network, not credited (409). The
     * invoice is locked and read afresh.
     */
    public Uni<Void> toInvoice(PaymentEntity payment, UUID invoiceId, PaymentEntity.MatchedBy how, String user) {
        return invoices.findById(invoiceId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.invalid("invoiceId", "no invoice " + invoiceId))
                .flatMap(invoice -> {
                    if (!invoice.network.equals(payment.network)) {
                        throw ProblemException.invalid("invoiceId", "invoice " + invoice.paymentReference + " is not of "
                                + payment.network + ", the payment's network");
                    }
                    if (invoice.status == InvoiceStatus.CREDITED) {
                        throw ProblemException.conflict("invoiceId", "invoice " + invoice.paymentReference
                                + " was credited: it takes no payments; match the payment to the invoice that replaced it");
                    }
                    return outbox.record(apply(payment, invoice, how, user));
                });
    }

    /** Applies the payment to the (locked) invoice and answers the event that announces it. */
    private PaymentReceived apply(PaymentEntity payment, InvoiceEntity invoice, PaymentEntity.MatchedBy how, String user) {
        Money total = new Money(invoice.total);
        PaymentAllocation allocation = PaymentAllocation.of(total, new Money(invoice.paidAmount), invoice.status,
                new Money(payment.amount));
        invoice.paidAmount = allocation.paidAfter().amount();
        invoice.status = allocation.statusAfter();
        payment.invoiceId = invoice.id;
        payment.payerMunicipalityId = invoice.payerMunicipalityId;
        payment.payerCbsCode = invoice.payerCbsCode;
        payment.appliedAmount = allocation.applied().amount();
        payment.creditAmount = allocation.credit().amount();
        payment.matchedBy = how;
        payment.matchedAt = clock.now();
        payment.matchedByUser = user;
        payment.unmatchedReason = null;
        return new PaymentReceived(payment.id, invoice.id, invoice.network, invoice.number, invoice.seller,
                invoice.payerMunicipalityId, invoice.payerCbsCode, payment.receivedOn, payment.amount,
                payment.appliedAmount, payment.creditAmount, invoice.paidAmount,
                allocation.outstandingAfter(total).amount(), invoice.status.name());
    }
}
