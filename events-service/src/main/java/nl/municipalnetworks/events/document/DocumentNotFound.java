package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.List;

/** 404 for a document that is not there: never uploaded to this event, withdrawn, or without the version asked for. */
public final class DocumentNotFound extends ProblemException {

    public DocumentNotFound(String detail) {
        super(404, "Not found", detail, List.of());
    }
}
