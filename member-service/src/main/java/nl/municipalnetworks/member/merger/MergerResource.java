package nl.municipalnetworks.member.merger;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.member.merger.MergerDtos.MergerView;
import nl.municipalnetworks.member.merger.MergerDtos.RecordMerger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/v1")
@Tag(name = "Mergers", description = "Municipal mergers (herindeling): which municipalities merged into which successor, and when")
@Authenticated
public class MergerResource {

    private final MergerService service;
    private final SecurityIdentity identity;

    MergerResource(MergerService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/municipal-mergers")
    @Operation(summary = "Mergers, the latest first")
    public Uni<Page<MergerView>> list(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        return service.list(PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/municipal-mergers/{id}")
    @Operation(summary = "A merger with the memberships it ended and the successor's memberships")
    public Uni<MergerView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/municipal-mergers")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "Record a merger",
            description = "The merging municipalities' memberships end on the day before mergedOn with the reason MERGED; "
                    + "the successor becomes a member of the networks named in successorMemberships (only the caller's own network, "
                    + "unless platform admin). Register a new successor first (POST /v1/municipalities).")
    public Uni<Response> record(@Valid @NotNull RecordMerger request) {
        return service.record(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/municipal-mergers/" + view.id())).entity(view).build());
    }
}
