package nl.municipalnetworks.events.document;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.reactive.panache.Panache;

import java.util.UUID;

/** The bytes of versions: read one at a time, for a download, and never while listing. */
@ApplicationScoped
public class DocumentContentRepository implements PanacheRepositoryBase<DocumentContentEntity, UUID> {

    /** The bytes alone, read as a value (not a managed entity, which would keep a second copy for dirty checking). */
    public Uni<byte[]> contentOf(UUID versionId) {
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select c.content from DocumentContentEntity c where c.versionId = :v", byte[].class)
                        .setParameter("v", versionId).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> new DocumentNotFound("Version " + versionId + " has no content"));
    }

    /** Deletes the bytes of a withdrawn document's versions (its metadata stays, for the downloads counted). */
    public Uni<Long> deleteOfDocument(UUID documentId) {
        return delete("versionId in (select v.id from DocumentVersionEntity v where v.documentId = ?1)", documentId);
    }
}
