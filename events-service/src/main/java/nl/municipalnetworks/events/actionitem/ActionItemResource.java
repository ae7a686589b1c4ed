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
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.actionitem.ActionItemDtos.ActionItemView;
import nl.municipalnetworks.events.actionitem.ActionItemDtos.StatusChange;
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

@Path("/v1/action-items")
@Tag(name = "Action items", description = "Action items from a meeting: what, who, by when, and whether it is done")
public class ActionItemResource {

    private final ActionItemService actionItems;
    private final SecurityIdentity identity;

    ActionItemResource(ActionItemService actionItems, SecurityIdentity identity) {
        this.actionItems = actionItems;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.SECRETARIAT, Role.BOARD, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The action items of a network (its secretariat and board; an official sees its own municipality's)",
            description = "status: e.g. OPEN. owner: the owner's name or e-mail contains this. By default overdue first (OPEN and "
                    + "due before today, Dutch time), then by due date; sort=dueDate,createdAt,status (a minus for descending)")
    public Uni<Page<ActionItemView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                          @QueryParam("status") @Parameter(schema = @Schema(implementation = ActionItemStatus.class)) String status,
                                          @QueryParam("owner") @Parameter(schema = @Schema(maxLength = 200), example = "de Vries") String owner,
                                          @QueryParam("sort") String sort,
                                          @QueryParam("page") String page,
                                          @QueryParam("pageSize") String pageSize) {
        return actionItems.list(Caller.of(identity), Params.network(network),
                status == null ? null : QueryValues.enumValue("status", status, ActionItemStatus.class),
                Params.optionalText("owner", owner, 200), sort, PageRequest.of(page, pageSize));
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed({Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "done", value = "{\"status\": \"DONE\"}")))
    @APIResponse(responseCode = "200", description = "The action item in its new status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionItemView.class)))
    @APIResponse(responseCode = "409", description = "Not a change the item can make (OPEN -> DONE or CANCELLED, DONE -> OPEN)")
    @Operation(summary = "Mark an action item done, cancel or reopen it (the secretariat; an official marks its municipality's item done)")
    public Uni<ActionItemView> changeStatus(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                            @Valid @NotNull StatusChange request) {
        return actionItems.changeStatus(Caller.of(identity), Params.id("id", id), request.status());
    }
}
