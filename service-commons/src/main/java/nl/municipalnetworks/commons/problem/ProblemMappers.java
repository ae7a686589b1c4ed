package nl.municipalnetworks.commons.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
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

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e) {
        return unreadableJson(e);
    }

    /**
     * Malformed JSON, or a value of the wrong type (a text where a date belongs). The reason names
     * what the field must be in the user's words; Jackson's own messages name Java types.
     */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return respond(malformedJson(e));
        }
        // Jackson wraps a parse error met inside a field (bytes that are not UTF-8) with the field's path.
        if (mapping.getCause() instanceof StreamReadException broken && !(broken instanceof InputCoercionException)) {
            return respond(malformedJson(broken));
        }
        String field = jsonPath(mapping);
        String reason = JsonReasons.reason(mapping);
        if (field.isEmpty()) {
            field = "body";
            reason = reason.replaceFirst("^must be an object$", "must be a JSON object");
        }
        return respond(new Problem("about:blank", "Invalid input", 400, field + ": " + reason, null,
                List.of(new Problem.InvalidParam(field, reason))));
    }

    /** Text that is not JSON at all, or bytes that are not UTF-8. */
    private static Problem malformedJson(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        // Jackson's byte-level parser says "Invalid UTF-8 start byte 0xff" and the like.
        String what = message.contains("UTF-8") ? "is not UTF-8 text" : message.startsWith("Duplicate field")
                ? "names a field more than once" : "is not valid JSON";
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String reason = what + where;
        return new Problem("about:blank", "Invalid input", 400, "The request body " + reason, null,
                List.of(new Problem.InvalidParam("body", reason)));
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
        List<JsonMappingException.Reference> path = new java.util.ArrayList<>(e.getPath());
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown
                && (path.isEmpty() || !unknown.getPropertyName().equals(path.get(path.size() - 1).getFieldName()))) {
            path.add(new JsonMappingException.Reference(null, unknown.getPropertyName()));
        }
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
