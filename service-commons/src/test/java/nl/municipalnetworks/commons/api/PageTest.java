package nl.municipalnetworks.commons.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void totalPagesRoundUpAndAnEmptyListHasNone() {
        assertThat(Page.of(List.of("a", "b"), new PageRequest(1, 2), 5).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of("a", "b"), new PageRequest(1, 2), 4).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), new PageRequest(1, 20), 0).totalPages()).isZero();
    }

    @Test
    void otherItemsKeepTheCounts() {
        Page<String> page = Page.of(List.of("a", "b"), new PageRequest(2, 2), 5);
        assertThat(page.withItems(List.of(1, 2))).isEqualTo(new Page<>(List.of(1, 2), 2, 2, 5, 3));
        assertThat(page.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
