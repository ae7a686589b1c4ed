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

    /**
     * Takes the advisory lock {@code key} for the rest of the transaction if no other transaction
     * holds it; false if one does. It is released by commit or rollback.
     */
    public Uni<Boolean> tryLockDrain(long key) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "select pg_try_advisory_xact_lock(:key)", Boolean.class)
                .setParameter("key", key)
                .getSingleResult());
    }

    /** Marks these events published, in one statement. */
    public Uni<Integer> markPublished(List<UUID> ids, OffsetDateTime at) {
        return update("publishedAt = ?1 where id in ?2", at, ids);
    }

    public Uni<Long> countUnpublished() {
        return count("publishedAt is null");
    }

    public Uni<Integer> deletePublishedBefore(OffsetDateTime cutoff) {
        return delete("publishedAt is not null and publishedAt < ?1", cutoff).map(Long::intValue);
    }
}
