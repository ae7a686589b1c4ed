package nl.municipalnetworks.events.actionitem;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.municipalnetworks.events.actionitem.ActionItemStatus.CANCELLED;
import static nl.municipalnetworks.events.actionitem.ActionItemStatus.DONE;
import static nl.municipalnetworks.events.actionitem.ActionItemStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

class OverdueFirstTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 15);
    private static final OffsetDateTime MADE = OffsetDateTime.parse("2025-03-27T16:00:00+01:00");

    record Item(String name, ActionItemStatus status, LocalDate dueDate, OffsetDateTime createdAt, UUID id)
            implements OverdueFirst.Item {
        static Item of(String name, ActionItemStatus status, LocalDate dueDate) {
            return new Item(name, status, dueDate, MADE, UUID.randomUUID());
        }
    }

    private static List<String> sorted(LocalDate today, Item... items) {
        List<Item> list = new ArrayList<>(List.of(items));
        list.sort(OverdueFirst.comparator(today));
        return list.stream().map(Item::name).toList();
    }

    @Test
    void overdueOpenItemsComeFirstThenTheRestByDueDate() {
        Item dueLater = Item.of("later", OPEN, TODAY.plusDays(30));
        Item dueToday = Item.of("today", OPEN, TODAY);
        Item longOverdue = Item.of("long overdue", OPEN, TODAY.minusDays(40));
        Item overdue = Item.of("overdue", OPEN, TODAY.minusDays(1));
        Item doneLongAgo = Item.of("done", DONE, TODAY.minusDays(60));
        Item cancelled = Item.of("cancelled", CANCELLED, TODAY.minusDays(50));

        assertThat(sorted(TODAY, dueLater, doneLongAgo, dueToday, overdue, cancelled, longOverdue))
                .containsExactly("long overdue", "overdue", "done", "cancelled", "today", "later");
    }

    @Test
    void dueTodayIsNotOverdueButTomorrowItIs() {
        assertThat(OverdueFirst.isOverdue(OPEN, TODAY, TODAY)).isFalse();
        assertThat(OverdueFirst.isOverdue(OPEN, TODAY, TODAY.plusDays(1))).isTrue();
        assertThat(OverdueFirst.isOverdue(DONE, TODAY, TODAY.plusDays(1))).isFalse();

        Item a = Item.of("a", OPEN, TODAY);
        Item b = Item.of("b", OPEN, TODAY.minusDays(3));
        Item c = Item.of("c", DONE, TODAY.minusDays(5));
        assertThat(sorted(TODAY, a, c, b)).containsExactly("b", "c", "a");
        assertThat(sorted(TODAY.minusDays(10), a, c, b)).containsExactly("c", "b", "a");
    }

    @Test
    void itemsDueTheSameDayKeepTheOrderTheyWereMadeInThenTheIdAsPostgreSqlOrdersIt() {
        Item first = new Item("first", OPEN, TODAY, MADE, UUID.fromString("ffffffff-0000-0000-0000-000000000000"));
        Item second = new Item("second", OPEN, TODAY, MADE.plusMinutes(1), UUID.fromString("00000000-0000-0000-0000-000000000001"));
        assertThat(sorted(TODAY, second, first)).containsExactly("first", "second");
        // Java's UUID.compareTo is signed (ffffffff... before 10000000...); PostgreSQL's uuid order is not
        assertThat(sorted(TODAY, first, new Item("low id", OPEN, TODAY, MADE, UUID.fromString("10000000-0000-0000-0000-000000000000"))))
                .containsExactly("low id", "first");
    }
}
