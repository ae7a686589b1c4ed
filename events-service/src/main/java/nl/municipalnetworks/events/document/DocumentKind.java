package nl.municipalnetworks.events.document;

/** What a meeting document is: the agenda, a meeting paper (a proposal, a report), the minutes, a presentation. */
public enum DocumentKind {
    AGENDA,
    MEETING_PAPER,
    MINUTES,
    PRESENTATION
}
