package nl.municipalnetworks.events.actionitem;

import org.junit.jupiter.api.Test;

import static nl.municipalnetworks.events.actionitem.ActionItemStatus.CANCELLED;
import static nl.municipalnetworks.events.actionitem.ActionItemStatus.DONE;
import static nl.municipalnetworks.events.actionitem.ActionItemStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

class ActionItemStatusTest {

    @Test
    void anOpenItemIsDoneOrCancelled() {
        assertThat(OPEN.refusalOfChangeTo(DONE)).isNull();
        assertThat(OPEN.refusalOfChangeTo(CANCELLED)).isNull();
        assertThat(OPEN.refusalOfChangeTo(OPEN)).contains("OPEN cannot become OPEN");
    }

    @Test
    void aDoneItemIsReopenedButNotCancelled() {
        assertThat(DONE.refusalOfChangeTo(OPEN)).isNull();
        assertThat(DONE.refusalOfChangeTo(CANCELLED)).contains("DONE cannot become CANCELLED").contains("[OPEN]");
        assertThat(DONE.refusalOfChangeTo(DONE)).isNotNull();
    }

    @Test
    void aCancelledItemIsFinal() {
        for (ActionItemStatus target : ActionItemStatus.values()) {
            assertThat(CANCELLED.refusalOfChangeTo(target)).contains("CANCELLED is final");
        }
    }
}
