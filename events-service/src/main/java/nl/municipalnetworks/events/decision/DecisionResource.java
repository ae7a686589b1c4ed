package nl.municipalnetworks.events.decision;

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
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.decision.DecisionDtos.DecisionData;
import nl.municipalnetworks.events.decision.DecisionDtos.DecisionView;
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
import java.util.List;

@Path("/v1/events/{id}/decisions")
@Tag(name = "Decisions", description = "The decisions of a general assembly (a budget adopted, the annual accounts adopted, others)")
public class DecisionResource {

    static final String BUDGET_ADOPTED = "{\"kind\": \"BUDGET_ADOPTED\", \"text\": \"Begroting 2026 vastgesteld\", "
            + "\"budget\": {\"network\": \"M50\", \"year\": 2026}, \"decidedBy\": \"Algemene ledenvergadering\"}";

    private final DecisionService decisions;
    private final SecurityIdentity identity;

    DecisionResource(DecisionService decisions, SecurityIdentity identity) {
        this.decisions = decisions;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The decisions of an event, earliest first (whoever may read the event)")
    public Uni<List<DecisionView>> list(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return decisions.list(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "budget adopted",
            summary = "The autumn assembly adopted the budget for 2026", value = BUDGET_ADOPTED)))
    @APIResponse(responseCode = "201", description = "Recorded; decision-recorded is published (a budget's adoption reaches finance-service)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", description = "Not a general assembly, or the assembly was cancelled")
    @Operation(summary = "Record a decision of a general assembly (the secretariat of its host network)")
    public Uni<Response> record(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                @Valid @NotNull DecisionData request) {
        return decisions.record(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.created(URI.create("/v1/events/" + view.eventId() + "/decisions")).entity(view).build());
    }
}
