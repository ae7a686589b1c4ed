package nl.municipalnetworks.commons.inbox;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of an event handler are worth a retry and which go to the dead-letter topic at once. */
class PermanentFailureTest {

    @Test
    void dataTheDatabaseRefusesAsSuchIsNotRetried() {
        assertThat(EventConsumer.isPermanent(violation("23502"))).as("not null").isTrue();
        assertThat(EventConsumer.isPermanent(violation("23514"))).as("check").isTrue();
        assertThat(EventConsumer.isPermanent(new DataException("too long", new SQLException("x", "22001")))).isTrue();
        assertThat(EventConsumer.isPermanent(new RuntimeException("wrapped", violation("23502")))).isTrue();
        assertThat(EventConsumer.isPermanent(new UnprocessableEvent("no such municipality", null))).isTrue();
    }

    @Test
    void whatAnotherAttemptMaySolveIsRetried() {
        assertThat(EventConsumer.isPermanent(violation("23503"))).as("foreign key: the event it depends on may come later").isFalse();
        assertThat(EventConsumer.isPermanent(violation("23505"))).as("unique: a concurrent insert").isFalse();
        assertThat(EventConsumer.isPermanent(new IllegalStateException("connection closed"))).isFalse();
    }

    private static ConstraintViolationException violation(String sqlState) {
        return new ConstraintViolationException("violation", new SQLException("violation", sqlState), "constraint");
    }
}
