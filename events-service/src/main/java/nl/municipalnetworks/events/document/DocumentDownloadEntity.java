package nl.municipalnetworks.events.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A download of a version, for reach: by an official of a member (municipalityId) or by someone else (null). */
@Entity
@Table(name = "document_download")
public class DocumentDownloadEntity {

    @Id
    public UUID id;

    @Column(name = "document_id")
    public UUID documentId;

    public int version;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "user_name")
    public String userName;

    @Column(name = "downloaded_at")
    public OffsetDateTime downloadedAt;
}
