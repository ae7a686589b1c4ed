package nl.municipalnetworks.events.access;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.List;

/** 401 for an anonymous caller asking for what only signed-in callers may see (a members' event). */
public final class SignInRequired extends ProblemException {

    public SignInRequired(String detail) {
        super(401, "Unauthorized", detail, List.of());
    }
}
