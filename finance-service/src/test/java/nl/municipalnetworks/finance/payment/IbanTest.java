package nl.municipalnetworks.finance.payment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "nl91 abna 0417 1643 00", "NL91 ABNA 0417 1643 00", "NL38BNGH0285012345",
            "NL39RABO0300065264", "BE68539007547034", "DE89370400440532013000", "GB82WEST12345698765432"})
    void acceptsValidNumbersAsTyped(String typed) {
        assertThat(Iban.isValid(typed)).isTrue();
        assertThat(Iban.parse(typed).value()).doesNotContain(" ").isUpperCase();
    }

    @Test
    void formatsInGroupsOfFour() {
        assertThat(Iban.parse("nl91abna0417164300").formatted()).isEqualTo("NL91 ABNA 0417 1643 00");
    }

    @Test
    void aTypingErrorBreaksTheCheckDigits() {
        // one digit changed, two digits swapped: mod 97 catches both
        assertThat(Iban.whyNot("NL91ABNA0417164301")).contains("check digits");
        assertThat(Iban.whyNot("NL91ABNA0417163400")).contains("check digits");
        assertThat(Iban.whyNot("NL19ABNA0417164300")).contains("check digits");
    }

    @Test
    void theShapeAndTheCountrysLengthMustFit() {
        assertThat(Iban.whyNot("NL91ABNA041716430")).contains("18 characters");
        assertThat(Iban.whyNot("NL91ABN10417164300")).contains("Dutch");
        assertThat(Iban.whyNot("0417164300")).contains("is not an IBAN");
        assertThat(Iban.whyNot("")).contains("is not an IBAN");
        assertThat(Iban.whyNot(null)).isEqualTo("is required");
        assertThatThrownBy(() -> Iban.parse("NL00ABNA0417164300")).isInstanceOf(IllegalArgumentException.class);
    }
}
