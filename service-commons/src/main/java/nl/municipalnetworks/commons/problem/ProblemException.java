package nl.municipalnetworks.commons.problem;

import java.util.List;

/**
 * A refusal that the client caused and can understand: thrown by domain rules and services,
 * turned into problem+json by {@link ProblemMappers}. Never carries a 5xx status.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.InvalidParam> invalidParams;

    protected ProblemException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        super(detail);
        this.status = status;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** 400: a field of the request is wrong. */
    public static ProblemException invalid(String field, String reason) {
        return new ProblemException(400, "Invalid input", field + ": " + reason,
                List.of(new Problem.InvalidParam(field, reason)));
    }

    /** 400 with several wrong fields at once. */
    public static ProblemException invalid(String detail, List<Problem.InvalidParam> invalidParams) {
        return new ProblemException(400, "Invalid input", detail, invalidParams);
    }

    /** 404. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", what + " " + id + " does not exist", List.of());
    }

    /** 409: the request conflicts with the current state (duplicate, illegal transition). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    /** 409 that names the field whose value conflicts. */
    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "Conflict", detail, List.of(new Problem.InvalidParam(field, detail)));
    }

    /** 403: authenticated, but this caller may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), null, invalidParams);
    }

    public int status() {
        return status;
    }
}
