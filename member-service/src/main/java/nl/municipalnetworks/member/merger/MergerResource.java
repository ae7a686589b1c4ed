package nl.municipalnetworks.member.merger;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.member.merger.MergerDtos.MergerView;
import nl.municipalnetworks.member.merger.MergerDtos.RecordMerger;
import nl.municipalnetworks.commons.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/v1")
@Tag(name = "Mergers", description = "Municipal mergers (herindeling): which municipalities merged into which successor, and when")
@Authenticated
public class MergerResource {

    private final MergerService service;
    private final SecurityIdentity identity;

    MergerResource(MergerService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/municipal-mergers")
    @Operation(summary = "Mergers, the latest first")
    public Uni<Page<MergerView>> list(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        return service.list(PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/municipal-mergers/{id}")
    @Operation(summary = "A merger with the memberships it ended and the successor's memberships")
    public Uni<MergerView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.get(QueryValues.requiredUuid("id", id));
    }

    @POST
    @Path("/municipal-mergers")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "Dijk en Waard", value = "{\"mergedOn\": \"2022-01-01\", "
                    + "\"successorId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\", \"mergingMunicipalityIds\": "
                    + "[\"6f1c2d2e-8b7a-4c1e-9d2a-1a2b3c4d5e6f\", \"0b9e8d7c-6a5b-4c3d-2e1f-0a9b8c7d6e5f\"], "
                    + "\"successorMemberships\": [\"M50\"]}")))
    @APIResponse(responseCode = "201", description = "Recorded; the Location header names the merger",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MergerView.class)))
    @APIResponse(responseCode = "409", description = "A municipality already merged, or a member joined after the merger date")
    @Operation(summary = "Record a merger",
            description = "The merging municipalities' memberships end on the day before mergedOn with the reason MERGED; "
                    + "the successor becomes a member of the networks named in successorMemberships (only the caller's own network, "
                    + "unless platform admin). Register a new successor first (POST /v1/municipalities).")
    public Uni<Response> record(@Valid @NotNull RecordMerger request) {
        return service.record(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/municipal-mergers/" + view.id())).entity(view).build());
    }
}
