package nl.municipalnetworks.gateway.audit;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.gateway.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway's own JAX-RS API (the audit trail) answers its refusals as the services do: RFC 9457 problem details, a
 * bad query parameter named in {@code invalidParams} (NL GOV API Design Rules); no token 401, a role that may not 403.
 */
public class AuditProblemMappers {

    @ServerExceptionMapper
    public Response problem(AuditProblem problem) {
        JsonObject body = Problems.body(problem.status(), problem.getMessage()).toJsonObject();
        if (!problem.invalidParams().isEmpty()) {
            JsonArray params = new JsonArray();
            problem.invalidParams().forEach(p -> params.add(new JsonObject().put("name", p.name()).put("reason", p.reason())));
            body.put("invalidParams", params);
        }
        return response(problem.status(), body);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return response(403, Problems.body(403, "Your roles do not allow this")
                .toJsonObject());
    }

    private static Response unauthorized() {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problems.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(Problems.body(401, "This needs a bearer token: sign in first").toString())
                .build();
    }

    private static Response response(int status, JsonObject body) {
        return Response.status(status).type(Problems.MEDIA_TYPE).header("Cache-Control", "no-store")
                .entity(body.encode()).build();
    }
}
