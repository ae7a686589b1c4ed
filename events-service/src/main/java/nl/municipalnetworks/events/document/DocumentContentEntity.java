package nl.municipalnetworks.events.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The bytes of one version (bytea), in a table of their own so that listing documents and versions never reads them;
 * read only to serve a download.
 */
@Entity
@Table(name = "document_content")
public class DocumentContentEntity {

    @Id
    @Column(name = "version_id")
    public UUID versionId;

    public byte[] content;
}
