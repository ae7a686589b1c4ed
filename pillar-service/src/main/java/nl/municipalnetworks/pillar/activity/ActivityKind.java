package nl.municipalnetworks.pillar.activity;

/** Kinds of work under a theme (learning circle: leerkring; case room: casuskamer). */
public enum ActivityKind {
    EXPERIMENT, LEARNING_CIRCLE, CASE_ROOM, RESEARCH, LOBBY_ACTION, MEETING_SERIES
}
