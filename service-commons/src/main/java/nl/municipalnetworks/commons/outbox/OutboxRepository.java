package nl.municipalnetworks.commons.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /**
     * The oldest unpublished events, locked so that a second instance of the service skips them
     * instead of publishing them twice. Native SQL because Hibernate Reactive takes no lock hints.
     */
    public Uni<List<OutboxEvent>> lockNextBatch(int size) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "select * from outbox_event where published_at is null order by position"
                                + " limit :size for update skip locked", OutboxEvent.class)
                .setParameter("size", size)
                .getResultList());
    }

    public Uni<Long> countUnpublished() {
        return count("publishedAt is null");
    }

    public Uni<Integer> deletePublishedBefore(OffsetDateTime cutoff) {
        return delete("publishedAt is not null and publishedAt < ?1", cutoff).map(Long::intValue);
    }
}
