package nl.municipalnetworks.pillar.yearplan;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Year plans with their priorities, goals and evaluations. */
@ApplicationScoped
public class YearPlanRepository implements PanacheRepositoryBase<YearPlan, UUID> {

    public Uni<YearPlan> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Year plan", id));
    }

    public Uni<List<YearPlanPriority>> priorities(Collection<UUID> planIds) {
        return ofPlans(YearPlanPriority.class, planIds);
    }

    public Uni<List<YearPlanGoal>> goals(Collection<UUID> planIds) {
        return ofPlans(YearPlanGoal.class, planIds);
    }

    public Uni<YearPlanGoal> goal(UUID planId, UUID goalId) {
        return getSession().flatMap(session -> session
                        .createSelectionQuery("from YearPlanGoal where id = :id and yearPlanId = :plan", YearPlanGoal.class)
                        .setParameter("id", goalId).setParameter("plan", planId).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Goal", goalId));
    }

    public Uni<List<GoalEvaluation>> evaluations(Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from GoalEvaluation where goalId in :ids order by evaluatedOn", GoalEvaluation.class)
                .setParameter("ids", goalIds).getResultList());
    }

    public Uni<GoalEvaluation> evaluationOn(UUID goalId, LocalDate day) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("from GoalEvaluation where goalId = :goal and evaluatedOn = :day", GoalEvaluation.class)
                .setParameter("goal", goalId).setParameter("day", day).getSingleResultOrNull());
    }

    /** Priorities, goals and evaluations: the parts of a plan. */
    public Uni<Void> persistPart(Object entity) {
        return getSession().flatMap(session -> session.persist(entity));
    }

    private <T> Uni<List<T>> ofPlans(Class<T> type, Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from " + type.getSimpleName() + " where yearPlanId in :ids order by position", type)
                .setParameter("ids", planIds).getResultList());
    }
}
