package nl.municipalnetworks.events.event;

/**
 * The kinds of meetings of a network (DOMAIN.md, Events): the general assembly (ALV, ledenbijeenkomst) in spring
 * and autumn, pillar meetings, theme sessions, webinars, contact-officials meetings, board meetings, the
 * half-yearly meeting with the Ministry of Justice and Security, networking drinks at the VNG congress.
 */
public enum EventKind {
    GENERAL_ASSEMBLY, PILLAR_MEETING, THEME_SESSION, WEBINAR, CONTACT_OFFICIALS_MEETING, BOARD_MEETING,
    MINISTRY_MEETING, NETWORK_DRINKS
}
