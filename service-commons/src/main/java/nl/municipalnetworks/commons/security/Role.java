package nl.municipalnetworks.commons.security;

/** Realm roles of the platform (deploy/keycloak/municipal-networks-realm.json). */
public final class Role {
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String SECRETARIAT = "secretariat";
    public static final String BOARD = "board";
    public static final String TREASURER = "treasurer";
    public static final String PILLAR_CHAIR = "pillar-chair";
    public static final String MEMBER_OFFICIAL = "member-official";
    public static final String PARTNER = "partner";
    public static final String NETWORK_CLIENT = "network-client";

    private Role() {
    }
}
