package nl.municipalnetworks.commons.api;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * One page of a filtered list of a Panache repository's entities, with the total under the very same
 * condition, so that {@code totalItems} always counts what the pages hold.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * The entities matching {@code where} (a short-form Panache condition over the entity's fields), in
     * {@code orderBy}, which comes from {@link SortOrder} and never from raw input. The items and the count run
     * one after the other, as a reactive session needs.
     */
    public static <E> Uni<Page<E>> find(PanacheRepositoryBase<E, ?> repository, Where where, String orderBy,
                                        PageRequest page) {
        Uni<List<E>> items = repository.find(where.condition() + " order by " + orderBy, where.parameters())
                .page(page.index(), page.pageSize()).list();
        return items.flatMap(found -> repository.count(where.condition(), where.parameters())
                .map(total -> Page.of(found, page, total)));
    }
}
