package nl.municipalnetworks.pillar.pillar;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PillarRepository implements PanacheRepositoryBase<Pillar, UUID> {

    public Uni<Pillar> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Pillar", id));
    }

    /** For a field of a request: a pillar that does not exist is the caller's mistake in that field (400). */
    public Uni<Pillar> getReferenced(String field, UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no pillar with id " + id));
    }

    /**
     * The code of a pillar, which a chair's {@code pillar} claim names; null for no pillar (a standalone theme), so
     * that {@link nl.municipalnetworks.pillar.access.PillarAccess} leaves it to the secretariat.
     */
    public Uni<String> codeOf(UUID pillarId) {
        return pillarId == null ? Uni.createFrom().nullItem() : findById(pillarId).map(p -> p == null ? null : p.code);
    }

    public Uni<Pillar> findByCode(String network, String code) {
        return find("network = ?1 and code = ?2", network, code).firstResult();
    }

    public Uni<List<PillarRole>> roles(List<UUID> pillarIds) {
        if (pillarIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from PillarRole where pillarId in :ids order by from, role", PillarRole.class)
                .setParameter("ids", pillarIds).getResultList());
    }

    public Uni<PillarRole> role(UUID pillarId, UUID roleId) {
        return getSession().flatMap(session -> session.find(PillarRole.class, roleId))
                .map(role -> role == null || !role.pillarId.equals(pillarId) ? null : role)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Role", roleId));
    }

    public Uni<Void> persistRole(PillarRole role) {
        return getSession().flatMap(session -> session.persist(role));
    }
}
