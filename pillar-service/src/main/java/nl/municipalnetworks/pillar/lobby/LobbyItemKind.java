package nl.municipalnetworks.pillar.lobby;

public enum LobbyItemKind {
    /** A lobby line: what the pillar wants from The Hague over a longer time. */
    LINE,
    /** A message: one point to bring across, e.g. in a meeting with a ministry. */
    MESSAGE,
    /** A position paper (position paper, brief) for a parliamentary moment; has a deadline. */
    POSITION_PAPER
}
