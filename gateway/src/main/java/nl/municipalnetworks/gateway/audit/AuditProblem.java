package nl.municipalnetworks.gateway.audit;

import java.util.List;

/** A refused audit query: 400 naming the field, or 403 (answered as problem details by {@link AuditProblemMappers}). */
public class AuditProblem extends RuntimeException {

    private final int status;
    private final List<InvalidParam> invalidParams;

    public record InvalidParam(String name, String reason) {
    }

    AuditProblem(int status, String detail, List<InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.status = status;
        this.invalidParams = invalidParams;
    }

    public static AuditProblem invalid(String field, String reason) {
        return new AuditProblem(400, "The query parameter " + field + " " + reason,
                List.of(new InvalidParam(field, reason)));
    }

    public static AuditProblem forbidden(String detail) {
        return new AuditProblem(403, detail, List.of());
    }

    public int status() {
        return status;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
