package nl.municipalnetworks.events.document;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.access.EventsAccess;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.document.DocumentDtos.DocumentView;
import nl.municipalnetworks.events.document.DocumentDtos.Download;
import nl.municipalnetworks.events.document.DocumentDtos.NewDocument;
import nl.municipalnetworks.events.document.DocumentDtos.Upload;
import nl.municipalnetworks.events.document.DocumentDtos.VersionView;
import nl.municipalnetworks.events.event.Audience;
import nl.municipalnetworks.events.event.EventEntity;
import nl.municipalnetworks.events.event.EventRepository;
import nl.municipalnetworks.events.member.KnownMunicipality;
import nl.municipalnetworks.events.member.MemberView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The documents of an event: uploaded, given new versions and withdrawn by its organiser; listed and downloaded by
 * whom the event and the document's audience admit (access.EventsAccess). Every download is recorded for reach.
 * The bytes are kept in this service's database (document_content), so that its backup holds them.
 */
@ApplicationScoped
public class DocumentService {

    private final EventRepository events;
    private final DocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final DocumentContentRepository contents;
    private final DocumentDownloadRepository downloads;
    private final MemberView members;
    private final DocumentLimits limits;
    private final Vertx vertx;

    DocumentService(EventRepository events, DocumentRepository documents, DocumentVersionRepository versions,
                    DocumentContentRepository contents, DocumentDownloadRepository downloads, MemberView members,
                    DocumentLimits limits, Vertx vertx) {
        this.events = events;
        this.documents = documents;
        this.versions = versions;
        this.contents = contents;
        this.downloads = downloads;
        this.members = members;
        this.limits = limits;
        this.vertx = vertx;
    }

    /** A checked file, ready to store. */
    record AcceptedFile(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** A new document with its first version (the organiser of the event). */
    @WithTransaction
    public Uni<DocumentView> create(Caller caller, UUID eventId, NewDocument request, Upload upload) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayManageDocuments(caller, event.scope());
            DocumentKind kind = DocumentRules.kind(request.kind());
            String title = DocumentRules.title(request.title());
            Audience audience = DocumentRules.audience(request.audience(), event.audience);
            return accepted(upload).flatMap(file -> {
                DocumentEntity document = new DocumentEntity();
                document.id = UUID.randomUUID();
                document.eventId = event.id;
                document.kind = kind;
                document.title = title;
                document.audience = audience;
                document.latestVersion = 1;
                document.createdBy = caller.username();
                document.createdAt = Times.now();
                return documents.persist(document)
                        .flatMap(saved -> store(caller, saved, file))
                        .map(version -> view(document, List.of(version), true));
            });
        });
    }

    /** A new version of a document; the earlier ones are kept (the organiser of the event). */
    @WithTransaction
    public Uni<DocumentView> addVersion(Caller caller, UUID eventId, UUID documentId, Upload upload) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayManageDocuments(caller, event.scope());
            return documents.getCurrentLocked(event.id, documentId)
                    .flatMap(document -> accepted(upload).flatMap(file -> versions.ofDocuments(List.of(document.id))
                            .flatMap(earlier -> {
                                document.latestVersion++;
                                return store(caller, document, file).map(stored -> {
                                    List<DocumentVersionEntity> all = new java.util.ArrayList<>(earlier);
                                    all.add(stored);
                                    return view(document, all, true);
                                });
                            })));
        });
    }

    /**
     * Withdraws a document (the organiser of the event): no longer listed or served, its content deleted; the document
     * and its versions' descriptions stay, for the downloads counted against them.
     */
    @WithTransaction
    public Uni<Void> withdraw(Caller caller, UUID eventId, UUID documentId) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayManageDocuments(caller, event.scope());
            return documents.getCurrentLocked(event.id, documentId).flatMap(document -> {
                document.withdrawnAt = Times.now();
                document.withdrawnBy = caller.username();
                return contents.deleteOfDocument(document.id).replaceWithVoid();
            });
        });
    }

    /** The documents of an event that the caller may read, the earliest first, each with its versions. */
    @WithSession
    public Uni<List<DocumentView>> list(Caller caller, UUID eventId) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayRead(caller, event.scope());
            return documents.ofEvent(event.id).flatMap(found -> {
                List<DocumentEntity> readable = found.stream()
                        .filter(document -> EventsAccess.mayReadDocument(caller, event.scope(), document.audience)).toList();
                return versions.ofDocuments(readable.stream().map(d -> d.id).toList()).map(all -> {
                    Map<UUID, List<DocumentVersionEntity>> byDocument = all.stream()
                            .collect(Collectors.groupingBy(v -> v.documentId));
                    boolean uploaders = EventsAccess.maySeeUploaders(caller, event.scope());
                    return readable.stream().map(d -> view(d, byDocument.getOrDefault(d.id, List.of()), uploaders)).toList();
                });
            });
        });
    }

    @WithSession
    public Uni<DocumentView> get(Caller caller, UUID eventId, UUID documentId) {
        return readable(caller, eventId, documentId).flatMap(found -> versions.ofDocuments(List.of(found.document.id))
                .map(all -> view(found.document, all, EventsAccess.maySeeUploaders(caller, found.event.scope()))));
    }

    /**
     * A version of a document (the newest unless {@code number} is given), recorded as a download: with the
     * municipality of the caller when they are an official (the municipality their token's CBS code names).
     */
    @WithTransaction
    public Uni<Download> download(Caller caller, UUID eventId, UUID documentId, Integer number) {
        return readable(caller, eventId, documentId).flatMap(found -> versions
                .getNumber(found.document, number == null ? found.document.latestVersion : number)
                .flatMap(version -> contents.contentOf(version.id)
                        .flatMap(content -> officialsMunicipality(caller).flatMap(municipality -> {
                            DocumentDownloadEntity download = new DocumentDownloadEntity();
                            download.id = UUID.randomUUID();
                            download.documentId = found.document.id;
                            download.version = version.number;
                            download.municipalityId = municipality == null ? null : municipality.id;
                            download.userName = caller.username();
                            download.downloadedAt = Times.now();
                            return downloads.persist(download).map(saved -> new Download(version.number, version.fileName,
                                    version.contentType, version.sha256, content));
                        }))));
    }

    private record Found(EventEntity event, DocumentEntity document) {
    }

    /** The event and its document, when the caller may read both (401/403 otherwise; 404 when it is not there). */
    private Uni<Found> readable(Caller caller, UUID eventId, UUID documentId) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayRead(caller, event.scope());
            return documents.getCurrent(event.id, documentId).map(document -> {
                EventsAccess.requireMayReadDocument(caller, event.scope(), document.audience);
                return new Found(event, document);
            });
        });
    }

    /** The municipality an official acts for (their token's CBS code); null for anyone else. */
    private Uni<KnownMunicipality> officialsMunicipality(Caller caller) {
        if (!caller.has(Role.MEMBER_OFFICIAL) || caller.isPlatformAdmin() || caller.municipality() == null) {
            return Uni.createFrom().nullItem();
        }
        return members.byCbsCode(caller.municipality());
    }

    /** Stores a checked file as the document's newest version: its description and, apart, its bytes. */
    private Uni<DocumentVersionEntity> store(Caller caller, DocumentEntity document, AcceptedFile file) {
        DocumentVersionEntity version = new DocumentVersionEntity();
        version.id = UUID.randomUUID();
        version.documentId = document.id;
        version.number = document.latestVersion;
        version.fileName = file.fileName();
        version.contentType = file.contentType();
        version.size = file.content().length;
        version.sha256 = file.sha256();
        version.uploadedBy = caller.username();
        version.uploadedAt = Times.now();
        DocumentContentEntity content = new DocumentContentEntity();
        content.versionId = version.id;
        content.content = file.content();
        return versions.persist(version).call(() -> contents.persist(content));
    }

    /**
     * Checks an upload: there is a file, with a name, not larger than the limit (413 naming it), not empty, of an
     * allowed type that its bytes match (400 naming {@code file}). Reading the temporary file and hashing it happen on
     * a worker thread, not the event loop.
     */
    private Uni<AcceptedFile> accepted(Upload upload) {
        if (upload == null || upload.file() == null) {
            throw ProblemException.invalid("file", "is required: the document, as the file part of a multipart/form-data upload");
        }
        String fileName = FileNames.ofUpload("file", upload.contentDisposition(), upload.fileName());
        long max = limits.maxSize().asLongValue();
        if (upload.size() > max) {
            throw new DocumentTooLarge("file", DocumentTooLarge.reason(upload.size(), max));
        }
        if (upload.size() == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            byte[] content = read(upload);
            if (content.length > max) {
                throw new DocumentTooLarge("file", DocumentTooLarge.reason(content.length, max));
            }
            String contentType = DocumentType.check("file", upload.contentType(), content);
            return new AcceptedFile(fileName, contentType, content, sha256(content));
        }));
    }

    private static byte[] read(Upload upload) {
        try {
            return Files.readAllBytes(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static DocumentView view(DocumentEntity document, List<DocumentVersionEntity> versions, boolean showUploaders) {
        List<VersionView> shown = versions.stream()
                .sorted(java.util.Comparator.comparingInt(v -> v.number))
                .map(v -> new VersionView(v.number, v.fileName, v.contentType, v.size, v.sha256,
                        showUploaders ? v.uploadedBy : null, Times.dutch(v.uploadedAt)))
                .toList();
        return new DocumentView(document.id, document.eventId, document.kind, document.title, document.audience,
                document.latestVersion, Times.dutch(document.createdAt), shown);
    }
}
