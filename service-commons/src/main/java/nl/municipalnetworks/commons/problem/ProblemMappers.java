package nl.municipalnetworks.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every error leaves a service as application/problem+json; a client's mistake is never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e) {
        return violations((ConstraintViolationException) e);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        String detail = params.stream().map(p -> p.name() + ": " + p.reason()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Invalid input", 400, detail, null, params));
    }

    // Jackson's specific exceptions are mapped one by one because Quarkus has built-in mappers for
    // some of them that would otherwise win over the general JsonProcessingException mapper.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unconstructableValue(ValueInstantiationException e) {
        return unreadableJson(e);
    }

    /** Malformed JSON, or a value of the wrong type (a text where a date belongs). */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String reason = e instanceof ValueInstantiationException && e.getCause() != null
                ? e.getCause().getMessage() : e.getOriginalMessage();
        if (field.isEmpty()) {
            return respond(Problem.of(400, "Invalid input", "The request body is not valid JSON: " + reason));
        }
        return respond(new Problem("about:blank", "Invalid input", 400, field + ": " + reason, null,
                List.of(new Problem.InvalidParam(field, reason))));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(401, "Unauthorized", "A valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return respond(Problem.of(401, "Unauthorized", "A valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "Your role does not allow this"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(Problem.of(status, "Internal error", "The server could not handle the request"));
        }
        return respond(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    /**
     * Anything else. The database has the last word on uniqueness and concurrent edits: when two
     * requests race past the service's own checks, the loser gets a 409, not a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(Problem.of(409, "Conflict", "The change conflicts with existing data; reload and try again"));
            }
            if (cause instanceof org.hibernate.StaleStateException || cause instanceof jakarta.persistence.OptimisticLockException) {
                return respond(Problem.of(409, "Conflict", "Someone else changed this at the same time; reload and try again"));
            }
        }
        LOG.error("Unexpected error", e);
        return respond(Problem.of(500, "Internal error", "The server could not handle the request"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The last node of the property path: {@code create.body.cbsCode} becomes {@code cbsCode}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
