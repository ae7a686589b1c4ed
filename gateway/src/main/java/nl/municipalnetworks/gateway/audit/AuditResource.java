package nl.municipalnetworks.gateway.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The gateway's audit trail: {@code GET /api/v1/gateway/audit-records}, newest first, paged and filtered by
 * {@code from}, {@code to}, {@code network}, {@code client}, {@code user}, {@code method}, {@code status} and
 * {@code requestId}. Under {@code /api/v1/gateway}, a prefix none of the four services' route families uses.
 */
@Path("/api/v1/gateway/audit-records")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService service;
    private final SecurityIdentity identity;

    AuditResource(AuditService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({AuditAccess.PLATFORM_ADMIN, AuditAccess.BOARD})
    public Uni<RestResponse<AuditDtos.AuditRecordPage>> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                                             @QueryParam("network") String network,
                                                             @QueryParam("client") String client,
                                                             @QueryParam("user") String user,
                                                             @QueryParam("method") String method,
                                                             @QueryParam("status") String status,
                                                             @QueryParam("requestId") String requestId,
                                                             @QueryParam("page") String page,
                                                             @QueryParam("pageSize") String pageSize) {
        AuditPaging paging = AuditPaging.of(page, pageSize);
        AuditFilter filter = AuditAccess.scope(identity,
                AuditFilter.of(from, to, network, client, user, method, status, requestId));
        return service.find(filter, paging).map(result -> RestResponse.ResponseBuilder.ok(result)
                .header("Cache-Control", "no-store")
                .build());
    }
}
