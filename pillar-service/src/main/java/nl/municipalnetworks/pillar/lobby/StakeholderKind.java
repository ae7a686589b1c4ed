package nl.municipalnetworks.pillar.lobby;

/** Whom a network lobbies or works with. */
public enum StakeholderKind {
    /** A ministry (BZK, SZW, J&amp;V, ...). */
    MINISTRY,
    /** A committee of the Tweede or Eerste Kamer. */
    PARLIAMENT_COMMITTEE,
    /** VNG and other associations of governments. */
    ASSOCIATION_OF_GOVERNMENTS,
    /** Aedes and other sector organisations. */
    SECTOR_ORGANISATION,
    /** FNV and other unions. */
    TRADE_UNION,
    POLICE,
    OTHER
}
