package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.api.Text;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.events.event.Audience;

/** The rules of a document's fields: plain Java, so that they are tested without a database. */
public final class DocumentRules {

    public static final int MAX_TITLE = 200;

    private DocumentRules() {
    }

    /**
     * The audience of a document: the event's when none is given; it may be narrower than the event's (a board paper
     * of a members' meeting), never wider (a public document of a board meeting would show what the meeting hides):
     * 400 naming {@code audience}. From wide to narrow: PUBLIC, MEMBERS, BOARD.
     */
    public static Audience audience(String given, Audience eventAudience) {
        if (given == null) {
            return eventAudience;
        }
        if (given.isBlank()) {
            throw ProblemException.invalid("audience", "must be one of PUBLIC, MEMBERS, BOARD (or left out: the event's)");
        }
        Audience audience = QueryValues.enumValue("audience", given.strip(), Audience.class);
        if (isWider(audience, eventAudience)) {
            throw ProblemException.invalid("audience", "may not be wider than the event's audience (" + eventAudience + "): "
                    + audience + " would show the document to callers who may not read the event; "
                    + "allowed: " + String.join(", ", narrowerOrEqual(eventAudience)));
        }
        return audience;
    }

    /** Whether {@code audience} admits callers that {@code than} does not. */
    public static boolean isWider(Audience audience, Audience than) {
        return audience.ordinal() < than.ordinal();
    }

    private static java.util.List<String> narrowerOrEqual(Audience eventAudience) {
        return java.util.Arrays.stream(Audience.values()).filter(a -> !isWider(a, eventAudience)).map(Enum::name).toList();
    }

    public static DocumentKind kind(String given) {
        if (given == null || given.isBlank()) {
            throw ProblemException.invalid("kind", "is required: one of AGENDA, MEETING_PAPER, MINUTES, PRESENTATION");
        }
        return QueryValues.enumValue("kind", given.strip(), DocumentKind.class);
    }

    public static String title(String given) {
        if (given == null || given.isBlank()) {
            throw ProblemException.invalid("title", "is required");
        }
        String title = given.strip();
        String refusal = Text.refusal(title);
        if (refusal != null) {
            throw ProblemException.invalid("title", refusal);
        }
        if (title.length() > MAX_TITLE) {
            throw ProblemException.invalid("title", "must be at most " + MAX_TITLE + " characters");
        }
        return title;
    }
}
