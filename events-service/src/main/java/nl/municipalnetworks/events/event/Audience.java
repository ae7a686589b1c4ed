package nl.municipalnetworks.events.event;

/** Who an event is for: everyone (no token needed), those who work in its networks, or the board only. */
public enum Audience {
    PUBLIC, MEMBERS, BOARD
}
