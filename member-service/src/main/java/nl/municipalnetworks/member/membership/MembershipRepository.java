package nl.municipalnetworks.member.membership;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.List;
import java.util.UUID;

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
        return list("municipality.id = ?1 and status <> ?2", municipalityId, MembershipStatus.ENDED);
    }

    /** {@code orderBy} comes from {@link nl.municipalnetworks.commons.api.SortOrder}, never from raw input. */
    public Uni<Page<Membership>> search(MembershipFilter filter, String orderBy, PageRequest page) {
        Where where = filter.where();
        Uni<List<Membership>> items = find("from Membership m join fetch m.municipality mu where " + where.condition()
                + " order by " + orderBy, where.parameters()).page(page.index(), page.pageSize()).list();
        Uni<Long> total = count("from Membership m join m.municipality mu where " + where.condition(), where.parameters());
        return items.flatMap(list -> total.map(count -> Page.of(list, page, count)));
    }

    public Uni<Long> countInStatus(String network, List<MembershipStatus> statuses) {
        return count("network = ?1 and status in ?2", network, statuses);
    }
}
