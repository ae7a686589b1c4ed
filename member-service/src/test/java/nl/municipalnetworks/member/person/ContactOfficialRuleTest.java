package nl.municipalnetworks.member.person;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.member.membership.MembershipStatus;
import nl.municipalnetworks.member.municipality.Municipality;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactOfficialRuleTest {

    private final Municipality zeist = municipality("Zeist");
    private final Municipality waalwijk = municipality("Waalwijk");

    @Test
    void aCivilServantOfTheMemberItselfIsNamed() {
        Person official = person(zeist, OfficialRole.CONTACT_OFFICIAL);
        ContactOfficial designation = ContactOfficial.designate("M50", zeist.id, MembershipStatus.MEMBER, official, OffsetDateTime.now());
        assertThat(designation.personId).isEqualTo(official.id);
        assertThat(designation.until).isNull();
    }

    @Test
    void notSomeoneOfAnotherMunicipality() {
        Person other = person(waalwijk, OfficialRole.CONTACT_OFFICIAL);
        assertThatThrownBy(() -> ContactOfficial.designate("M50", zeist.id, MembershipStatus.MEMBER, other, OffsetDateTime.now()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void notAMayorOrAlderman() {
        Person mayor = person(zeist, OfficialRole.MAYOR);
        assertThatThrownBy(() -> ContactOfficial.designate("M50", zeist.id, MembershipStatus.MEMBER, mayor, OffsetDateTime.now()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void onlyForMembers() {
        Person official = person(zeist, OfficialRole.CONTACT_OFFICIAL);
        assertThatThrownBy(() -> ContactOfficial.designate("M50", zeist.id, MembershipStatus.PROSPECT, official, OffsetDateTime.now()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> ContactOfficial.designate("M50", zeist.id, null, official, OffsetDateTime.now()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    private static Municipality municipality(String name) {
        Municipality m = new Municipality();
        m.id = UUID.randomUUID();
        m.name = name;
        return m;
    }

    private static Person person(Municipality municipality, OfficialRole role) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.municipality = municipality;
        p.firstName = "Sam";
        p.lastName = "de Vries";
        p.role = role;
        return p;
    }
}
