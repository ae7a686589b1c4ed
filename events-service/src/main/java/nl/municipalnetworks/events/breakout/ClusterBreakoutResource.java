package nl.municipalnetworks.events.breakout;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.breakout.BreakoutDtos.BreakoutData;
import nl.municipalnetworks.events.breakout.BreakoutDtos.ClusterBreakoutsView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/events/{id}/cluster-breakouts")
@Tag(name = "Cluster breakouts", description = "Breakout groups, one per Platform31 cluster, with every registrant placed by the cluster of their municipality")
public class ClusterBreakoutResource {

    private final ClusterBreakouts breakouts;
    private final SecurityIdentity identity;

    ClusterBreakoutResource(ClusterBreakouts breakouts, SecurityIdentity identity) {
        this.breakouts = breakouts;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "webinar groups",
            value = "{\"startsAt\": \"2025-12-11T15:45:00+01:00\", \"endsAt\": \"2025-12-11T16:30:00+01:00\"}")))
    @APIResponse(responseCode = "200", description = "The groups, with every registrant placed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClusterBreakoutsView.class)))
    @APIResponse(responseCode = "409", description = "The event was held or cancelled")
    @Operation(summary = "Create one breakout group per Platform31 cluster and place every registrant (the organiser)",
            description = "Creates the groups that are missing and places every live registration that is not for another "
                    + "session: in the group of its municipality's cluster, or by the stated rule (see rule in the answer). "
                    + "Later registrations that name no session are placed the same way. Calling it again creates nothing "
                    + "new and moves only those whose cluster has become known.")
    public Uni<ClusterBreakoutsView> createAndPlace(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                                    @Valid @NotNull BreakoutData request) {
        return breakouts.createAndPlace(Caller.of(identity), Params.id("id", id), request);
    }

    @GET
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.BOARD, Role.PLATFORM_ADMIN})
    @Operation(summary = "The cluster breakout groups of an event and who the rule placed (the organiser and the board)")
    public Uni<ClusterBreakoutsView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return breakouts.get(Caller.of(identity), Params.id("id", id));
    }
}
