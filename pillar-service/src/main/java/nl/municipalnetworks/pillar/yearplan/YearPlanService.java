package nl.municipalnetworks.pillar.yearplan;

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
import nl.municipalnetworks.pillar.access.PillarAccess;
import nl.municipalnetworks.pillar.pillar.Pillar;
import nl.municipalnetworks.pillar.pillar.PillarRepository;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.EvaluationData;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.EvaluationView;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.GoalView;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.NewGoal;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.YearPlanData;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.YearPlanView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class YearPlanService {

    static final Map<String, String> SORTABLE = Map.of("year", "year");
    private static final String DEFAULT_ORDER = "year desc, id asc";

    private final YearPlanRepository plans;
    private final PillarRepository pillars;

    YearPlanService(YearPlanRepository plans, PillarRepository pillars) {
        this.plans = plans;
        this.pillars = pillars;
    }

    /** A network's year plans, optionally of one year or one pillar (public). */
    @WithSession
    public Uni<Page<YearPlanView>> list(String network, Integer year, UUID pillarId, String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("year = :year", "year", year)
                .and("pillarId = :pillarId", "pillarId", pillarId);
        return PagedQuery.find(plans, where, orderBy, page)
                .flatMap(found -> views(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<YearPlanView> get(UUID id) {
        return plans.getExisting(id).flatMap(plan -> views(List.of(plan))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<YearPlanView> create(Caller caller, YearPlanData request) {
        return pillars.getReferenced("pillarId", request.pillarId()).flatMap(pillar -> {
            PillarAccess.requireMayManagePillar(caller, pillar.network, pillar.code);
            YearPlanRules.requirePillarRunsIn(request.year(), pillar.validFrom, pillar.validTo);
            return plans.find("pillarId = ?1 and year = ?2", pillar.id, request.year()).firstResult().flatMap(existing -> {
                if (existing != null) {
                    throw ProblemException.conflict("year", pillar.name + " already has a year plan for " + request.year());
                }
                YearPlan plan = new YearPlan();
                plan.id = UUID.randomUUID();
                plan.network = pillar.network;
                plan.pillarId = pillar.id;
                plan.year = request.year();
                plan.focusFirstHalf = request.focusFirstHalf();
                plan.focusSecondHalf = request.focusSecondHalf();
                Uni<Void> saved = plans.persist(plan).replaceWithVoid();
                List<String> priorities = request.priorities() == null ? List.of() : request.priorities();
                for (int i = 0; i < priorities.size(); i++) {
                    YearPlanPriority priority = new YearPlanPriority();
                    priority.id = UUID.randomUUID();
                    priority.yearPlanId = plan.id;
                    priority.position = i + 1;
                    priority.description = priorities.get(i).strip();
                    saved = saved.flatMap(ignored -> plans.persistPart(priority));
                }
                List<String> goals = request.goals() == null ? List.of() : request.goals();
                for (int i = 0; i < goals.size(); i++) {
                    YearPlanGoal goal = goal(plan.id, i + 1, goals.get(i));
                    saved = saved.flatMap(ignored -> plans.persistPart(goal));
                }
                return saved.replaceWith(plan);
            });
        }).flatMap(plan -> plans.flush().replaceWith(plan)).flatMap(plan -> views(List.of(plan))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<YearPlanView> addGoal(Caller caller, UUID planId, NewGoal request) {
        return managed(caller, planId).flatMap(plan -> plans.goals(List.of(plan.id))
                .flatMap(goals -> plans.persistPart(goal(plan.id, goals.size() + 1, request.description())))
                .flatMap(ignored -> plans.flush())
                .flatMap(ignored -> views(List.of(plan)))).map(list -> list.get(0));
    }

    /** Records how a goal stood on a day; one evaluation per goal per day. */
    @WithTransaction
    public Uni<YearPlanView> evaluate(Caller caller, UUID planId, UUID goalId, EvaluationData request) {
        return managed(caller, planId).flatMap(plan -> {
            YearPlanRules.requireEvaluationDate(plan.year, request.evaluatedOn(), DutchTime.today());
            return plans.goal(plan.id, goalId)
                    .flatMap(goal -> plans.evaluationOn(goal.id, request.evaluatedOn()).flatMap(existing -> {
                        if (existing != null) {
                            throw ProblemException.conflict("evaluatedOn", "this goal was already evaluated on " + request.evaluatedOn());
                        }
                        GoalEvaluation evaluation = new GoalEvaluation();
                        evaluation.id = UUID.randomUUID();
                        evaluation.goalId = goal.id;
                        evaluation.evaluatedOn = request.evaluatedOn();
                        evaluation.outcome = request.outcome();
                        evaluation.remarks = request.remarks();
                        return plans.persistPart(evaluation);
                    }))
                    .flatMap(ignored -> plans.flush())
                    .flatMap(ignored -> views(List.of(plan)));
        }).map(list -> list.get(0));
    }

    private Uni<YearPlan> managed(Caller caller, UUID planId) {
        return plans.getExisting(planId).flatMap(plan -> pillars.codeOf(plan.pillarId)
                .invoke(code -> PillarAccess.requireMayManagePillar(caller, plan.network, code))
                .replaceWith(plan));
    }

    private static YearPlanGoal goal(UUID planId, int position, String description) {
        YearPlanGoal goal = new YearPlanGoal();
        goal.id = UUID.randomUUID();
        goal.yearPlanId = planId;
        goal.position = position;
        goal.description = description.strip();
        return goal;
    }

    private Uni<List<YearPlanView>> views(List<YearPlan> found) {
        List<UUID> planIds = found.stream().map(p -> p.id).toList();
        List<UUID> pillarIds = found.stream().map(p -> p.pillarId).distinct().toList();
        Uni<List<Pillar>> pillarList = pillarIds.isEmpty() ? Uni.createFrom().item(List.of()) : pillars.list("id in ?1", pillarIds);
        return pillarList.flatMap(foundPillars -> plans.priorities(planIds).flatMap(priorities -> plans.goals(planIds)
                .flatMap(goals -> plans.evaluations(goals.stream().map(g -> g.id).toList()).map(evaluations -> {
                    Map<UUID, Pillar> pillarById = foundPillars.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
                    List<YearPlanView> views = new ArrayList<>();
                    for (YearPlan plan : found) {
                        List<GoalView> goalViews = goals.stream().filter(g -> g.yearPlanId.equals(plan.id)).map(g -> {
                            List<EvaluationView> ofGoal = evaluations.stream().filter(e -> e.goalId.equals(g.id))
                                    .map(e -> new EvaluationView(e.id, e.evaluatedOn, e.outcome, e.remarks)).toList();
                            return new GoalView(g.id, g.position, g.description,
                                    ofGoal.isEmpty() ? null : ofGoal.get(ofGoal.size() - 1).outcome(), ofGoal);
                        }).toList();
                        views.add(new YearPlanView(plan.id, plan.network, plan.pillarId, pillarById.get(plan.pillarId).name,
                                plan.year, plan.focusFirstHalf, plan.focusSecondHalf,
                                priorities.stream().filter(p -> p.yearPlanId.equals(plan.id)).map(p -> p.description).toList(),
                                goalViews));
                    }
                    return views;
                }))));
    }
}
