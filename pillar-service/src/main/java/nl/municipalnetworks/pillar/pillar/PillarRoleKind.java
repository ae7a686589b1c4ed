package nl.municipalnetworks.pillar.pillar;

/** The roles in a pillar: one chair and one vice-chair at a time, any number of supporting civil servants. */
public enum PillarRoleKind {
    CHAIR, VICE_CHAIR, SUPPORTER;

    public boolean isSingle() {
        return this != SUPPORTER;
    }
}
