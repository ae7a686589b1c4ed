package nl.municipalnetworks.finance.bill;

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
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.accounts.ClosedYears;
import nl.municipalnetworks.finance.bill.BillDtos.BillData;
import nl.municipalnetworks.finance.bill.BillDtos.BillView;
import nl.municipalnetworks.finance.bill.BillDtos.PaymentData;
import nl.municipalnetworks.finance.budget.BudgetLineEntity;
import nl.municipalnetworks.finance.budget.BudgetLineRepository;
import nl.municipalnetworks.finance.budget.LineKind;
import nl.municipalnetworks.finance.money.Money;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The bills a network pays (Platform31's fee, the lobby bureau, the secretariat, communication): the treasurer
 * records them on an expense line of the network's budget of the bill's year, approves them and records their
 * payment; the board and the secretariat read them.
 */
@ApplicationScoped
public class BillService {

    static final Map<String, String> SORTABLE = Map.of("date", "billDate", "dueDate", "dueDate", "supplier", "supplier",
            "amountInclVat", "amountInclVat");
    private static final String DEFAULT_ORDER = "billDate desc, supplier asc, id asc";

    private final BillRepository bills;
    private final BudgetLineRepository budgetLines;
    private final ClosedYears closedYears;

    BillService(BillRepository bills, BudgetLineRepository budgetLines, ClosedYears closedYears) {
        this.bills = bills;
        this.budgetLines = budgetLines;
        this.closedYears = closedYears;
    }

    @WithSession
    public Uni<Page<BillView>> list(Caller caller, String network, Integer year, BillStatus status, String budgetLine,
                                    String sort, PageRequest page) {
        FinanceAccess.requireMayReadAllOf(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("year = :year", "year", year)
                .and("status = :status", "status", status)
                .and("budgetLine = :line", "line", budgetLine);
        return PagedQuery.find(bills, where, orderBy, page).map(found -> found.map(BillService::view));
    }

    @WithSession
    public Uni<BillView> get(Caller caller, UUID id) {
        return bills.getExisting(id).invoke(bill -> FinanceAccess.requireMayReadAllOf(caller, bill.network)).map(BillService::view);
    }

    /**
     * Records a bill as received. Its budget line must be an expense line of the network's budget of the bill's year
     * (in any version of it: the adopted one, or an amendment being drafted); otherwise a 400 on budgetLine. A bill
     * dated in a year whose annual accounts were adopted is refused (409 on date: {@link ClosedYears}).
     */
    @WithTransaction
    public Uni<BillView> create(Caller caller, BillData request) {
        FinanceAccess.requireMayManage(caller, request.network());
        BillAmount amount = amount(request);
        if (request.dueDate().isBefore(request.date())) {
            throw ProblemException.invalid("dueDate", "must not be before the bill's date " + request.date());
        }
        int year = request.date().getYear();
        return closedYears.requireOpen(request.network(), year, "date", "a bill dated " + request.date() + " cannot be recorded")
                .flatMap(open -> budgetLines.ofYear(request.network(), year))
                .invoke(lines -> requireExpenseLine(request.network(), year, request.budgetLine(), lines))
                .flatMap(lines -> request.supplierReference() == null ? Uni.createFrom().item(0L)
                        : bills.count("network = ?1 and lower(supplier) = lower(?2) and supplierReference = ?3",
                        request.network(), request.supplier(), request.supplierReference()))
                .flatMap(same -> {
                    if (same > 0) {
                        throw ProblemException.conflict("supplierReference", request.supplier() + "'s bill "
                                + request.supplierReference() + " is already recorded for " + request.network());
                    }
                    BillEntity bill = new BillEntity();
                    bill.id = UUID.randomUUID();
                    bill.network = request.network();
                    bill.year = year;
                    bill.supplier = request.supplier();
                    bill.supplierReference = request.supplierReference();
                    bill.description = request.description();
                    bill.amountExclVat = amount.exclVat().amount();
                    bill.amountInclVat = amount.inclVat().amount();
                    bill.billDate = request.date();
                    bill.dueDate = request.dueDate();
                    bill.budgetLine = request.budgetLine();
                    bill.status = BillStatus.RECEIVED;
                    bill.receivedBy = caller.username();
                    return bills.persist(bill);
                })
                .map(BillService::view);
    }

    /**
     * Received to approved: the treasurer accepts the bill as an expense of the network. Not once the accounts of the
     * bill's year were adopted (409): approving would add an expense to the accounts the general assembly adopted.
     */
    @WithTransaction
    public Uni<BillView> approve(Caller caller, UUID id) {
        return bills.getForUpdate(id).flatMap(bill -> {
            FinanceAccess.requireMayManage(caller, bill.network);
            return closedYears.requireOpen(bill.network, bill.year, null, "bill " + describe(bill) + " cannot be approved")
                    .map(open -> {
                        move(bill, BillStatus.APPROVED);
                        bill.approvedOn = DutchTime.today();
                        bill.approvedBy = caller.username();
                        return view(bill);
                    });
        });
    }

    /**
     * Approved to paid, on the day the collector paid it: not in the future, not before the bill's date, and not in a
     * year whose accounts were adopted (409 on paidOn). An approved bill of a closed year is paid on a day of an open
     * year: it is an expense of the adopted accounts already, and its payment changes nothing in them.
     */
    @WithTransaction
    public Uni<BillView> pay(Caller caller, UUID id, PaymentData request) {
        return bills.getForUpdate(id).flatMap(bill -> {
            FinanceAccess.requireMayManage(caller, bill.network);
            if (request.paidOn().isAfter(DutchTime.today())) {
                throw ProblemException.invalid("paidOn", "must not be in the future: record a payment once it is made");
            }
            if (request.paidOn().isBefore(bill.billDate)) {
                throw ProblemException.invalid("paidOn", "must not be before the bill's date " + bill.billDate);
            }
            return closedYears.requireOpen(bill.network, request.paidOn(), "paidOn", "bill " + describe(bill)
                            + " cannot be recorded as paid on " + request.paidOn())
                    .map(open -> {
                        move(bill, BillStatus.PAID);
                        bill.paidOn = request.paidOn();
                        return view(bill);
                    });
        });
    }

    /** A bill as the treasurer knows it: the supplier, its number, the date. */
    private static String describe(BillEntity bill) {
        return bill.supplier + (bill.supplierReference == null ? "" : " " + bill.supplierReference) + " of " + bill.billDate;
    }

    private static BillAmount amount(BillData request) {
        try {
            return new BillAmount(new Money(request.amountExclVat()), new Money(request.amountInclVat()));
        } catch (BillAmount.Invalid e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
    }

    private static void requireExpenseLine(String network, int year, String code, List<BudgetLineEntity> lines) {
        if (lines.isEmpty()) {
            throw ProblemException.invalid("budgetLine", network + " has no budget for " + year
                    + " (the year of the bill's date): draft it first");
        }
        boolean expense = lines.stream().anyMatch(l -> l.code.equals(code) && l.kind == LineKind.EXPENSE);
        if (!expense) {
            boolean income = lines.stream().anyMatch(l -> l.code.equals(code));
            TreeSet<String> expenses = new TreeSet<>();
            lines.stream().filter(l -> l.kind == LineKind.EXPENSE).forEach(l -> expenses.add(l.code));
            throw ProblemException.invalid("budgetLine", (income ? code + " is an income line" : "no line " + code)
                    + " in " + network + "'s budget for " + year + "; its expense lines are " + String.join(", ", expenses));
        }
    }

    private static void move(BillEntity bill, BillStatus target) {
        try {
            bill.status = bill.status.moveTo(target);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    static BillView view(BillEntity b) {
        return new BillView(b.id, b.network, b.year, b.supplier, b.supplierReference, b.description, b.amountExclVat,
                b.amountInclVat.subtract(b.amountExclVat), b.amountInclVat, b.billDate, b.dueDate, b.budgetLine,
                b.status, b.receivedBy, b.approvedOn, b.approvedBy, b.paidOn);
    }
}
