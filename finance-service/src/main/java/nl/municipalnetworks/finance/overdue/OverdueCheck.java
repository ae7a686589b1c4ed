package nl.municipalnetworks.finance.overdue;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.contracts.finance.InvoiceOverdue;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets every ISSUED or PARTLY_PAID invoice past its due date ({@link ReminderSchedule#isOverdue}) OVERDUE and
 * announces it (invoice-overdue, through the outbox, in the same transaction). An overdue invoice stays OVERDUE until
 * it is paid in full or credited, so each is announced once; the rows are locked, so two instances that check at
 * once do not both announce one (the second finds it OVERDUE).
 */
@ApplicationScoped
public class OverdueCheck {

    private final InvoiceRepository invoices;
    private final Outbox outbox;
    private final FinanceClock clock;

    OverdueCheck(InvoiceRepository invoices, Outbox outbox, FinanceClock clock) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** How many invoices became overdue today. */
    @WithTransaction
    public Uni<Integer> markOverdue() {
        LocalDate today = clock.today();
        return invoices.find("status in ?1 and dueDate < ?2 order by id",
                        List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID), today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .flatMap(found -> {
                    List<InvoiceOverdue> events = new ArrayList<>();
                    for (InvoiceEntity invoice : found) {
                        invoice.status = invoice.status.moveTo(InvoiceStatus.OVERDUE);
                        events.add(new InvoiceOverdue(invoice.id, invoice.network, invoice.number, invoice.seller,
                                invoice.payerMunicipalityId, invoice.payerCbsCode, invoice.dueDate, today, invoice.total,
                                invoice.paidAmount, invoice.outstanding()));
                    }
                    return events.isEmpty() ? Uni.createFrom().item(0)
                            : outbox.recordAll(events).replaceWith(events.size());
                });
    }
}
