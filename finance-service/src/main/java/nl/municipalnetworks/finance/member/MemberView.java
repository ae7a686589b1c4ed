package nl.municipalnetworks.finance.member;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads this service's view of municipalities, memberships and population counts, built from member-service's
 * events. "Is this a member", "how many inhabitants" is asked here, never of member-service.
 */
@ApplicationScoped
public class MemberView {

    private static final String MEMBERS_OF_NETWORK = "select s.municipalityId from KnownMembership s where s.network = :n";

    public Uni<KnownMunicipality> municipality(String field, UUID id) {
        return Panache.getSession().flatMap(session -> session.find(KnownMunicipality.class, id))
                .onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no municipality with id " + id
                        + " is known here (member-service registers municipalities)"));
    }

    public Uni<Map<UUID, KnownMunicipality>> municipalities(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("from KnownMunicipality where id in :ids", KnownMunicipality.class)
                        .setParameter("ids", ids).getResultList())
                .map(found -> found.stream().collect(Collectors.toMap(m -> m.id, Function.identity())));
    }

    /**
     * The municipalities with a membership of {@code network} (ended ones too) and those of {@code others} (e.g.
     * agreement payers), read-only: for a computation over a whole network, which may have 100,000 members in a
     * benchmark, so asked by network rather than by a list of ids.
     */
    public Uni<Map<UUID, KnownMunicipality>> municipalitiesOf(String network, Collection<UUID> others) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery("from KnownMunicipality m where m.id in (" + MEMBERS_OF_NETWORK + ")"
                    + (others.isEmpty() ? "" : " or m.id in :others"), KnownMunicipality.class).setParameter("n", network);
            if (!others.isEmpty()) {
                query.setParameter("others", others);
            }
            return query.setReadOnly(true).getResultList();
        }).map(found -> found.stream().collect(Collectors.toMap(m -> m.id, Function.identity())));
    }

    /** The counts on these reference dates of the municipalities {@link #municipalitiesOf} answers, read-only. */
    public Uni<Map<PopulationCount.Key, Long>> populationsOf(String network, Collection<UUID> others,
                                                           Collection<LocalDate> referenceDates) {
        if (referenceDates.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery("from PopulationCount c where c.referenceDate in :d and (c.municipalityId in ("
                    + MEMBERS_OF_NETWORK + ")" + (others.isEmpty() ? "" : " or c.municipalityId in :others") + ")",
                    PopulationCount.class).setParameter("n", network).setParameter("d", referenceDates);
            if (!others.isEmpty()) {
                query.setParameter("others", others);
            }
            return query.setReadOnly(true).getResultList();
        }).map(found -> found.stream().collect(Collectors.toMap(
                c -> new PopulationCount.Key(c.municipalityId, c.referenceDate), c -> c.inhabitants)));
    }

    /** Every membership of a network (ended ones too), oldest first. */
    public Uni<List<KnownMembership>> memberships(String network) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from KnownMembership where network = :n order by joinedOn nulls first, id",
                        KnownMembership.class)
                .setParameter("n", network).setReadOnly(true).getResultList());
    }

    /** The counts of these municipalities on these reference dates, by municipality and date. */
    public Uni<Map<PopulationCount.Key, Long>> populations(Collection<UUID> municipalityIds, Collection<LocalDate> referenceDates) {
        if (municipalityIds.isEmpty() || referenceDates.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("from PopulationCount where municipalityId in :m and referenceDate in :d",
                                PopulationCount.class)
                        .setParameter("m", municipalityIds).setParameter("d", referenceDates).getResultList())
                .map(found -> found.stream().collect(Collectors.toMap(
                        c -> new PopulationCount.Key(c.municipalityId, c.referenceDate), c -> c.inhabitants)));
    }
}
