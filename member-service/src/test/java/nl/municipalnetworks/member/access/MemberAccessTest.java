package nl.municipalnetworks.member.access;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberAccessTest {

    private static final Caller ZEIST_OFFICIAL = new Caller("zeist-official", Set.of("member-official"), "M50", "GM0355");
    private static final Caller M50_SECRETARIAT = new Caller("m50-secretariat", Set.of("secretariat"), "M50", "GM0355");
    private static final Caller M50_BOARD = new Caller("m50-board", Set.of("board"), "M50", "GM0867");
    private static final Caller G40_SECRETARIAT = new Caller("g40-secretariat", Set.of("secretariat"), "G40", "GM0150");
    private static final Caller PARTNER = new Caller("platform31-partner", Set.of("partner"), "M50", null);
    private static final Caller VNG = new Caller("service-account-vng-network-client", Set.of("network-client"), "VNG", null);
    private static final Caller ADMIN = new Caller("platform-admin", Set.of("platform-admin"), null, null);

    private static final Set<String> IN_M50 = Set.of("M50");
    private static final Set<String> IN_NO_NETWORK = Set.of();

    @Test
    void anOfficialSeesAndChangesOnlyTheirOwnMunicipality() {
        assertThat(MemberAccess.maySeePeopleOf(ZEIST_OFFICIAL, "GM0355", IN_M50)).isTrue();
        assertThat(MemberAccess.maySeePeopleOf(ZEIST_OFFICIAL, "GM0867", IN_M50)).isFalse();
        assertThat(MemberAccess.maySeeContactDetailsOf(ZEIST_OFFICIAL, "GM0867", IN_M50)).isFalse();
        assertForbidden(() -> MemberAccess.requireMayEditPeopleOf(ZEIST_OFFICIAL, "GM0867", IN_M50));
    }

    @Test
    void contactDetailsAreForSecretariatAndBoardOfTheMunicipalitysNetworkAndOwnOfficials() {
        assertThat(MemberAccess.maySeeContactDetailsOf(M50_SECRETARIAT, "GM0867", IN_M50)).isTrue();
        assertThat(MemberAccess.maySeeContactDetailsOf(M50_BOARD, "GM0867", IN_M50)).isTrue();
        assertThat(MemberAccess.maySeePeopleOf(PARTNER, "GM0867", IN_M50)).isTrue();
        assertThat(MemberAccess.maySeeContactDetailsOf(PARTNER, "GM0867", IN_M50)).isFalse();
        // Another network's secretariat: neither names nor contact details of an M50-only municipality.
        assertThat(MemberAccess.maySeePeopleOf(G40_SECRETARIAT, "GM0867", IN_M50)).isFalse();
        assertThat(MemberAccess.maySeeContactDetailsOf(G40_SECRETARIAT, "GM0867", IN_M50)).isFalse();
        // Another network's system sees no personal data at all.
        assertThat(MemberAccess.maySeePeopleOf(VNG, "GM0867", Set.of("M50", "VNG"))).isFalse();
        assertThat(MemberAccess.maySeePeopleOf(VNG, null, IN_NO_NETWORK)).isFalse();
        assertThat(MemberAccess.maySeeContactDetailsOf(ADMIN, "GM0867", IN_M50)).isTrue();
    }

    @Test
    void registerDataIsChangedByTheSecretariatOfANetworkItBelongsToOrOfAnyWhileItBelongsToNone() {
        assertThat(MemberAccess.mayChangeMunicipality(M50_SECRETARIAT, IN_M50)).isTrue();
        assertThat(MemberAccess.mayChangeMunicipality(G40_SECRETARIAT, IN_M50)).isFalse();
        assertThat(MemberAccess.mayChangeMunicipality(G40_SECRETARIAT, Set.of("M50", "G40"))).isTrue();
        assertThat(MemberAccess.mayChangeMunicipality(G40_SECRETARIAT, IN_NO_NETWORK)).isTrue();
        assertThat(MemberAccess.mayChangeMunicipality(M50_BOARD, IN_M50)).isFalse();
        assertThat(MemberAccess.mayChangeMunicipality(ADMIN, IN_M50)).isTrue();
    }

    @Test
    void theBoardListIsForThoseWhoWorkInTheNetwork() {
        MemberAccess.requireWorksIn(ZEIST_OFFICIAL, "M50");
        MemberAccess.requireWorksIn(PARTNER, "M50");
        assertForbidden(() -> MemberAccess.requireWorksIn(G40_SECRETARIAT, "M50"));
        assertForbidden(() -> MemberAccess.requireWorksIn(VNG, "M50"));
    }

    @Test
    void aSecretariatActsForItsOwnNetworkOnly() {
        MemberAccess.requireSecretariatOf(M50_SECRETARIAT, "M50");
        assertForbidden(() -> MemberAccess.requireSecretariatOf(G40_SECRETARIAT, "M50"));
    }

    private static void assertForbidden(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
