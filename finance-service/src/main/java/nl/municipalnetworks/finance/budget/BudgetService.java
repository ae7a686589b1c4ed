package nl.municipalnetworks.finance.budget;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.Problem;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.budget.BudgetDtos.AdoptionData;
import nl.municipalnetworks.finance.budget.BudgetDtos.BudgetData;
import nl.municipalnetworks.finance.budget.BudgetDtos.BudgetView;
import nl.municipalnetworks.finance.budget.BudgetDtos.LineData;
import nl.municipalnetworks.finance.budget.BudgetDtos.LinesData;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A network's budgets: the treasurer drafts version 1, proposes it to the general assembly (or withdraws the
 * proposal), records the adoption ({@link BudgetAdoption}), and drafts an amendment of an adopted budget as a new
 * version. The lifecycle is {@link BudgetStatus}; the lines are checked by {@link BudgetLine} and {@link BudgetLines}.
 */
@ApplicationScoped
public class BudgetService {

    static final Map<String, String> SORTABLE = Map.of("year", "year", "version", "version");
    private static final String DEFAULT_ORDER = "year desc, version desc, id asc";

    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final BudgetAdoption adoption;

    BudgetService(BudgetRepository budgets, BudgetLineRepository lines, BudgetAdoption adoption) {
        this.budgets = budgets;
        this.lines = lines;
        this.adoption = adoption;
    }

    /** Every version for the treasurer, board and secretariat; the adopted ones for the officials of the members. */
    @WithSession
    public Uni<Page<BudgetView>> list(Caller caller, String network, Integer year, BudgetStatus status, String sort,
                                      PageRequest page) {
        FinanceAccess.requireMayReadIn(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("year = :year", "year", year)
                .and("status = :status", "status", status);
        if (!FinanceAccess.mayReadAllOf(caller, network)) {
            where.always("status in :adopted", Map.of("adopted", EnumSet.of(BudgetStatus.ADOPTED, BudgetStatus.SUPERSEDED)));
        }
        return PagedQuery.find(budgets, where, orderBy, page).flatMap(found -> lines.of(found.items().stream().map(b -> b.id).toList())
                .map(byBudget -> found.map(b -> BudgetMapper.view(b, byBudget.getOrDefault(b.id, List.of())))));
    }

    @WithSession
    public Uni<BudgetView> get(Caller caller, UUID id) {
        return budgets.getExisting(id)
                .invoke(b -> FinanceAccess.requireMayReadBudget(caller, b.network, b.status.wasAdopted()))
                .flatMap(this::view);
    }

    /**
     * Version 1 of a network's budget for a year, a draft. A network has one budget a year: when it exists, a 409
     * says to edit its draft or amend the adopted one.
     */
    @WithTransaction
    public Uni<BudgetView> create(Caller caller, BudgetData request) {
        FinanceAccess.requireMayManage(caller, request.network());
        BudgetLines checked = check(request.lines());
        return lockYear(request.network(), request.year())
                .flatMap(locked -> budgets.versions(request.network(), request.year()))
                .flatMap(existing -> {
                    if (!existing.isEmpty()) {
                        BudgetEntity newest = existing.get(0);
                        throw ProblemException.conflict("year", request.network() + " already has a budget for "
                                + request.year() + " (version " + newest.version + ", " + newest.status.name().toLowerCase()
                                + ", id " + newest.id + "): edit its draft, or amend the adopted budget");
                    }
                    BudgetEntity budget = new BudgetEntity();
                    budget.id = UUID.randomUUID();
                    budget.network = request.network();
                    budget.year = request.year();
                    budget.version = 1;
                    budget.status = BudgetStatus.DRAFT;
                    budget.createdOn = DutchTime.today();
                    return budgets.persist(budget).flatMap(saved -> store(saved, checked));
                });
    }

    /** Replaces the lines of a draft; a proposed version is withdrawn first, an adopted one amended (409). */
    @WithTransaction
    public Uni<BudgetView> replaceLines(Caller caller, UUID id, LinesData request) {
        return budgets.getForUpdate(id).flatMap(budget -> {
            FinanceAccess.requireMayManage(caller, budget.network);
            BudgetLines checked = check(request.lines());
            if (!budget.status.isEditable()) {
                throw ProblemException.conflict("only a draft's lines change; this budget is " + budget.status.name().toLowerCase()
                        + (budget.status == BudgetStatus.PROPOSED ? ": withdraw the proposal first"
                        : budget.status.wasAdopted() ? ": an adopted budget is changed by an amendment" : ""));
            }
            return lines.delete("budgetId", budget.id).flatMap(deleted -> store(budget, checked));
        });
    }

    /** Draft to proposed: the treasurer puts it before the general assembly. */
    @WithTransaction
    public Uni<BudgetView> propose(Caller caller, UUID id) {
        return budgets.getForUpdate(id).flatMap(budget -> {
            FinanceAccess.requireMayManage(caller, budget.network);
            move(budget, BudgetStatus.PROPOSED);
            budget.proposedOn = DutchTime.today();
            return view(budget);
        });
    }

    /** Proposed back to draft: the proposal is withdrawn (to change it, or because the meeting did not adopt it). */
    @WithTransaction
    public Uni<BudgetView> withdrawProposal(Caller caller, UUID id) {
        return budgets.getForUpdate(id).flatMap(budget -> {
            FinanceAccess.requireMayManage(caller, budget.network);
            if (budget.status != BudgetStatus.PROPOSED) {
                throw ProblemException.conflict("there is no proposal to withdraw: this budget is " + budget.status.name().toLowerCase());
            }
            move(budget, BudgetStatus.DRAFT);
            budget.proposedOn = null;
            return view(budget);
        });
    }

    /** The treasurer records, by hand, the general assembly's adoption of a proposed version. */
    @WithTransaction
    public Uni<BudgetView> adopt(Caller caller, UUID id, AdoptionData request) {
        // locked as it is read: two adoptions at once take turns, and the second finds it adopted (409)
        return budgets.getForUpdate(id).flatMap(budget -> {
            FinanceAccess.requireMayManage(caller, budget.network);
            return adoption.adopt(id, new BudgetAdoption.Decision(request.meetingName(), request.meetingDate(),
                    request.decidedBy(), caller.username()));
        });
    }

    /**
     * A new draft version that amends the adopted one, with its lines to start from. Only the version in force is
     * amended, and one version at a time is worked on (409 otherwise).
     */
    @WithTransaction
    public Uni<BudgetView> amend(Caller caller, UUID id) {
        // locked as it is read, as the adoption of an amendment locks the version it supersedes
        return budgets.getForUpdate(id).flatMap(adopted -> {
            FinanceAccess.requireMayManage(caller, adopted.network);
            return lockYear(adopted.network, adopted.year)
                    .flatMap(locked -> budgets.versions(adopted.network, adopted.year))
                    .flatMap(versions -> {
                        BudgetEntity current = versions.stream().filter(v -> v.id.equals(id)).findFirst().orElseThrow();
                        if (current.status != BudgetStatus.ADOPTED) {
                            throw ProblemException.conflict("only the adopted budget in force is amended; this version is "
                                    + current.status.name().toLowerCase());
                        }
                        versions.stream().filter(v -> v.status.isOpen()).findFirst().ifPresent(open -> {
                            throw ProblemException.conflict("version " + open.version + " (" + open.status.name().toLowerCase()
                                    + ", id " + open.id + ") is already being worked on: change that one");
                        });
                        BudgetEntity amendment = new BudgetEntity();
                        amendment.id = UUID.randomUUID();
                        amendment.network = current.network;
                        amendment.year = current.year;
                        amendment.version = versions.get(0).version + 1;
                        amendment.status = BudgetStatus.DRAFT;
                        amendment.amendsBudgetId = current.id;
                        amendment.createdOn = DutchTime.today();
                        return lines.of(current.id).flatMap(found -> budgets.persist(amendment)
                                .flatMap(saved -> store(saved, BudgetMapper.lines(found))));
                    });
        });
    }

    /** The status change the lifecycle allows, or a 409 saying which it does. */
    static void move(BudgetEntity budget, BudgetStatus target) {
        try {
            budget.status = budget.status.moveTo(target);
        } catch (BudgetStatus.IllegalBudgetTransition e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    /** The lines of a request as the domain has them, or a 400 naming each wrong one (lines[2].amount). */
    static BudgetLines check(List<LineData> requested) {
        List<BudgetLine> checked = new ArrayList<>();
        List<Problem.InvalidParam> problems = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            LineData line = requested.get(i);
            if (line == null) {
                problems.add(new Problem.InvalidParam("lines[" + i + "]", "is required: a line with code, name, kind and amount"));
                continue;
            }
            try {
                checked.add(BudgetLine.of(line.code(), line.name(), line.kind(), line.amount()));
            } catch (BudgetLine.Invalid e) {
                problems.add(new Problem.InvalidParam("lines[" + i + "]." + e.field(), e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            try {
                return new BudgetLines(checked);
            } catch (BudgetLines.DuplicateCode e) {
                problems.add(new Problem.InvalidParam("lines[" + e.index() + "].code", e.getMessage()));
            }
        }
        throw ProblemException.invalid(String.join("; ", problems.stream().map(p -> p.name() + ": " + p.reason()).toList()),
                problems);
    }

    /** One change of a network's budgets of a year at a time (a new version is numbered after the newest). */
    private static Uni<Long> lockYear(String network, int year) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) as locked", Long.class)
                .setParameter(1, "budget:" + network + ":" + year).getSingleResult());
    }

    private Uni<BudgetView> store(BudgetEntity budget, BudgetLines checked) {
        List<BudgetLineEntity> stored = new ArrayList<>();
        for (int i = 0; i < checked.lines().size(); i++) {
            BudgetLine line = checked.lines().get(i);
            BudgetLineEntity entity = new BudgetLineEntity();
            entity.id = UUID.randomUUID();
            entity.budgetId = budget.id;
            entity.position = i;
            entity.code = line.code();
            entity.name = line.name();
            entity.kind = line.kind();
            entity.amount = line.amount().amount();
            stored.add(entity);
        }
        return lines.persist(stored).map(ignored -> BudgetMapper.view(budget, stored));
    }

    private Uni<BudgetView> view(BudgetEntity budget) {
        return lines.of(budget.id).map(found -> BudgetMapper.view(budget, found));
    }
}
