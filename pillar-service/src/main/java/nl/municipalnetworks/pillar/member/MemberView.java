package nl.municipalnetworks.pillar.member;

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
 * Reads this service's view of municipalities, memberships and people, built from member-service's events.
 * Everything that decides "is this a member", "does this official work there" asks here, never member-service.
 */
@ApplicationScoped
public class MemberView {

    public Uni<KnownMunicipality> municipality(String field, UUID id) {
        return Panache.getSession().flatMap(session -> session.find(KnownMunicipality.class, id))
                .onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no municipality with id " + id
                        + " is known here (member-service registers municipalities)"));
    }

    public Uni<KnownPerson> person(String field, UUID id) {
        return Panache.getSession().flatMap(session -> session.find(KnownPerson.class, id))
                .onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no person with id " + id
                        + " is known here (member-service registers people)"));
    }

    public Uni<Map<UUID, KnownPerson>> people(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("from KnownPerson where id in :ids", KnownPerson.class)
                        .setParameter("ids", ids).getResultList())
                .map(found -> found.stream().collect(Collectors.toMap(p -> p.id, Function.identity())));
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

    /** The memberships of a municipality in a network, oldest first. */
    public Uni<List<KnownMembership>> memberships(UUID municipalityId, String network) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from KnownMembership where municipalityId = :m and network = :n order by joinedOn nulls first",
                        KnownMembership.class)
                .setParameter("m", municipalityId).setParameter("n", network).getResultList());
    }

    public static boolean isMemberOn(List<KnownMembership> memberships, LocalDate day) {
        return memberships.stream().anyMatch(m -> m.isMemberOn(day));
    }
}
