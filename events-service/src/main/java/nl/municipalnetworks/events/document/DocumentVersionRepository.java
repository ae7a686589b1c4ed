package nl.municipalnetworks.events.document;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DocumentVersionRepository implements PanacheRepositoryBase<DocumentVersionEntity, UUID> {

    /** The versions of these documents, by document and number (their content is not read). */
    public Uni<List<DocumentVersionEntity>> ofDocuments(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("documentId in ?1 order by documentId, number", documentIds);
    }

    /** Version {@code number} of a document; 404 naming the newest when there is no such version. */
    public Uni<DocumentVersionEntity> getNumber(DocumentEntity document, int number) {
        return find("documentId = ?1 and number = ?2", document.id, number).firstResult()
                .onItem().ifNull().failWith(() -> new DocumentNotFound("Document " + document.id + " has no version " + number
                        + "; its versions are 1 to " + document.latestVersion));
    }
}
