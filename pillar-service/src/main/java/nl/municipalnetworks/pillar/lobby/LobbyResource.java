package nl.municipalnetworks.pillar.lobby;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
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
import nl.municipalnetworks.pillar.lobby.LobbyDtos.ContactData;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.DueList;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.LobbyItemData;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.LobbyItemView;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.StakeholderData;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.StakeholderView;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.StatusChange;
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

/** Lobby items and stakeholders: read by those who work in the network (see PillarAccess). */
@Path("/v1")
@Tag(name = "Lobby", description = "Lobby lines, messages and position papers of pillars; the stakeholders they aim at")
@RolesAllowed({Role.SECRETARIAT, Role.BOARD, Role.TREASURER, Role.PILLAR_CHAIR, Role.MEMBER_OFFICIAL, Role.PARTNER,
        Role.PLATFORM_ADMIN})
public class LobbyResource {

    static final int DEFAULT_WEEKS = 4;

    private final LobbyService lobby;
    private final SecurityIdentity identity;

    LobbyResource(LobbyService lobby, SecurityIdentity identity) {
        this.lobby = lobby;
        this.identity = identity;
    }

    @GET
    @Path("/stakeholders")
    @Operation(summary = "The stakeholders of a network with their contact persons",
            description = "sort=name,kind (a minus for descending); by default by name")
    public Uni<Page<StakeholderView>> stakeholders(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                                   @QueryParam("sort") String sort,
                                                   @QueryParam("page") String page,
                                                   @QueryParam("pageSize") String pageSize) {
        return lobby.stakeholders(Caller.of(identity), Params.network(network), sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/stakeholders/{id}")
    public Uni<StakeholderView> stakeholder(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return lobby.stakeholder(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @Path("/stakeholders")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "stakeholder",
            value = "{\"network\": \"M50\", \"name\": \"Ministerie van Volkshuisvesting en Ruimtelijke Ordening\", \"kind\": \"MINISTRY\", \"description\": \"Woningbouwopgave\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(responseCode = "409", description = "The network already has a stakeholder with this name")
    @Operation(summary = "Add a stakeholder (secretariat, pillar chairs)")
    public Uni<Response> createStakeholder(@Valid @NotNull StakeholderData request) {
        return lobby.createStakeholder(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/stakeholders/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/stakeholders/{id}/contacts")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "contact",
            value = "{\"name\": \"Anne-Marie d'Hondt\", \"jobTitle\": \"Beleidsadviseur\", \"email\": \"a.dhondt@minvro.nl\", \"phone\": \"070 123 4567\"}")))
    @APIResponse(responseCode = "201", description = "Added; answers the stakeholder with all its contacts",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StakeholderView.class)))
    @Operation(summary = "Add a contact person to a stakeholder (secretariat, pillar chairs)")
    public Uni<Response> addContact(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                    @Valid @NotNull ContactData request) {
        return lobby.addContact(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("/lobby-items")
    @Operation(summary = "The lobby items of a network, earliest deadline first",
            description = "pillarId, status: filters. sort=deadline,title,status,kind (a minus for descending); "
                    + "by default the earliest deadline first, items without one last, then by title")
    public Uni<Page<LobbyItemView>> items(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                          @QueryParam("pillarId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String pillarId,
                                          @QueryParam("status") @Parameter(schema = @Schema(implementation = LobbyStatus.class)) String status,
                                          @QueryParam("sort") String sort,
                                          @QueryParam("page") String page,
                                          @QueryParam("pageSize") String pageSize) {
        return lobby.items(Caller.of(identity), Params.network(network), QueryValues.uuid("pillarId", pillarId),
                QueryValues.enumValue("status", status, LobbyStatus.class), sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/lobby-items/{id}")
    public Uni<LobbyItemView> item(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return lobby.item(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @Path("/lobby-items")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "position paper",
            value = "{\"pillarId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"kind\": \"POSITION_PAPER\", \"title\": \"Middelgrote steden en de woningbouwopgave\", \"body\": null, \"status\": \"IN_PROGRESS\", \"deadline\": \"2026-12-10\", \"parliamentaryMoment\": \"Commissiedebat Bouwen en wonen\", \"stakeholderIds\": []}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LobbyItemView.class)))
    @Operation(summary = "Add a lobby line, message or position paper (secretariat; the pillar's chair)")
    public Uni<Response> createItem(@Valid @NotNull LobbyItemData request) {
        return lobby.createItem(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/lobby-items/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/lobby-items/{id}/status")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "submitted",
            value = "{\"status\": \"SUBMITTED\"}")))
    @Operation(summary = "Change the status of a lobby item (secretariat; the pillar's chair)")
    public Uni<LobbyItemView> changeStatus(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                           @Valid @NotNull StatusChange request) {
        return lobby.changeStatus(Caller.of(identity), Params.id("id", id), request.status());
    }

    @GET
    @Path("/networks/{network}/lobby-due")
    @Operation(summary = "Open lobby items due in the coming weeks (default 4), overdue ones included",
            description = "Today is the Dutch calendar day (Europe/Amsterdam)")
    public Uni<DueList> due(@PathParam("network") String network,
                            @QueryParam("weeks") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "52")) String weeks) {
        return lobby.due(Caller.of(identity), Params.network(network),
                QueryValues.wholeNumber("weeks", weeks, 1, LobbyRules.MAX_WEEKS_AHEAD, DEFAULT_WEEKS));
    }
}
