package nl.municipalnetworks.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details, with the {@code invalidParams} extension of the NL GOV API Design
 * Rules naming each field that was wrong.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record InvalidParam(String name, String reason) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }
}
