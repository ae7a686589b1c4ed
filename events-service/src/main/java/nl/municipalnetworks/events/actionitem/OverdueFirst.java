package nl.municipalnetworks.events.actionitem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;

/**
 * The order of a list of action items: overdue ones first (OPEN with a due date before today, a Dutch calendar
 * day), then by due date, then as they were made (createdAt, then id as PostgreSQL orders a uuid). {@link #HQL} is the same rule for the database;
 * ActionItemApiTest checks that the API's order is this comparator's.
 */
public final class OverdueFirst {

    /** The order by clause of {@link #comparator}, with the day as parameter {@code :today}. */
    static final String HQL = "case when status = 'OPEN' and dueDate < :today then 0 else 1 end asc, dueDate asc, createdAt asc, id asc";

    private OverdueFirst() {
    }

    /** What the comparator needs of an item. */
    public interface Item {
        ActionItemStatus status();

        LocalDate dueDate();

        OffsetDateTime createdAt();

        UUID id();
    }

    public static boolean isOverdue(ActionItemStatus status, LocalDate dueDate, LocalDate today) {
        return status == ActionItemStatus.OPEN && dueDate.isBefore(today);
    }

    public static <T extends Item> Comparator<T> comparator(LocalDate today) {
        Comparator<T> overdue = Comparator.comparing(i -> !isOverdue(i.status(), i.dueDate(), today));
        return overdue.thenComparing(Item::dueDate).thenComparing(Item::createdAt).thenComparing(i -> i.id().toString());
    }
}
