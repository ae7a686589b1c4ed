package nl.municipalnetworks.pillar.lobby;

public enum LobbyStatus {
    PLANNED,
    IN_PROGRESS,
    /** Sent or presented; waiting for what it brings. */
    SUBMITTED,
    DONE,
    DROPPED;

    /** Still to be worked on: what the due list shows. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
