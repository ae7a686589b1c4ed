package nl.municipalnetworks.pillar.participation;

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
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.pillar.api.Params;
import nl.municipalnetworks.pillar.participation.ParticipationDtos.NewParticipation;
import nl.municipalnetworks.pillar.participation.ParticipationDtos.ParticipationEnd;
import nl.municipalnetworks.pillar.participation.ParticipationDtos.ParticipationView;
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
import java.util.regex.Pattern;

@Path("/v1/participations")
@Tag(name = "Participation", description = "Which member municipality takes part in which pillar or theme, with whom")
public class ParticipationResource {

    private static final Pattern BOOLEAN = Pattern.compile("true|false");

    private final ParticipationService participations;
    private final SecurityIdentity identity;

    ParticipationResource(ParticipationService participations, SecurityIdentity identity) {
        this.participations = participations;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Participations in a network (public; names of officials only for those who work in the network)",
            description = "Running ones; all=true includes those that ended (with the reason). sort=startedOn,endedOn "
                    + "(a minus for descending); by default the earliest start first")
    public Uni<Page<ParticipationView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                             @QueryParam("municipalityId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String municipalityId,
                                             @QueryParam("all") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String all,
                                             @QueryParam("sort") String sort,
                                             @QueryParam("page") String page,
                                             @QueryParam("pageSize") String pageSize) {
        boolean includeEnded = all != null && Boolean.parseBoolean(
                QueryValues.matching("all", all, BOOLEAN, "must be true or false"));
        return participations.list(Caller.of(identity), Params.network(network),
                QueryValues.uuid("municipalityId", municipalityId), includeEnded, sort, PageRequest.of(page, pageSize));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "participation",
            value = "{\"municipalityId\": \"0b9e6c1d-2f3a-4b5c-8d7e-6f5a4b3c2d1e\", \"pillarId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"officialId\": \"9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d\", \"supporterId\": null, \"startedOn\": \"2025-03-01\"}")))
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", description = "The municipality already takes part in this pillar or theme")
    @Operation(summary = "A member municipality starts taking part (secretariat, the pillar's chair, or an official of the municipality)")
    public Uni<Response> start(@Valid @NotNull NewParticipation request) {
        return participations.start(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/participations/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/{id}/end")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "end",
            value = "{\"endedOn\": \"2025-12-31\"}")))
    @APIResponse(responseCode = "409", description = "The participation already ended")
    @Operation(summary = "End a participation (kept, with reason WITHDRAWN)")
    public Uni<ParticipationView> end(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                      @Valid @NotNull ParticipationEnd request) {
        return participations.end(Caller.of(identity), Params.id("id", id), request);
    }
}
