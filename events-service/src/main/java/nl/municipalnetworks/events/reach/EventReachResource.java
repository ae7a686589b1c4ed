package nl.municipalnetworks.events.reach;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.reach.ReachDtos.EventReach;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/events/{id}/reach")
@Tag(name = "Reach")
public class EventReachResource {

    private final ReachService reach;
    private final SecurityIdentity identity;

    EventReachResource(ReachService reach, SecurityIdentity identity) {
        this.reach = reach;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.BOARD, Role.PLATFORM_ADMIN})
    @Operation(summary = "Who came to an event, by Platform31 cluster and province of their municipality (the organiser and the board)",
            description = "Counts of check-ins; guests (no municipality) apart; a cluster or province of null: not known")
    public Uni<EventReach> ofEvent(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return reach.ofEvent(Caller.of(identity), Params.id("id", id));
    }
}
