package nl.municipalnetworks.finance.budget;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static nl.municipalnetworks.finance.budget.BudgetStatus.ADOPTED;
import static nl.municipalnetworks.finance.budget.BudgetStatus.DRAFT;
import static nl.municipalnetworks.finance.budget.BudgetStatus.PROPOSED;
import static nl.municipalnetworks.finance.budget.BudgetStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetStatusTest {

    @Test
    void aBudgetIsDraftedProposedAndAdoptedAndAProposalCanBeWithdrawn() {
        assertThat(DRAFT.moveTo(PROPOSED)).isEqualTo(PROPOSED);
        assertThat(PROPOSED.moveTo(DRAFT)).isEqualTo(DRAFT);
        assertThat(PROPOSED.moveTo(ADOPTED)).isEqualTo(ADOPTED);
        assertThat(ADOPTED.moveTo(SUPERSEDED)).isEqualTo(SUPERSEDED);
    }

    @Test
    void everyOtherStepIsRefusedSayingWhatIsPossible() {
        for (BudgetStatus from : BudgetStatus.values()) {
            for (BudgetStatus to : BudgetStatus.values()) {
                boolean allowed = (from == DRAFT && to == PROPOSED) || (from == PROPOSED && (to == DRAFT || to == ADOPTED))
                        || (from == ADOPTED && to == SUPERSEDED);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
            }
        }
        assertThatThrownBy(() -> DRAFT.moveTo(ADOPTED)).isInstanceOf(BudgetStatus.IllegalBudgetTransition.class)
                .hasMessageContaining("draft cannot become adopted").hasMessageContaining("propose it first");
        assertThatThrownBy(() -> ADOPTED.moveTo(DRAFT)).hasMessageContaining("changed by an amendment");
        assertThatThrownBy(() -> SUPERSEDED.moveTo(ADOPTED)).hasMessageContaining("it is final");
    }

    @Test
    void onlyADraftIsEditedAndOnlyAdoptedVersionsArePublicToMembers() {
        assertThat(EnumSet.allOf(BudgetStatus.class).stream().filter(BudgetStatus::isEditable)).containsExactly(DRAFT);
        assertThat(EnumSet.allOf(BudgetStatus.class).stream().filter(BudgetStatus::wasAdopted)).containsExactly(ADOPTED, SUPERSEDED);
        assertThat(EnumSet.allOf(BudgetStatus.class).stream().filter(BudgetStatus::isOpen)).containsExactly(DRAFT, PROPOSED);
    }
}
