package nl.municipalnetworks.commons.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void ordinaryTextWithTabsAndLineBreaksIsText() {
        assertThat(Text.refusal("Súdwest-Fryslân")).isNull();
        assertThat(Text.refusal("line one\r\nline two\tend")).isNull();
        assertThat(Text.refusal("emoji \uD83D\uDE00 ok")).isNull();
        assertThat(Text.refusal("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "\u0001start", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085", "\u009f"})
    void controlCharactersAreRefused(String text) {
        assertThat(Text.refusal(text)).isEqualTo(Text.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"half \uD800", "\uDC00 low first", "end \uD83D"})
    void halfCharactersAreRefused(String text) {
        assertThat(Text.refusal(text)).contains("half a character");
    }
}
