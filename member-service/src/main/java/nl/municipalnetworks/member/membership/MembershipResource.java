package nl.municipalnetworks.member.membership;

import io.quarkus.security.Authenticated;
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
import nl.municipalnetworks.member.membership.MembershipDtos.ChangeStatus;
import nl.municipalnetworks.member.membership.MembershipDtos.CreateMembership;
import nl.municipalnetworks.member.membership.MembershipDtos.MembershipDetail;
import nl.municipalnetworks.member.membership.MembershipDtos.MembershipView;
import nl.municipalnetworks.member.membership.MembershipDtos.NewNote;
import nl.municipalnetworks.member.membership.MembershipDtos.NoteView;
import nl.municipalnetworks.member.membership.MembershipDtos.UpdateRecruitment;
import nl.municipalnetworks.member.municipality.Cluster;
import nl.municipalnetworks.member.municipality.Province;
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

@Path("/v1")
@Tag(name = "Memberships", description = "Municipalities in networks: prospects, members, notice, history, recruitment")
@Authenticated
public class MembershipResource {

    private final MembershipService service;
    private final SecurityIdentity identity;

    MembershipResource(MembershipService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/memberships")
    @Operation(summary = "List memberships", description = "Filter by network, status (repeatable), province, cluster and part of the name; sort=name,-since")
    public Uni<Page<MembershipView>> list(@QueryParam("network") String network,
                                          @QueryParam("status") List<String> status,
                                          @QueryParam("province") String province,
                                          @QueryParam("cluster") String cluster,
                                          @QueryParam("name") String name,
                                          @QueryParam("sort") String sort,
                                          @QueryParam("page") String page,
                                          @QueryParam("pageSize") String pageSize) {
        MembershipFilter filter = new MembershipFilter(network,
                QueryValues.enumValues("status", status, MembershipStatus.class),
                Province.fromQuery(province), Cluster.fromQuery(cluster), name);
        return service.list(Caller.of(identity), filter, sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/memberships/{id}")
    @Operation(summary = "A membership with its status history and (for secretariat and board) recruitment notes")
    public Uni<MembershipDetail> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.get(Caller.of(identity), QueryValues.requiredUuid("id", id));
    }

    @POST
    @Path("/memberships")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "prospect", value = "{\"network\": \"M50\", \"municipalityId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\", \"status\": \"PROSPECT\", \"recruitmentStatus\": \"IDENTIFIED\", \"recruitmentOwner\": \"M50 secretariat\"}")))
    @APIResponse(responseCode = "201", description = "Registered; the Location header names the new membership",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The municipality already has a membership of this network")
    @Operation(summary = "Register a prospect (default) or a current member")
    public Uni<Response> create(@Valid @NotNull CreateMembership request) {
        return service.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/memberships/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/memberships/{id}/status-changes")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "join", value = "{\"status\": \"MEMBER\", \"effectiveOn\": \"2025-01-01\"}")))
    @APIResponse(responseCode = "200", description = "The membership in its new status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "This status change is not allowed from the current status")
    @Operation(summary = "Move a membership: PROSPECT -> MEMBER -> NOTICE_GIVEN -> ENDED (a prospect may also be ENDED)")
    public Uni<MembershipView> changeStatus(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, @Valid @NotNull ChangeStatus request) {
        return service.changeStatus(Caller.of(identity), QueryValues.requiredUuid("id", id), request);
    }

    @PUT
    @Path("/memberships/{id}/recruitment")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "in conversation", value = "{\"status\": \"IN_CONVERSATION\", \"owner\": \"M50 secretariat\"}")))
    @APIResponse(responseCode = "200", description = "The membership with its recruitment",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "Recruitment applies to prospects only")
    @Operation(summary = "Set where the recruitment of a prospect stands and who owns it")
    public Uni<MembershipView> updateRecruitment(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, @Valid @NotNull UpdateRecruitment request) {
        return service.updateRecruitment(Caller.of(identity), QueryValues.requiredUuid("id", id), request);
    }

    @POST
    @Path("/memberships/{id}/recruitment-notes")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "note", value = "{\"text\": \"Introductory meeting with the alderman held; a decision is expected after the summer.\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoteView.class)))
    @Operation(summary = "Add a note on the recruitment of a prospect")
    public Uni<Response> addNote(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, @Valid @NotNull NewNote request) {
        return service.addNote(Caller.of(identity), QueryValues.requiredUuid("id", id), request)
                .map(note -> Response.status(Response.Status.CREATED).entity(note).build());
    }
}
