package nl.municipalnetworks.finance.overdue;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.overdue.OverdueDtos.DueRemindersView;
import nl.municipalnetworks.finance.overdue.OverdueDtos.OverdueInvoiceView;
import nl.municipalnetworks.finance.overdue.OverdueDtos.OverduePayer;
import nl.municipalnetworks.finance.overdue.OverdueDtos.ReminderData;
import nl.municipalnetworks.finance.overdue.OverdueDtos.ReminderView;
import nl.municipalnetworks.finance.overdue.OverdueDtos.RemindersView;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The invoices past their due date and not paid, the reminders due by {@link ReminderSchedule}, and the reminders
 * the treasurer records. Overdue is read from the due date and today, not from the status, so a list is right
 * before the daily check has set the status. The treasurer records; the board and secretariat read the network's; a
 * member official its own municipality's.
 */
@ApplicationScoped
public class OverdueService {

    private static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE);
    /** The most days overdue first. */
    private static final String ORDER = "dueDate asc, seller asc, number asc, id asc";

    private final InvoiceRepository invoices;
    private final ReminderRepository reminders;
    private final FinanceClock clock;

    OverdueService(InvoiceRepository invoices, ReminderRepository reminders, FinanceClock clock) {
        this.invoices = invoices;
        this.reminders = reminders;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<OverdueInvoiceView>> overdueInvoices(Caller caller, String network, PageRequest page) {
        FinanceAccess.requireMayReadIn(caller, network);
        LocalDate today = clock.today();
        return PagedQuery.find(invoices, overdue(caller, network, today), ORDER, page)
                .flatMap(found -> views(found.items(), today).map(found::withItems));
    }

    /** Every overdue invoice whose next step is due today or earlier; not paged: a worklist. */
    @WithSession
    public Uni<DueRemindersView> dueReminders(Caller caller, String network) {
        FinanceAccess.requireMayReadIn(caller, network);
        LocalDate today = clock.today();
        Where where = overdue(caller, network, today);
        return invoices.list(where.condition() + " order by " + ORDER, where.parameters())
                .flatMap(found -> views(found, today))
                .map(views -> new DueRemindersView(network, today, views.stream()
                        .filter(v -> v.nextStep() != null && !today.isBefore(v.nextStepDueOn())).toList()));
    }

    @WithSession
    public Uni<RemindersView> reminders(Caller caller, UUID invoiceId) {
        return invoices.getExisting(invoiceId)
                .invoke(invoice -> FinanceAccess.requireMayReadMunicipality(caller, invoice.network, invoice.payerCbsCode))
                .flatMap(invoice -> reminders.of(List.of(invoice.id)).map(byInvoice -> remindersView(invoice,
                        byInvoice.getOrDefault(invoice.id, List.of()))));
    }

    /**
     * Records a step the treasurer took about an overdue invoice: the next one of {@link ReminderSchedule}, from its
     * day on, while the invoice is unpaid (409 otherwise).
     */
    @WithTransaction
    public Uni<ReminderView> record(Caller caller, UUID invoiceId, ReminderData request) {
        return invoices.findById(invoiceId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Invoice", invoiceId))
                .flatMap(invoice -> {
                    FinanceAccess.requireMayManage(caller, invoice.network);
                    LocalDate today = clock.today();
                    LocalDate sentOn = request.sentOn() == null ? today : request.sentOn();
                    if (sentOn.isAfter(today)) {
                        throw ProblemException.invalid("sentOn", "must not be in the future: record a reminder once it is sent");
                    }
                    if (!invoice.status.isOpen()) {
                        throw ProblemException.conflict("step", "invoice " + invoice.paymentReference + " is "
                                + invoice.status.name().toLowerCase().replace('_', ' ') + ": nothing to remind of");
                    }
                    return reminders.of(List.of(invoice.id)).flatMap(byInvoice -> {
                        Set<ReminderStep> taken = taken(byInvoice.getOrDefault(invoice.id, List.of()));
                        Optional<String> refusal = ReminderSchedule.refusal(request.step(), invoice.dueDate, taken, sentOn);
                        if (refusal.isPresent()) {
                            throw ProblemException.conflict("step", refusal.get());
                        }
                        ReminderEntity reminder = new ReminderEntity();
                        reminder.id = UUID.randomUUID();
                        reminder.invoiceId = invoice.id;
                        reminder.step = request.step();
                        reminder.sentOn = sentOn;
                        reminder.recordedBy = caller.username();
                        reminder.recordedAt = clock.now();
                        return reminders.persist(reminder).map(OverdueService::view);
                    });
                });
    }

    private static Where overdue(Caller caller, String network, LocalDate today) {
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("status in :open", "open", OPEN)
                .and("dueDate < :today", "today", today);
        if (!FinanceAccess.mayReadAllOf(caller, network)) {
            where.always("payerCbsCode = :cbs", Map.of("cbs", caller.municipality()));
        }
        return where;
    }

    private Uni<List<OverdueInvoiceView>> views(List<InvoiceEntity> found, LocalDate today) {
        return reminders.of(found.stream().map(i -> i.id).toList()).map(byInvoice -> found.stream().map(i -> {
            List<ReminderEntity> sent = byInvoice.getOrDefault(i.id, List.of());
            Optional<ReminderStep> next = ReminderSchedule.next(taken(sent));
            return new OverdueInvoiceView(i.id, i.number, i.seller, i.paymentReference,
                    new OverduePayer(i.payerMunicipalityId, i.payerCbsCode, i.payerName), i.status, i.dueDate,
                    ReminderSchedule.daysOverdue(i.dueDate, today), i.total, i.paidAmount, i.outstanding(),
                    sent.stream().map(OverdueService::view).toList(), next.orElse(null),
                    next.map(step -> ReminderSchedule.dueOn(step, i.dueDate)).orElse(null));
        }).toList());
    }

    private static RemindersView remindersView(InvoiceEntity invoice, List<ReminderEntity> sent) {
        Optional<ReminderStep> next = invoice.status.isOpen() ? ReminderSchedule.next(taken(sent)) : Optional.empty();
        return new RemindersView(invoice.id, invoice.dueDate, sent.stream().map(OverdueService::view).toList(),
                next.orElse(null), next.map(step -> ReminderSchedule.dueOn(step, invoice.dueDate)).orElse(null));
    }

    private static Set<ReminderStep> taken(List<ReminderEntity> sent) {
        Set<ReminderStep> steps = EnumSet.noneOf(ReminderStep.class);
        sent.forEach(r -> steps.add(r.step));
        return steps;
    }

    private static ReminderView view(ReminderEntity r) {
        return new ReminderView(r.id, r.invoiceId, r.step, r.sentOn, r.recordedBy, r.recordedAt);
    }
}
