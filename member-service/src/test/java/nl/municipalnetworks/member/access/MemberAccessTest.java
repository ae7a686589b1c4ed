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
    private static final Caller G40_SECRETARIAT = new Caller("g40-secretariat", Set.of("secretariat"), "G40", "GM0150");
    private static final Caller PARTNER = new Caller("platform31-partner", Set.of("partner"), "M50", null);

    @Test
    void anOfficialSeesAndChangesOnlyTheirOwnMunicipality() {
        assertThat(MemberAccess.maySeePeopleOf(ZEIST_OFFICIAL, "GM0355")).isTrue();
        assertThat(MemberAccess.maySeePeopleOf(ZEIST_OFFICIAL, "GM0867")).isFalse();
        assertThat(MemberAccess.maySeeContactDetailsOf(ZEIST_OFFICIAL, "GM0867")).isFalse();
        assertThatThrownBy(() -> MemberAccess.requireMayEditPeopleOf(ZEIST_OFFICIAL, "GM0867"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void contactDetailsAreForSecretariatBoardAndOwnOfficials() {
        assertThat(MemberAccess.maySeeContactDetailsOf(M50_SECRETARIAT, "GM0867")).isTrue();
        assertThat(MemberAccess.maySeePeopleOf(PARTNER, "GM0867")).isTrue();
        assertThat(MemberAccess.maySeeContactDetailsOf(PARTNER, "GM0867")).isFalse();
    }

    @Test
    void aSecretariatActsForItsOwnNetworkOnly() {
        MemberAccess.requireSecretariatOf(M50_SECRETARIAT, "M50");
        assertThatThrownBy(() -> MemberAccess.requireSecretariatOf(G40_SECRETARIAT, "M50"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
