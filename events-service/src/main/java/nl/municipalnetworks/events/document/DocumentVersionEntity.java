package nl.municipalnetworks.events.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One uploaded version of a document: what it is, not its bytes (those are in document_content). */
@Entity
@Table(name = "document_version")
public class DocumentVersionEntity {

    @Id
    public UUID id;

    @Column(name = "document_id")
    public UUID documentId;

    public int number;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    public long size;

    /** SHA-256 of the content, 64 lower-case hexadecimal digits. */
    public String sha256;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
}
