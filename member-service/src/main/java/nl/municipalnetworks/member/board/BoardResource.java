package nl.municipalnetworks.member.board;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
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
import nl.municipalnetworks.commons.api.NetworkCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1")
@Tag(name = "Board", description = "Daily board, chair, portfolios and VNG committee seats of a network")
@RolesAllowed({Role.PLATFORM_ADMIN, Role.SECRETARIAT, Role.BOARD, Role.TREASURER, Role.PILLAR_CHAIR,
        Role.MEMBER_OFFICIAL, Role.PARTNER})
public class BoardResource {

    private final BoardService service;
    private final SecurityIdentity identity;

    BoardResource(BoardService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/networks/{code}/board-positions")
    public Uni<List<BoardService.PositionView>> positions(@PathParam("code") String network) {
        return service.positions(Caller.of(identity), NetworkCode.parse("code", network));
    }

    @POST
    @Path("/networks/{code}/board-positions")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "chair", value = "{\"personId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\", \"position\": \"CHAIR\", \"portfolio\": \"Strategy and external relations\", \"startsOn\": \"2025-01-01\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BoardService.PositionView.class)))
    @APIResponse(responseCode = "409", description = "The network already has a chair in this period")
    @Operation(summary = "Add a board position (one chair at a time)")
    public Uni<Response> addPosition(@PathParam("code") String network, @Valid @NotNull BoardService.NewPosition request) {
        return service.addPosition(Caller.of(identity), NetworkCode.parse("code", network), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("/networks/{code}/vng-committee-seats")
    public Uni<List<BoardService.SeatView>> seats(@PathParam("code") String network) {
        return service.seats(Caller.of(identity), NetworkCode.parse("code", network));
    }

    @POST
    @Path("/networks/{code}/vng-committee-seats")
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "VNG committee", value = "{\"personId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\", \"committee\": \"VNG committee Finance\", \"startsOn\": \"2025-01-01\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BoardService.SeatView.class)))
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    public Uni<Response> addSeat(@PathParam("code") String network, @Valid @NotNull BoardService.NewSeat request) {
        return service.addSeat(Caller.of(identity), NetworkCode.parse("code", network), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
