package nl.municipalnetworks.events.member;

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
 * Reads this service's view of municipalities and memberships, built from member-service's events. "Is this
 * municipality a member" is asked here, never of member-service.
 */
@ApplicationScoped
public class MemberView {

    /** The municipality an official's token names (by CBS code): one with a running membership first; null if unknown. */
    public Uni<KnownMunicipality> byCbsCode(String cbsCode) {
        if (cbsCode == null) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from KnownMunicipality where cbsCode = :c and mergedInto is null order by name, id", KnownMunicipality.class)
                .setParameter("c", cbsCode).getResultList()
                .flatMap(found -> found.size() <= 1 ? Uni.createFrom().item(found.isEmpty() ? null : found.get(0))
                        : session.createSelectionQuery("select s.municipalityId from KnownMembership s where s.municipalityId in :ids "
                                        + "and s.endedOn is null", UUID.class)
                                .setParameter("ids", found.stream().map(m -> m.id).toList()).getResultList()
                                .map(running -> found.stream().filter(m -> running.contains(m.id)).findFirst().orElse(found.get(0)))));
    }

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

    public Uni<List<KnownMembership>> membershipsOf(UUID municipalityId) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from KnownMembership where municipalityId = :m", KnownMembership.class)
                .setParameter("m", municipalityId).getResultList());
    }

    /** Whether the municipality is a member of one of these networks on this day. */
    public Uni<Boolean> isMemberOfAny(UUID municipalityId, Collection<String> networks, LocalDate day) {
        return membershipsOf(municipalityId).map(memberships -> memberships.stream()
                .anyMatch(m -> networks.contains(m.network) && m.isMemberOn(day)));
    }
}
