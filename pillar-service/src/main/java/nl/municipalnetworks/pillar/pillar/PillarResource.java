package nl.municipalnetworks.pillar.pillar;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.pillar.api.Params;
import nl.municipalnetworks.pillar.pillar.PillarDtos.Appointment;
import nl.municipalnetworks.pillar.pillar.PillarDtos.PillarData;
import nl.municipalnetworks.pillar.pillar.PillarDtos.PillarDetail;
import nl.municipalnetworks.pillar.pillar.PillarDtos.PillarView;
import nl.municipalnetworks.pillar.pillar.PillarDtos.TermEnd;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/v1/pillars")
@Tag(name = "Pillars", description = "Pillars of a network, their chairs, vice-chairs and supporting civil servants, with history")
public class PillarResource {

    private final PillarService pillars;
    private final SecurityIdentity identity;

    PillarResource(PillarService pillars, SecurityIdentity identity) {
        this.pillars = pillars;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The pillars of a network (public; names of role holders only for those who work in the network)",
            description = "on=YYYY-MM-DD: only the pillars running on that day. sort=name,code,validFrom,validTo "
                    + "(a minus for descending); by default the latest validFrom first, then by name")
    public Uni<Page<PillarView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                      @QueryParam("on") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String on,
                                      @QueryParam("sort") String sort,
                                      @QueryParam("page") String page,
                                      @QueryParam("pageSize") String pageSize) {
        return pillars.list(Caller.of(identity), Params.network(network), Params.date("on", on), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One pillar with everyone who held a role in it (public)")
    public Uni<PillarDetail> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return pillars.get(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "pillar",
            value = "{\"network\": \"M50\", \"code\": \"sociaal\", \"name\": \"Sociaal\", \"description\": \"Het sociaal domein\", \"validFrom\": \"2025-01-01\", \"validTo\": null}")))
    @APIResponse(responseCode = "201", description = "Added; the Location header names the new pillar",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PillarView.class)))
    @APIResponse(responseCode = "409", description = "The network already has a pillar with this code")
    @Operation(summary = "Add a pillar (secretariat of the network)")
    public Uni<Response> create(@Valid @NotNull PillarData request) {
        return pillars.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/pillars/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "pillar",
            value = "{\"network\": \"M50\", \"code\": \"sociaal\", \"name\": \"Sociaal\", \"description\": \"Sociaal domein: jeugd, zorg en inkomen\", \"validFrom\": \"2025-01-01\", \"validTo\": null}")))
    @Operation(summary = "Change a pillar's name, description or period (secretariat, or the chair of this pillar)")
    public Uni<PillarView> update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                  @Valid @NotNull PillarData request) {
        return pillars.update(Caller.of(identity), Params.id("id", id), request);
    }

    @POST
    @Path("/{id}/roles")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "chair",
            value = "{\"role\": \"CHAIR\", \"personId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"from\": \"2025-01-01\"}")))
    @APIResponse(responseCode = "201", description = "Appointed; a new chair ends the current chair's term the day before",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PillarDetail.class)))
    @APIResponse(responseCode = "409", description = "The person already holds this role")
    @Operation(summary = "Appoint a chair or vice-chair (secretariat) or a supporting civil servant (secretariat or the pillar's chair)")
    public Uni<Response> appoint(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                 @Valid @NotNull Appointment request) {
        return pillars.appoint(Caller.of(identity), Params.id("id", id), request)
                .map(detail -> Response.status(Response.Status.CREATED).entity(detail).build());
    }

    @PUT
    @Path("/{id}/roles/{roleId}/end")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "end",
            value = "{\"to\": \"2025-12-31\"}")))
    @APIResponse(responseCode = "409", description = "The term already ended")
    @Operation(summary = "Set the last day of a term without a successor")
    public Uni<PillarDetail> endTerm(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                     @PathParam("roleId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String roleId,
                                     @Valid @NotNull TermEnd request) {
        return pillars.endTerm(Caller.of(identity), Params.id("id", id), Params.id("roleId", roleId), request);
    }
}
