package nl.municipalnetworks.finance.party;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    @Test
    void anIbanPassesOnlyWithItsModulo97CheckDigits() {
        assertThat(Iban.parse("NL91 ABNA 0417 1643 00").value()).isEqualTo("NL91ABNA0417164300");
        assertThat(Iban.parse("DE89370400440532013000").value()).isEqualTo("DE89370400440532013000");
        assertThat(Iban.parse("GB82 WEST 1234 5698 7654 32").value()).isEqualTo("GB82WEST12345698765432");
        // one digit typed wrong, two digits swapped: the check catches both
        assertThatThrownBy(() -> Iban.parse("NL91ABNA0417164301")).hasMessageContaining("check digits");
        assertThatThrownBy(() -> Iban.parse("NL91ABNA0417163400")).hasMessageContaining("check digits");
        assertThatThrownBy(() -> Iban.parse("NL91ABNA041716430")).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> Iban.parse("9191ABNA0417164300")).hasMessageContaining("must be an IBAN");
    }

    @Test
    void checkDigitsCanBeMadeForFictitiousAccounts() {
        String iban = Iban.withCheckDigits("NL", "BNGH0285012345");
        assertThat(iban).isEqualTo("NL38BNGH0285012345");
        assertThat(Iban.parse(iban).value()).isEqualTo(iban);
    }

    @Test
    void aKvkNumberHasEightDigits() {
        assertThat(Identifiers.kvkNumber("3802 0751")).isEqualTo("38020751");
        assertThat(Identifiers.kvkNumber("38.02.07.51")).isEqualTo("38020751");
        assertThatThrownBy(() -> Identifiers.kvkNumber("3802075")).hasMessageContaining("eight digits");
        assertThatThrownBy(() -> Identifiers.kvkNumber("3802075A")).hasMessageContaining("eight digits");
        assertThatThrownBy(() -> Identifiers.kvkNumber("380207511")).hasMessageContaining("eight digits");
    }

    @Test
    void aVatNumberIsNlNineDigitsBAndTwoDigits() {
        assertThat(Identifiers.vatNumber("nl 0012.34.567.b01")).isEqualTo("NL001234567B01");
        assertThatThrownBy(() -> Identifiers.vatNumber("NL001234567")).hasMessageContaining("B and two digits");
        assertThatThrownBy(() -> Identifiers.vatNumber("BE0123456789")).hasMessageContaining("Dutch VAT number");
        assertThatThrownBy(() -> Identifiers.vatNumber("NL00123456B01")).hasMessageContaining("nine digits");
    }

    @Test
    void anOinHasTwentyDigits() {
        assertThat(Identifiers.oin("00000001 001234567 000")).isEqualTo("00000001001234567000");
        assertThatThrownBy(() -> Identifiers.oin("0000000100123456700")).hasMessageContaining("twenty digits");
    }

    @Test
    void aPostcodeIsFourDigitsAndTwoLetters() {
        assertThat(Identifiers.postcode("7411kt")).isEqualTo("7411 KT");
        assertThat(Identifiers.postcode(" 7411 KT ")).isEqualTo("7411 KT");
        assertThatThrownBy(() -> Identifiers.postcode("0411 KT")).hasMessageContaining("four digits");
        assertThatThrownBy(() -> Identifiers.postcode("7411 SS")).hasMessageContaining("Dutch postcode");
        assertThatThrownBy(() -> Identifiers.postcode("74111 KT")).hasMessageContaining("Dutch postcode");
    }

    @Test
    void aBicHasEightOrElevenCharacters() {
        assertThat(Identifiers.bic("bnghnl2g")).isEqualTo("BNGHNL2G");
        assertThat(Identifiers.bic("ABNANL2AXXX")).isEqualTo("ABNANL2AXXX");
        assertThatThrownBy(() -> Identifiers.bic("ABNANL2AX")).hasMessageContaining("eight or eleven");
    }

    @Test
    void anEmailAddressHasAnAtAndADomain() {
        assertThat(Identifiers.email("facturen@deventer.nl")).isEqualTo("facturen@deventer.nl");
        assertThatThrownBy(() -> Identifiers.email("facturen@deventer")).hasMessageContaining("e-mail");
        assertThatThrownBy(() -> Identifiers.email("factuur en@deventer.nl")).hasMessageContaining("e-mail");
    }
}
