package nl.municipalnetworks.events.document;

import nl.municipalnetworks.events.event.Audience;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class DocumentDtos {

    private DocumentDtos() {
    }

    /** A document as the API shows it, with every version it has had (the newest last). */
    public record DocumentView(UUID id, UUID eventId, DocumentKind kind, String title,
                               @Schema(description = "Who may read it; never wider than the event's audience") Audience audience,
                               @Schema(description = "The number of the newest version, which a download gets unless asked for another")
                               int latestVersion,
                               OffsetDateTime createdAt,
                               List<VersionView> versions) {
    }

    public record VersionView(
            @Schema(description = "1 for the first upload, then 2, 3, ...") int number,
            @Schema(description = "The file's name as uploaded", example = "Notulen ALV 's-Hertogenbosch — 16 oktober 2025.pdf")
            String fileName,
            @Schema(example = "application/pdf") String contentType,
            @Schema(description = "Bytes") long size,
            @Schema(description = "SHA-256 of the content, hexadecimal",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(description = "The user who uploaded it; shown to the organiser and those who work in the event's networks")
            String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    /** The form of a new document (multipart/form-data), as the OpenAPI document describes it. */
    @Schema(name = "DocumentUpload", requiredProperties = {"file", "kind", "title"})
    public record DocumentUpload(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The file, with its name (filename, or "
                    + "filename* in UTF-8) and media type (Content-Type) in the part's headers; at most documents.max-size "
                    + "(20 MB by default). Allowed: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, plain text, CSV, PNG, JPEG; the "
                    + "content must be of the type declared") String file,
            DocumentKind kind,
            @Schema(maxLength = DocumentRules.MAX_TITLE, example = "Agenda ALV najaar 2025") String title,
            @Schema(description = "Who may read it: the event's audience when left out; never wider than it") Audience audience) {
    }

    /** The form of a new version (multipart/form-data). */
    @Schema(name = "DocumentVersionUpload", requiredProperties = {"file"})
    public record VersionUpload(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The new version's file, as for a new document")
            String file) {
    }

    /** The fields of a new document as sent, read strictly by the service (DocumentRules). */
    public record NewDocument(String kind, String title, String audience) {
    }

    /**
     * An uploaded file as Quarkus REST received it (streamed to a temporary file): where it is, its size, and the part's
     * headers as sent. Everything is checked by the service, after the access check.
     */
    public record Upload(Path file, long size, String contentDisposition, String fileName, String contentType) {
    }

    /** A version to send: what it is and its bytes. */
    public record Download(int number, String fileName, String contentType, String sha256, byte[] content) {
    }
}
