package nl.municipalnetworks.events.document;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.document.DocumentDtos.DocumentUpload;
import nl.municipalnetworks.events.document.DocumentDtos.DocumentView;
import nl.municipalnetworks.events.document.DocumentDtos.Download;
import nl.municipalnetworks.events.document.DocumentDtos.NewDocument;
import nl.municipalnetworks.events.document.DocumentDtos.Upload;
import nl.municipalnetworks.events.document.DocumentDtos.VersionUpload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Meeting documents. An upload is {@code multipart/form-data}: a file part named {@code file} (its name and media
 * type in the part's headers, as every browser and {@code curl -F} send them) and, for a new document, the fields
 * {@code kind}, {@code title} and {@code audience}. Quarkus REST streams the file to a temporary file, so an upload
 * is never held in memory while it arrives; {@link UploadGate} refuses one that states a length above the limit
 * before reading it.
 */
@Path("/v1/events/{id}/documents")
@Tag(name = "Documents", description = "Agendas, meeting papers, minutes and presentations of an event, with their versions")
public class DocumentResource {

    static final String UPLOAD_EXAMPLE = "{\"file\": \"(the file: Agenda ALV najaar 2025.pdf, application/pdf)\", "
            + "\"kind\": \"AGENDA\", \"title\": \"Agenda ALV najaar 2025\", \"audience\": \"MEMBERS\"}";
    static final String VERSION_EXAMPLE = "{\"file\": \"(the file: Agenda ALV najaar 2025 v2.pdf, application/pdf)\"}";
    static final String BINARY = "binary";
    static final int MAX_VERSION = 1_000_000;

    private final DocumentService documents;
    private final SecurityIdentity identity;

    DocumentResource(DocumentService documents, SecurityIdentity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The documents of an event that the caller may read, each with its versions",
            description = "A document is read by whom both the event's audience and the document's own admit: public documents "
                    + "of public events without a token. uploadedBy is shown to the organiser and those who work in the event's networks")
    public Uni<List<DocumentView>> list(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return documents.list(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentUpload.class),
            examples = @ExampleObject(name = "agenda", summary = "The agenda of the autumn general assembly", value = UPLOAD_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored as version 1",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "411", description = "An upload without a Content-Length (chunked)")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (documents.max-size, 20 MB by default), which the problem names")
    @Operation(summary = "Upload a document to an event (its organiser)",
            description = "multipart/form-data with a file part 'file' and the fields kind, title and audience (the event's when "
                    + "left out; never wider). Allowed: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, plain text, CSV, PNG, JPEG; the "
                    + "part's Content-Type must match the file's content (400 naming file otherwise). The file name may have "
                    + "any letters: send it as filename (UTF-8) or filename* (RFC 8187)")
    public Uni<Response> create(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                @RestForm("file") FileUpload file,
                                @RestForm("kind") String kind,
                                @RestForm("title") String title,
                                @RestForm("audience") String audience) {
        return documents.create(Caller.of(identity), Params.id("id", id), new NewDocument(kind, title, audience), upload(file))
                .map(view -> Response.created(URI.create("/v1/events/" + view.eventId() + "/documents/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{documentId}")
    @PermitAll
    @Operation(summary = "A document of an event with its versions (whoever may read it)")
    public Uni<DocumentView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                 @PathParam("documentId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String documentId) {
        return documents.get(Caller.of(identity), Params.id("id", id), Params.id("documentId", documentId));
    }

    @POST
    @Path("/{documentId}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = VersionUpload.class),
            examples = @ExampleObject(name = "new version", summary = "A corrected agenda", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored as the next version; the earlier ones are kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "411", description = "An upload without a Content-Length (chunked)")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (documents.max-size, 20 MB by default), which the problem names")
    @Operation(summary = "Upload a new version of a document (the organiser of its event)",
            description = "As a new document, with the file part only. The versions are numbered 1, 2, ...; a download gets the newest")
    public Uni<Response> addVersion(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                    @PathParam("documentId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String documentId,
                                    @RestForm("file") FileUpload file) {
        return documents.addVersion(Caller.of(identity), Params.id("id", id), Params.id("documentId", documentId), upload(file))
                .map(view -> Response.created(URI.create("/v1/events/" + view.eventId() + "/documents/" + view.id()
                        + "/content?version=" + view.latestVersion())).entity(view).build());
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @Operation(summary = "Withdraw a document (the organiser of its event)",
            description = "It is no longer listed or served and its content is deleted; the downloads counted against it stay")
    public Uni<Response> withdraw(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                  @PathParam("documentId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String documentId) {
        return documents.withdraw(Caller.of(identity), Params.id("id", id), Params.id("documentId", documentId))
                .map(done -> Response.noContent().build());
    }

    @GET
    @Path("/{documentId}/content")
    @PermitAll
    @APIResponse(responseCode = "200", description = "The file, byte for byte as uploaded, with its name in Content-Disposition",
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"<ASCII rendering>\"; "
                            + "filename*=UTF-8''<the name, percent-encoded> (RFC 6266)", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Repr-Digest", description = "sha-256=:<base64>: (RFC 9530), the SHA-256 the list shows",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The SHA-256 in hexadecimal, quoted", schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.oasis.opendocument.spreadsheet", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.oasis.opendocument.presentation", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = BINARY))})
    @Operation(summary = "Download a document: its newest version, or version=n (whoever may read it; counted for reach)")
    public Uni<Response> download(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                  @PathParam("documentId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String documentId,
                                  @QueryParam("version") @Parameter(description = "The version; the newest when left out",
                                          schema = @Schema(type = SchemaType.INTEGER, minimum = "1"), example = "1") String version) {
        Integer number = null;
        if (version != null) {
            if (version.isEmpty()) {
                throw ProblemException.invalid("version", "must be a version number such as 1 (or left out: the newest)");
            }
            number = QueryValues.wholeNumber("version", version, 1, MAX_VERSION, 0);
        }
        return documents.download(Caller.of(identity), Params.id("id", id), Params.id("documentId", documentId), number)
                .map(DocumentResource::send);
    }

    static Response send(Download download) {
        return Response.ok(download.content(), download.contentType())
                .header("Content-Disposition", FileNames.contentDisposition(download.fileName()))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.sha256())) + ":")
                .header("ETag", "\"" + download.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    /** The file part as received, its headers as sent: the service checks them after the access check. */
    static Upload upload(FileUpload file) {
        if (file == null) {
            return null;
        }
        return new Upload(file.uploadedFile(), file.size(), header(file.getHeaders(), "Content-Disposition"), file.fileName(),
                header(file.getHeaders(), "Content-Type") != null ? header(file.getHeaders(), "Content-Type") : file.contentType());
    }

    private static String header(MultivaluedMap<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
