package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void defaultsAndPlainNumbers() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 20));
        assertThat(PageRequest.of("3", "50")).isEqualTo(new PageRequest(3, 50));
        assertThat(PageRequest.of("3", "50").index()).isEqualTo(2);
    }

    @Test
    void thePageThatStartsAtTheMaximumIsTheLastOneAccepted() {
        // pageSize 20: page 50001 starts at item 1,000,000; page 50002 would start beyond it.
        assertThat(PageRequest.of("50001", "20").page()).isEqualTo(50001);
        assertThat(PageRequest.of("10001", "100").page()).isEqualTo(10001);
        assertRefused("50002", "20", "page", "must be a whole number between 1 and 50001 (at page size 20)");
        assertRefused("10002", "100", "page", "must be a whole number between 1 and 10001 (at page size 100)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "999999999", "99999999999999999999", "0", "-1"})
    void extremePagesAreRefusedNamingPage(String page) {
        assertRefused(page, "20", "page", "whole number between 1 and");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "+1", " 1", "1 ", "", " ", "one", "0x10", "١"})
    void onlyPlainWholeNumbersArePages(String page) {
        if (page.isEmpty()) {
            assertThat(PageRequest.of(page, null).page()).isEqualTo(1);
            return;
        }
        assertRefused(page, null, "page", "whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "1.5", "-5", "+20"})
    void pageSizeOutsideOneToAHundredIsRefused(String size) {
        assertRefused("1", size, "pageSize", "must be a whole number between 1 and 100");
    }

    @Test
    void anEmptyPageSizeIsTheDefault() {
        assertThat(PageRequest.of("2", "")).isEqualTo(new PageRequest(2, PageRequest.DEFAULT_PAGE_SIZE));
    }

    private static void assertRefused(String page, String size, String parameter, String reasonPart) {
        assertThatThrownBy(() -> PageRequest.of(page, size))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().invalidParams()).singleElement().satisfies(p -> {
                        assertThat(p.name()).isEqualTo(parameter);
                        assertThat(p.reason()).contains(reasonPart);
                    });
                });
    }
}
