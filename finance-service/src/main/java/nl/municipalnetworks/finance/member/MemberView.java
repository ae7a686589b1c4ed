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

    /** Every membership of a network (ended ones too), oldest first. */
    public Uni<List<KnownMembership>> memberships(String network) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from KnownMembership where network = :n order by joinedOn nulls first, id",
                        KnownMembership.class)
                .setParameter("n", network).getResultList());
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
