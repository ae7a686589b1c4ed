package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.problem.Problem;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.List;

/** 413: a document larger than the limit ({@link DocumentLimits}), naming the limit and the field. */
public final class DocumentTooLarge extends ProblemException {

    public static final String TITLE = "Content too large";

    public DocumentTooLarge(String field, String reason) {
        super(413, TITLE, field + ": " + reason, List.of(new Problem.InvalidParam(field, reason)));
    }

    /** Why a file of {@code size} bytes is refused. */
    public static String reason(long size, long limit) {
        return "is " + DocumentLimits.describe(size) + "; a document may be at most " + DocumentLimits.describe(limit);
    }
}
