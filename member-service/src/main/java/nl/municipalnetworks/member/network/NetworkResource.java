package nl.municipalnetworks.member.network;

import nl.municipalnetworks.commons.api.NetworkCode;
import io.quarkus.security.Authenticated;
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
import nl.municipalnetworks.member.membership.MembershipDtos.PublicMember;
import nl.municipalnetworks.member.membership.MembershipFilter;
import nl.municipalnetworks.member.membership.MembershipService;
import nl.municipalnetworks.member.membership.MembershipStatus;
import nl.municipalnetworks.member.municipality.Cluster;
import nl.municipalnetworks.member.municipality.Province;
import nl.municipalnetworks.member.network.NetworkDtos.CreateNetwork;
import nl.municipalnetworks.member.network.NetworkDtos.NetworkView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/v1")
@Tag(name = "Networks", description = "Networks, their public member lists, growth and partners")
public class NetworkResource {

    private final NetworkService networks;
    private final MembershipService memberships;
    private final SecurityIdentity identity;

    NetworkResource(NetworkService networks, MembershipService memberships, SecurityIdentity identity) {
        this.networks = networks;
        this.memberships = memberships;
        this.identity = identity;
    }

    @GET
    @Path("/networks")
    @PermitAll
    @Operation(summary = "All networks (public)")
    public Uni<List<NetworkView>> list() {
        return networks.list();
    }

    @GET
    @Path("/networks/{code}")
    @PermitAll
    @Operation(summary = "One network (public)")
    public Uni<NetworkView> get(@PathParam("code") String code) {
        return networks.get(NetworkCode.parse("code", code));
    }

    @POST
    @Path("/networks")
    @RolesAllowed(Role.PLATFORM_ADMIN)
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "network", value = "{\"code\": \"M50\", \"name\": \"M50\", \"description\": \"Network of mid-sized municipalities\", \"growthTarget\": {\"baseline\": 40, \"target\": 50}, \"noticeRule\": {\"noticeBefore\": \"09-01\", \"takesEffectOn\": \"01-01\"}}")))
    @APIResponse(responseCode = "201", description = "Added; the Location header names the new network",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NetworkView.class)))
    @APIResponse(responseCode = "409", description = "A network with this code already exists")
    @Operation(summary = "Add a network")
    public Uni<Response> create(@Valid @NotNull CreateNetwork request) {
        return networks.create(request)
                .map(view -> Response.created(URI.create("/v1/networks/" + view.code())).entity(view).build());
    }

    @GET
    @Path("/networks/{code}/members")
    @PermitAll
    @Operation(summary = "Public member list: name, province, cluster and member since",
            description = "Current members (including those under notice). Filter by province, cluster, part of the name; sort=name,-since")
    public Uni<Page<PublicMember>> members(@PathParam("code") String code,
                                           @QueryParam("province") String province,
                                           @QueryParam("cluster") String cluster,
                                           @QueryParam("name") String name,
                                           @QueryParam("sort") String sort,
                                           @QueryParam("page") String page,
                                           @QueryParam("pageSize") String pageSize) {
        MembershipFilter filter = new MembershipFilter(NetworkCode.parse("code", code),
                List.of(MembershipStatus.MEMBER, MembershipStatus.NOTICE_GIVEN),
                Province.fromQuery(province), Cluster.fromQuery(cluster), name);
        return memberships.publicMembers(filter, sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/networks/{code}/growth")
    @Authenticated
    @Operation(summary = "Progress toward the growth target (secretariat and board)")
    public Uni<GrowthProgress> growth(@PathParam("code") String code) {
        return memberships.growth(Caller.of(identity), NetworkCode.parse("code", code));
    }

    @GET
    @Path("/partners")
    @PermitAll
    @Operation(summary = "Knowledge partners of the networks (public)")
    public Uni<List<NetworkService.PartnerView>> partners() {
        return networks.partners();
    }

    @POST
    @Path("/partners")
    @RolesAllowed(Role.PLATFORM_ADMIN)
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "partner", value = "{\"name\": \"Platform31\", \"description\": \"Knowledge partner\", \"networks\": [\"M50\"]}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NetworkService.PartnerView.class)))
    @APIResponse(responseCode = "409", description = "A partner with this name already exists")
    @Operation(summary = "Add a knowledge partner")
    public Uni<Response> createPartner(@Valid @NotNull NetworkService.NewPartner request) {
        return networks.createPartner(request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
