package nl.municipalnetworks.pillar;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.pillar.activity.TargetProgress;
import nl.municipalnetworks.pillar.member.KnownMembership;
import nl.municipalnetworks.pillar.member.KnownPerson;
import nl.municipalnetworks.pillar.participation.ParticipationRules;
import nl.municipalnetworks.pillar.pillar.Pillar;
import nl.municipalnetworks.pillar.pillar.PillarRole;
import nl.municipalnetworks.pillar.pillar.PillarRoleKind;
import nl.municipalnetworks.pillar.pillar.PillarRoles;
import nl.municipalnetworks.pillar.theme.ThemeReference;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of pillar-service in plain Java, without a framework. */
class RulesTest {

    private static final UUID ZEIST = UUID.randomUUID();

    @Test
    void progressCountsParticipantsAgainstTheTarget() {
        assertThat(TargetProgress.of(10, "experiments", 3)).isEqualTo(new TargetProgress(10, "experiments", 3, 30, false));
        assertThat(TargetProgress.of(3, "municipalities", 2).percent()).isEqualTo(66);
        assertThat(TargetProgress.of(10, "experiments", 10).targetReached()).isTrue();
        assertThat(TargetProgress.of(5, "municipalities", 7).percent()).isEqualTo(100);
        assertThat(TargetProgress.of(null, null, 4)).isEqualTo(new TargetProgress(null, null, 4, null, false));
    }

    @Test
    void oneChairAtATimeAndANewChairEndsThePreviousTermTheDayBefore() {
        Pillar pillar = pillar(LocalDate.of(2025, 1, 1), null);
        List<PillarRole> history = new ArrayList<>();
        UUID laura = UUID.randomUUID();
        UUID sanne = UUID.randomUUID();
        history.add(PillarRoles.appoint(pillar, history, PillarRoleKind.CHAIR, laura, LocalDate.of(2025, 1, 1)));

        assertThatThrownBy(() -> PillarRoles.appoint(pillar, history, PillarRoleKind.CHAIR, laura, LocalDate.of(2025, 6, 1)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("already holds");
        assertThatThrownBy(() -> PillarRoles.appoint(pillar, history, PillarRoleKind.CHAIR, sanne, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("one chair at a time");
        PillarRole next = PillarRoles.appoint(pillar, history, PillarRoleKind.CHAIR, sanne, LocalDate.of(2025, 7, 1));
        history.add(next);

        assertThat(history.get(0).to).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(PillarRoles.current(history, PillarRoleKind.CHAIR, null)).contains(next);
        // Supporters are many: a second one ends nobody's term.
        history.add(PillarRoles.appoint(pillar, history, PillarRoleKind.SUPPORTER, laura, LocalDate.of(2025, 8, 1)));
        history.add(PillarRoles.appoint(pillar, history, PillarRoleKind.SUPPORTER, UUID.randomUUID(), LocalDate.of(2025, 8, 1)));
        assertThat(history).filteredOn(r -> r.role == PillarRoleKind.SUPPORTER && r.isCurrent()).hasSize(2);
    }

    @Test
    void aTermStartsWithinThePillarsPeriod() {
        Pillar ended = pillar(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));
        assertThatThrownBy(() -> PillarRoles.appoint(ended, List.of(), PillarRoleKind.CHAIR, UUID.randomUUID(),
                LocalDate.of(2023, 1, 1))).isInstanceOf(ProblemException.class).hasMessageContaining("period");
    }

    @Test
    void themeReferencesAreStoredOnceForBothDirectionsAndNeverToItself() {
        UUID duurzaamheid = UUID.randomUUID();
        UUID woningmarkt = UUID.randomUUID();
        ThemeReference one = ThemeReference.between(duurzaamheid, woningmarkt);
        ThemeReference other = ThemeReference.between(woningmarkt, duurzaamheid);
        assertThat(one.pair).isEqualTo(other.pair);
        assertThat(one.otherThan(duurzaamheid)).isEqualTo(woningmarkt);
        assertThat(one.otherThan(woningmarkt)).isEqualTo(duurzaamheid);
        // The lower id first as PostgreSQL orders uuids (unsigned), not as UUID.compareTo (signed) does.
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        assertThat(ThemeReference.between(high, low).pair.themeId()).isEqualTo(low);
        assertThatThrownBy(() -> ThemeReference.between(duurzaamheid, duurzaamheid))
                .isInstanceOf(ProblemException.class).hasMessageContaining("itself");
    }

    @Test
    void onlyMembersTakePartWithAnOfficialAndSupporterOfTheirOwn() {
        KnownMembership membership = new KnownMembership();
        membership.joinedOn = LocalDate.of(2019, 1, 1);
        membership.endedOn = LocalDate.of(2024, 12, 31);
        KnownPerson official = person(ZEIST);
        KnownPerson outsider = person(UUID.randomUUID());

        ParticipationRules.requireMayTakePart("M50", ZEIST, List.of(membership), LocalDate.of(2024, 12, 31), official, null);
        assertThatThrownBy(() -> ParticipationRules.requireMayTakePart("M50", ZEIST, List.of(membership),
                LocalDate.of(2025, 1, 1), official, null)).hasMessageContaining("not a member");
        assertThatThrownBy(() -> ParticipationRules.requireMayTakePart("M50", ZEIST, List.of(),
                LocalDate.of(2020, 1, 1), official, null)).hasMessageContaining("not a member");
        KnownMembership sinceUnknownDate = new KnownMembership();
        ParticipationRules.requireMayTakePart("M50", ZEIST, List.of(sinceUnknownDate), LocalDate.of(2001, 1, 1), official, null);
        assertThatThrownBy(() -> ParticipationRules.requireMayTakePart("M50", ZEIST, List.of(membership),
                LocalDate.of(2020, 1, 1), outsider, null)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().invalidParams().get(0).name()).isEqualTo("officialId"));
        assertThatThrownBy(() -> ParticipationRules.requireMayTakePart("M50", ZEIST, List.of(membership),
                LocalDate.of(2020, 1, 1), official, outsider)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().invalidParams().get(0).name()).isEqualTo("supporterId"));
    }

    private static Pillar pillar(LocalDate from, LocalDate to) {
        Pillar pillar = new Pillar();
        pillar.id = UUID.randomUUID();
        pillar.validFrom = from;
        pillar.validTo = to;
        return pillar;
    }

    private static KnownPerson person(UUID municipality) {
        KnownPerson person = new KnownPerson();
        person.id = UUID.randomUUID();
        person.municipalityId = municipality;
        person.firstName = "Jan";
        person.lastName = "de Vries";
        return person;
    }
}
