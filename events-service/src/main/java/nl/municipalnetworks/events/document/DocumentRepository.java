package nl.municipalnetworks.events.document;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<DocumentEntity, UUID> {

    /** The documents of an event that were not withdrawn, the earliest first. */
    public Uni<List<DocumentEntity>> ofEvent(UUID eventId) {
        return list("eventId = ?1 and withdrawnAt is null order by createdAt, id", eventId);
    }

    /** A document of this event that was not withdrawn; 404 otherwise. */
    public Uni<DocumentEntity> getCurrent(UUID eventId, UUID id) {
        return findById(id).map(document -> current(eventId, id, document));
    }

    /**
     * The same with its row locked ({@code select ... for update}) until the transaction ends: a new version takes the
     * next number under this lock, so that two uploads at once get 2 and 3, and a withdrawal waits for them.
     */
    public Uni<DocumentEntity> getCurrentLocked(UUID eventId, UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult().map(document -> current(eventId, id, document));
    }

    private static DocumentEntity current(UUID eventId, UUID id, DocumentEntity document) {
        if (document == null || !document.eventId.equals(eventId)) {
            throw new DocumentNotFound("Event " + eventId + " has no document " + id);
        }
        if (document.isWithdrawn()) {
            throw new DocumentNotFound("Document " + id + " was withdrawn");
        }
        return document;
    }
}
