package nl.municipalnetworks.events.actionitem;

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
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.actionitem.ActionItemDtos.ActionItemData;
import nl.municipalnetworks.events.actionitem.ActionItemDtos.ActionItemView;
import nl.municipalnetworks.events.api.Params;
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

@Path("/v1/events/{id}/action-items")
@Tag(name = "Action items", description = "Action items from a meeting: what, who, by when, and whether it is done")
public class EventActionItemResource {

    static final String EXAMPLE = "{\"description\": \"Reactie op de Nota Ruimte rondsturen aan de leden\", \"ownerName\": \"Anouk de Vries\", "
            + "\"ownerEmail\": \"a.devries@zeist.nl\", \"ownerPillar\": \"Fysiek Domein\", \"dueDate\": \"2025-04-30\"}";

    private final ActionItemService actionItems;
    private final SecurityIdentity identity;

    EventActionItemResource(ActionItemService actionItems, SecurityIdentity identity) {
        this.actionItems = actionItems;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.SECRETARIAT, Role.BOARD, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The action items of an event (the network's secretariat and board; an official sees its own municipality's)",
            description = "Overdue first (OPEN and due before today, Dutch time), then by due date. status: of one status only")
    public Uni<Page<ActionItemView>> list(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                          @QueryParam("status") @Parameter(schema = @Schema(implementation = ActionItemStatus.class)) String status,
                                          @QueryParam("page") String page,
                                          @QueryParam("pageSize") String pageSize) {
        return actionItems.ofEvent(Caller.of(identity), Params.id("id", id),
                status == null ? null : QueryValues.enumValue("status", status, ActionItemStatus.class), PageRequest.of(page, pageSize));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "action item", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added as OPEN",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionItemView.class)))
    @APIResponse(responseCode = "409", description = "The event was cancelled")
    @Operation(summary = "Add an action item to an event (the secretariat of its host network)")
    public Uni<Response> create(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                @Valid @NotNull ActionItemData request) {
        return actionItems.create(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.created(URI.create("/v1/events/" + view.eventId() + "/action-items")).entity(view).build());
    }
}
