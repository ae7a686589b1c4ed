package nl.municipalnetworks.pillar.theme;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, UUID> {

    public Uni<Theme> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Theme", id));
    }

    /** For a field of a request: a theme that does not exist is the caller's mistake in that field (400). */
    public Uni<Theme> getReferenced(String field, UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no theme with id " + id));
    }

    public Uni<List<ThemeReference>> referencesOf(List<UUID> themeIds) {
        if (themeIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "from ThemeReference where pair.themeId in :ids or pair.otherThemeId in :ids", ThemeReference.class)
                .setParameter("ids", themeIds).getResultList());
    }

    public Uni<ThemeReference> findReference(ThemeReference.Pair pair) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "from ThemeReference where pair.themeId = :one and pair.otherThemeId = :other", ThemeReference.class)
                .setParameter("one", pair.themeId()).setParameter("other", pair.otherThemeId())
                .getSingleResultOrNull());
    }

    public Uni<Void> persistReference(ThemeReference reference) {
        return getSession().flatMap(session -> session.persist(reference));
    }
}
