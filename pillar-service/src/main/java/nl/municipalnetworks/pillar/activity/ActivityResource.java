package nl.municipalnetworks.pillar.activity;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import nl.municipalnetworks.pillar.activity.ActivityDtos.ActivityView;
import nl.municipalnetworks.pillar.activity.ActivityDtos.NewActivity;
import nl.municipalnetworks.pillar.activity.ActivityDtos.NewParticipant;
import nl.municipalnetworks.pillar.api.Params;
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

@Path("/v1/activities")
@Tag(name = "Activities", description = "Experiments, learning circles, case rooms, research and lobby actions under a theme, with targets and progress")
public class ActivityResource {

    private final ActivityService activities;
    private final SecurityIdentity identity;

    ActivityResource(ActivityService activities, SecurityIdentity identity) {
        this.activities = activities;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Every activity of a network with its target and how far it is (public)",
            description = "sort=title,kind,status (a minus for descending); by default by title")
    public Uni<Page<ActivityView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                        @QueryParam("sort") String sort,
                                        @QueryParam("page") String page,
                                        @QueryParam("pageSize") String pageSize) {
        return activities.list(Params.network(network), sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One activity with its participants and progress (public)")
    public Uni<ActivityView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return activities.get(Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "experiments",
            value = "{\"themeId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"kind\": \"EXPERIMENT\", \"title\": \"Tien experimenten in democratische vernieuwing\", \"target\": {\"number\": 10, \"unit\": \"experiments\"}, \"status\": \"RUNNING\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityView.class)))
    @Operation(summary = "Add an activity under a theme (secretariat; a pillar's chair under their own pillar)")
    public Uni<Response> create(@Valid @NotNull NewActivity request) {
        return activities.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/activities/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/{id}/participants")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "participant",
            value = "{\"municipalityId\": \"0b9e6c1d-2f3a-4b5c-8d7e-6f5a4b3c2d1e\", \"since\": \"2025-03-01\"}")))
    @APIResponse(responseCode = "201", description = "Taking part; the activity's progress counts it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The municipality already takes part")
    @Operation(summary = "A member municipality takes part in an activity")
    public Uni<Response> addParticipant(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                        @Valid @NotNull NewParticipant request) {
        return activities.addParticipant(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
