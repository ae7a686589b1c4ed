package nl.municipalnetworks.member.membership;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public Uni<Membership> getExisting(UUID id) {
        return find("from Membership m join fetch m.municipality where m.id = ?1", id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Membership", id));
    }

    /** The membership of a municipality in a network that has not ended, if any. */
    public Uni<Membership> findOpen(String network, UUID municipalityId) {
        return find("from Membership m join fetch m.municipality where m.network = ?1 and m.municipality.id = ?2 and m.status <> ?3",
                network, municipalityId, MembershipStatus.ENDED).firstResult();
    }

    public Uni<List<Membership>> openOf(UUID municipalityId) {
        return find("from Membership m join fetch m.municipality where m.municipality.id = ?1 and m.status <> ?2 order by m.network",
                municipalityId, MembershipStatus.ENDED).list();
    }

    /** The memberships that ended because their municipality merged in merger {@code mergerId}. */
    public Uni<List<Membership>> endedByMerger(UUID mergerId) {
        return find("from Membership m join fetch m.municipality mu where mu.mergerId = ?1 and m.endReason = ?2 order by mu.name, m.network",
                mergerId, EndReason.MERGED).list();
    }

    /** {@code orderBy} comes from {@link nl.municipalnetworks.commons.api.SortOrder}, never from raw input. */
    public Uni<Page<Membership>> search(MembershipFilter filter, String orderBy, PageRequest page) {
        Where where = filter.where();
        Uni<List<Membership>> items = find("from Membership m join fetch m.municipality mu where " + where.condition()
                + " order by " + orderBy, where.parameters()).page(page.index(), page.pageSize()).list();
        Uni<Long> total = count("from Membership m join m.municipality mu where " + where.condition(), where.parameters());
        return items.flatMap(list -> total.map(count -> Page.of(list, page, count)));
    }

    /** The networks a municipality belongs to: where it has a membership that has not ended. */
    public Uni<Set<String>> networksOf(UUID municipalityId) {
        return networksOf(List.of(municipalityId)).map(byId -> byId.getOrDefault(municipalityId, Set.of()));
    }

    /** {@link #networksOf(UUID)} for several municipalities at once; absent ids belong to no network. */
    public Uni<Map<UUID, Set<String>>> networksOf(Collection<UUID> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select m.municipality.id, m.network from Membership m where m.municipality.id in :ids and m.status <> :ended",
                        Object[].class)
                .setParameter("ids", municipalityIds)
                .setParameter("ended", MembershipStatus.ENDED)
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(row -> (UUID) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toSet()))));
    }

    public Uni<Long> countInStatus(String network, List<MembershipStatus> statuses) {
        return count("network = ?1 and status in ?2", network, statuses);
    }
}
