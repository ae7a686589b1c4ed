package nl.municipalnetworks.finance.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.accounts.AccountsAdoptionRepository;
import nl.municipalnetworks.finance.accounts.AccountsMapper;
import nl.municipalnetworks.finance.bill.BillStatus;
import nl.municipalnetworks.finance.budget.BudgetEntity;
import nl.municipalnetworks.finance.budget.BudgetLine;
import nl.municipalnetworks.finance.budget.BudgetLineEntity;
import nl.municipalnetworks.finance.budget.BudgetLineRepository;
import nl.municipalnetworks.finance.budget.BudgetLines;
import nl.municipalnetworks.finance.budget.BudgetMapper;
import nl.municipalnetworks.finance.budget.BudgetRepository;
import nl.municipalnetworks.finance.budget.BudgetStatus;
import nl.municipalnetworks.finance.budget.LineKind;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.PayerContribution;
import nl.municipalnetworks.finance.contribution.ContributionPreviewService;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.report.ReportDtos.AccountsLine;
import nl.municipalnetworks.finance.report.ReportDtos.AccountsStatus;
import nl.municipalnetworks.finance.report.ReportDtos.ActualsLine;
import nl.municipalnetworks.finance.report.ReportDtos.AnnualAccounts;
import nl.municipalnetworks.finance.report.ReportDtos.BudgetActuals;
import nl.municipalnetworks.finance.report.ReportDtos.BudgetRef;
import nl.municipalnetworks.finance.report.ReportDtos.HalfYearLine;
import nl.municipalnetworks.finance.report.ReportDtos.HalfYearReport;
import nl.municipalnetworks.finance.report.ReportDtos.HalfYearSums;
import nl.municipalnetworks.finance.report.ReportDtos.Sums;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A network's budget of a year next to what happened, at a date: the actuals per line, the half-year report (BERAP:
 * actual to 30 June and the forecast for the year) and the annual accounts (income and expenses per category, and
 * the result).
 *
 * <p>Actuals, by line code:
 * <ul>
 *   <li>{@code CONTRIBUTIONS} (income): the invoices of the year issued up to the date in the network's own fee schemes
 *       (those whose payee is the network: M50's member contribution, not the G40 cities' fee to Platform31), net of
 *       VAT, leaving out invoices a credit note cancelled (status CREDITED); plus the collector's own contribution
 *       (Meierijstad is a member and is not invoiced: see the contribution preview's OWN_CONTRIBUTION), booked on the
 *       day the contribution run of its scheme first issued that year's invoices;</li>
 *   <li>expense lines: the bills dated in the year up to the date, including VAT, once approved (approved or paid);
 *       bills received but not yet approved are shown apart as awaiting approval.</li>
 * </ul>
 * The annual accounts count everything booked on the year: every bill dated in it and every contribution of the year,
 * whenever it was invoiced; they say whether the general assembly adopted them (when, at which meeting) or they are
 * still a draft. Adopted, their year's books are closed (accounts.ClosedBooks), so the figures stay as adopted.
 * The budget compared with is the adopted version; while none is adopted, the newest draft or proposal, for those who
 * read drafts (the officials of the members see reports against adopted budgets only).
 */
@ApplicationScoped
public class ReportService {

    private final BudgetRepository budgets;
    private final BudgetLineRepository budgetLines;
    private final ContributionPreviewService previews;
    private final AccountsAdoptionRepository adoptions;

    ReportService(BudgetRepository budgets, BudgetLineRepository budgetLines, ContributionPreviewService previews,
                  AccountsAdoptionRepository adoptions) {
        this.budgets = budgets;
        this.budgetLines = budgetLines;
        this.previews = previews;
        this.adoptions = adoptions;
    }

    /** The actuals from 1 January of {@code on}'s year to {@code on} (the treasurer, board and secretariat). */
    @WithSession
    public Uni<BudgetActuals> actuals(Caller caller, String network, LocalDate on) {
        FinanceAccess.requireMayReadAllOf(caller, network);
        return compare(network, on.getYear(), on, false).map(found -> {
            Comparison c = found.comparison();
            List<ActualsLine> lines = c.lines().stream().map(l -> new ActualsLine(l.code(), l.name(), l.kind(),
                    l.budget().amount(), l.actual().amount(), l.awaitingApproval().amount(), l.remaining().amount())).toList();
            return new BudgetActuals(network, on.getYear(), on, found.budget(), lines, sums(c, LineKind.INCOME),
                    sums(c, LineKind.EXPENSE), result(c));
        });
    }

    /** The half-year report of a year: actual to 30 June, forecast by {@link Forecast} (treasurer, board, secretariat). */
    @WithSession
    public Uni<HalfYearReport> halfYear(Caller caller, String network, int year) {
        FinanceAccess.requireMayReadAllOf(caller, network);
        LocalDate actualTo = LocalDate.of(year, 6, 30);
        return compare(network, year, actualTo, false).map(found -> {
            Comparison c = found.comparison();
            List<HalfYearLine> lines = c.lines().stream().map(l -> new HalfYearLine(l.code(), l.name(), l.kind(),
                    l.budget().amount(), l.actual().amount(), l.forecast().amount(),
                    l.forecast().minus(l.budget()).amount())).toList();
            return new HalfYearReport(network, year, actualTo, found.budget(), Forecast.RULE, lines,
                    halfYearSums(c, LineKind.INCOME), halfYearSums(c, LineKind.EXPENSE),
                    new HalfYearSums(c.result(ComparedLine::budget).amount(), c.result(ComparedLine::actual).amount(),
                            c.result(ComparedLine::forecast).amount()));
        });
    }

    /**
     * The annual accounts of a year, to 31 December (also the officials of the members: against the adopted budget),
     * adopted by the general assembly or still a draft.
     */
    @WithSession
    public Uni<AnnualAccounts> annualAccounts(Caller caller, String network, int year) {
        FinanceAccess.requireMayReadIn(caller, network);
        boolean adoptedOnly = !FinanceAccess.mayReadAllOf(caller, network);
        LocalDate end = LocalDate.of(year, 12, 31);
        // everything booked on the year: its bills, and its contributions whenever they were invoiced (a run for the
        // year held in January of the next still belongs to the year)
        return compare(network, year, DateRange.LATEST, adoptedOnly).flatMap(found -> adoptions.of(network, year).map(adopted -> {
            Comparison c = found.comparison();
            Function<ComparedLine, AccountsLine> line = l -> new AccountsLine(l.code(), l.name(), l.budget().amount(),
                    l.actual().amount(), l.difference().amount());
            return new AnnualAccounts(network, year, DutchTime.today().isAfter(end),
                    adopted == null ? AccountsStatus.DRAFT : AccountsStatus.ADOPTED,
                    adopted == null ? null : AccountsMapper.view(adopted), found.budget(),
                    c.of(LineKind.INCOME).stream().map(line).toList(), c.of(LineKind.EXPENSE).stream().map(line).toList(),
                    sums(c, LineKind.INCOME), sums(c, LineKind.EXPENSE), result(c));
        }));
    }

    private record Found(BudgetRef budget, Comparison comparison) {
    }

    private Uni<Found> compare(String network, int year, LocalDate on, boolean adoptedOnly) {
        return budgets.versions(network, year).flatMap(versions -> {
            BudgetEntity chosen = choose(versions, adoptedOnly).orElseThrow(() -> adoptedOnly && !versions.isEmpty()
                    ? ProblemException.notFound("An adopted budget of " + network + " for", year)
                    : ProblemException.notFound("A budget of " + network + " for", year));
            return budgetLines.ofYear(network, year).flatMap(allLines -> expenses(network, year, on)
                    .flatMap(byStatus -> contributions(network, year, on).map(income -> {
                        Map<UUID, Integer> versionOf = versions.stream().collect(Collectors.toMap(v -> v.id, v -> v.version));
                        BudgetLines lines = BudgetMapper.lines(allLines.stream().filter(l -> l.budgetId.equals(chosen.id)).toList());
                        // how the newest version that has a code names it
                        Map<String, BudgetLine> elsewhere = new HashMap<>();
                        allLines.stream()
                                .sorted(Comparator.comparing((BudgetLineEntity l) -> versionOf.get(l.budgetId)).reversed())
                                .forEach(l -> elsewhere.putIfAbsent(l.code, new BudgetLine(l.code, l.name, l.kind, new Money(l.amount))));
                        Map<String, Money> actual = new HashMap<>(byStatus.getOrDefault(true, Map.of()));
                        if (!income.isZero()) {
                            actual.merge(BudgetLine.CONTRIBUTIONS, income, Money::plus);
                        }
                        Comparison comparison = Comparison.of(lines, elsewhere, actual, byStatus.getOrDefault(false, Map.of()));
                        return new Found(new BudgetRef(chosen.id, chosen.version, chosen.status), comparison);
                    })));
        });
    }

    /** The adopted version; else, unless only adopted ones count, the newest ({@code versions} is newest first). */
    static Optional<BudgetEntity> choose(List<BudgetEntity> versions, boolean adoptedOnly) {
        Optional<BudgetEntity> adopted = versions.stream().filter(v -> v.status == BudgetStatus.ADOPTED).findFirst();
        return adopted.isPresent() || adoptedOnly ? adopted : versions.stream().findFirst();
    }

    /** Bills of the year dated up to {@code on}, by line: true = approved or paid (actual), false = awaiting approval. */
    private Uni<Map<Boolean, Map<String, Money>>> expenses(String network, int year, LocalDate on) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select b.budgetLine, b.status, sum(b.amountInclVat) from BillEntity b where b.network = :n "
                                + "and b.year = :y and b.billDate <= :on group by b.budgetLine, b.status", Object[].class)
                .setParameter("n", network).setParameter("y", year).setParameter("on", on).getResultList())
                .map(rows -> {
                    Map<Boolean, Map<String, Money>> byKind = new HashMap<>();
                    for (Object[] row : rows) {
                        boolean expense = ((BillStatus) row[1]).isExpense();
                        byKind.computeIfAbsent(expense, k -> new HashMap<>())
                                .merge((String) row[0], new Money((java.math.BigDecimal) row[2]), Money::plus);
                    }
                    return byKind;
                });
    }

    /**
     * The contributions of the year up to {@code on} in the network's own fee schemes: invoiced (net, not credited)
     * and the collector's own contribution once its scheme's run has invoiced the others.
     */
    private Uni<Money> contributions(String network, int year, LocalDate on) {
        String ofOwnSchemes = "from InvoiceEntity i where i.network = :n and i.year = :y "
                + "and i.feeSchemeId in (select s.id from FeeSchemeEntity s where s.network = :n and s.payee = :n)";
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select sum(i.netTotal) " + ofOwnSchemes + " and i.issueDate <= :on and i.status <> :credited",
                        java.math.BigDecimal.class)
                .setParameter("n", network).setParameter("y", year).setParameter("on", on)
                .setParameter("credited", InvoiceStatus.CREDITED).getSingleResultOrNull()
                .flatMap(invoiced -> session.createSelectionQuery(
                                "select i.feeSchemeId, min(i.issueDate) " + ofOwnSchemes + " group by i.feeSchemeId", Object[].class)
                        .setParameter("n", network).setParameter("y", year).getResultList()
                        .map(runs -> {
                            Set<UUID> runBy = new java.util.HashSet<>();
                            for (Object[] run : runs) {
                                if (!((LocalDate) run[1]).isAfter(on)) {
                                    runBy.add((UUID) run[0]);
                                }
                            }
                            return new Invoiced(invoiced == null ? Money.ZERO : new Money(invoiced), runBy);
                        })))
                .flatMap(invoiced -> invoiced.runBy().isEmpty() ? Uni.createFrom().item(invoiced.total())
                        : previews.computeFor(FinanceAccess.wholeNetwork(network), network, year).map(preview -> preview
                        .contributions().stream()
                        .filter(c -> "OWN_CONTRIBUTION".equals(c.kind()) && invoiced.runBy().contains(c.feeSchemeId()))
                        .map(PayerContribution::netTotal).map(Money::new).reduce(invoiced.total(), Money::plus)));
    }

    /** The contributions invoiced, and the own fee schemes whose run of the year had taken place by then. */
    private record Invoiced(Money total, Set<UUID> runBy) {
    }

    private static Sums sums(Comparison c, LineKind kind) {
        return new Sums(c.total(kind, ComparedLine::budget).amount(), c.total(kind, ComparedLine::actual).amount());
    }

    private static Sums result(Comparison c) {
        return new Sums(c.result(ComparedLine::budget).amount(), c.result(ComparedLine::actual).amount());
    }

    private static HalfYearSums halfYearSums(Comparison c, LineKind kind) {
        return new HalfYearSums(c.total(kind, ComparedLine::budget).amount(), c.total(kind, ComparedLine::actual).amount(),
                c.total(kind, ComparedLine::forecast).amount());
    }
}
