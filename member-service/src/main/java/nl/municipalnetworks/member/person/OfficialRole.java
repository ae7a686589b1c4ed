package nl.municipalnetworks.member.person;

/** What an official does in their municipality. */
public enum OfficialRole {
    MAYOR(true),
    ALDERMAN(true),
    MUNICIPAL_SECRETARY(false),
    CONTACT_OFFICIAL(false),
    SUPPORTING_CIVIL_SERVANT(false),
    ADVISER(false);

    private final boolean elected;

    OfficialRole(boolean elected) {
        this.elected = elected;
    }

    /** Mayors and aldermen are elected officials (bestuurders); the others are civil servants. */
    public boolean isElected() {
        return elected;
    }
}
