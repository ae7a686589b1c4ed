package nl.municipalnetworks.finance.accounts;

import nl.municipalnetworks.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adopted accounts close the books of their year, and only of that year. */
class ClosedBooksTest {

    private static final ClosedYear ADOPTED_2024 = new ClosedYear("M50", 2024, LocalDate.of(2025, 5, 15), "ALV voorjaar 2025");

    private final ClosedBooks books = ClosedBooks.of(List.of(ADOPTED_2024));

    @Test
    void everyDayOfTheAdoptedYearIsClosedFromItsFirstToItsLast() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            assertThat(books.closing(day)).as(day.toString()).contains(ADOPTED_2024);
        }
    }

    @Test
    void theYearsBeforeAndAfterStayOpen() {
        assertThat(books.closing(LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(books.closing(LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(books.closing(2025)).isEmpty();
        assertThatCode(() -> books.requireOpen(LocalDate.of(2025, 1, 1), "date", "a bill")).doesNotThrowAnyException();
        assertThatCode(() -> books.requireOpen(2023, "year", "a run")).doesNotThrowAnyException();
        assertThatCode(() -> ClosedBooks.of(List.of()).requireOpen(2024, "year", "a run")).doesNotThrowAnyException();
    }

    @Test
    void aChangeInAClosedYearIsAConflictThatSaysWhenTheAccountsWereAdoptedAndNamesTheField() {
        assertThatThrownBy(() -> books.requireOpen(LocalDate.of(2024, 12, 31), "date", "a bill dated 2024-12-31 cannot be recorded"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.getMessage()).isEqualTo("a bill dated 2024-12-31 cannot be recorded: the annual accounts "
                            + "of M50 for 2024 were adopted on 2025-05-15 (ALV voorjaar 2025), which closed the books of 2024");
                    assertThat(problem.toProblem().invalidParams()).singleElement()
                            .satisfies(param -> assertThat(param.name()).isEqualTo("date"));
                });
        assertThatThrownBy(() -> books.requireOpen(2024, null, "bill X cannot be approved"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.toProblem().invalidParams()).isEmpty();
                    assertThat(problem.getMessage()).contains("adopted on 2025-05-15");
                });
    }

    @Test
    void severalClosedYearsEachCloseTheirOwn() {
        ClosedYear adopted2023 = new ClosedYear("M50", 2023, LocalDate.of(2024, 4, 18), "ALV voorjaar 2024");
        ClosedBooks two = ClosedBooks.of(List.of(adopted2023, ADOPTED_2024));
        assertThat(two.closing(LocalDate.of(2023, 6, 1))).contains(adopted2023);
        assertThat(two.closing(LocalDate.of(2024, 6, 1))).contains(ADOPTED_2024);
        assertThat(two.closing(LocalDate.of(2022, 6, 1))).isEmpty();
    }
}
