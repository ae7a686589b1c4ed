package nl.municipalnetworks.member.board;

import io.quarkus.security.Authenticated;
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
import nl.municipalnetworks.member.network.NetworkCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1")
@Tag(name = "Board", description = "Daily board, chair, portfolios and VNG committee seats of a network")
@Authenticated
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
        return service.positions(NetworkCode.fromPath(network));
    }

    @POST
    @Path("/networks/{code}/board-positions")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "Add a board position (one chair at a time)")
    public Uni<Response> addPosition(@PathParam("code") String network, @Valid @NotNull BoardService.NewPosition request) {
        return service.addPosition(Caller.of(identity), NetworkCode.fromPath(network), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("/networks/{code}/vng-committee-seats")
    public Uni<List<BoardService.SeatView>> seats(@PathParam("code") String network) {
        return service.seats(NetworkCode.fromPath(network));
    }

    @POST
    @Path("/networks/{code}/vng-committee-seats")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    public Uni<Response> addSeat(@PathParam("code") String network, @Valid @NotNull BoardService.NewSeat request) {
        return service.addSeat(Caller.of(identity), NetworkCode.fromPath(network), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
