package nl.municipalnetworks.finance.party;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillingDetailsTest {

    private static BillingDetails.Draft deventer() {
        return new BillingDetails.Draft("Gemeente Deventer", "Grote Kerkhof 1", "7411kt", "Deventer", "NL",
                "3802 0751", "00000001001234567000", "nl001234567b01", "nl91 abna 0417 1643 00", "abnanl2a",
                " facturen@deventer.example ", "0190", null);
    }

    @Test
    void detailsAreWrittenOneWayWhateverWayTheyAreTyped() {
        BillingDetails d = deventer().parse();
        assertThat(d.postcode()).isEqualTo("7411 KT");
        assertThat(d.kvkNumber()).isEqualTo("38020751");
        assertThat(d.vatNumber()).isEqualTo("NL001234567B01");
        assertThat(d.iban().value()).isEqualTo("NL91ABNA0417164300");
        assertThat(d.iban().grouped()).isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(d.bic()).isEqualTo("ABNANL2A");
        assertThat(d.email()).isEqualTo("facturen@deventer.example");
    }

    @Test
    void aGovernmentBodyIsRegisteredAndReceivesByItsOinAnyOtherPartyByItsKvkNumber() {
        BillingDetails deventer = deventer().parse();
        assertThat(deventer.legalRegistrationScheme()).isEqualTo(PeppolScheme.OIN);
        assertThat(deventer.legalRegistrationId()).isEqualTo("00000001001234567000");
        assertThat(deventer.endpointId()).isEqualTo("00000001001234567000");
        BillingDetails platform31 = new BillingDetails.Draft("Stichting Platform31", "Voorbeeldstraat 31", "2500 FK",
                "Den Haag", "NL", "41150129", null, "NL809999990B01", "NL20INGB0001234567", null,
                "facturen@platform31.example", "0106", null).parse();
        assertThat(platform31.legalRegistrationScheme()).isEqualTo(PeppolScheme.KVK);
        assertThat(platform31.legalRegistrationId()).isEqualTo("41150129");
        assertThat(platform31.endpointId()).isEqualTo("41150129");
    }

    @Test
    void everyWrongFieldIsNamedAtOnceWithTheReason() {
        BillingDetails.Draft wrong = new BillingDetails.Draft(" ", "Grote Kerkhof 1", "0411 KT", "Deventer", "BE",
                "1234567", "123", "NL001234567", "NL91ABNA0417164301", "ABN", "facturen", "0190", null);
        assertThatThrownBy(wrong::parse).isInstanceOfSatisfying(BillingDetails.Invalid.class, invalid -> {
            Map<String, String> problems = invalid.problems();
            assertThat(problems).containsOnlyKeys("legalName", "postcode", "country", "kvkNumber", "oin", "vatNumber",
                    "iban", "bic", "email");
            assertThat(problems.get("legalName")).isEqualTo("is required");
            assertThat(problems.get("iban")).contains("check digits");
            assertThat(problems.get("country")).startsWith("must be NL");
            assertThat(problems.get("vatNumber")).contains("NL, nine digits, B and two digits");
        });
    }

    @Test
    void aPartyThatReceivesOnItsOinHasOneAndABicBelongsToAnAccount() {
        BillingDetails.Draft d = deventer();
        BillingDetails.Draft noOin = new BillingDetails.Draft(d.legalName(), d.street(), d.postcode(), d.city(), d.country(),
                d.kvkNumber(), null, d.vatNumber(), null, "ABNANL2A", d.email(), "0190", null);
        assertThatThrownBy(noOin::parse).isInstanceOfSatisfying(BillingDetails.Invalid.class, invalid ->
                assertThat(invalid.problems()).containsOnlyKeys("oin", "iban"));
        BillingDetails.Draft badScheme = new BillingDetails.Draft(d.legalName(), d.street(), d.postcode(), d.city(),
                d.country(), d.kvkNumber(), null, null, null, null, d.email(), "0088", null);
        assertThatThrownBy(badScheme::parse).isInstanceOfSatisfying(BillingDetails.Invalid.class, invalid ->
                assertThat(invalid.problems()).containsEntry("peppolScheme", "must be 0106 (KvK number) or 0190 (OIN)"));
    }

    @Test
    void textAnEInvoiceCannotCarryIsRefused() {
        BillingDetails.Draft d = deventer();
        BillingDetails.Draft odd = new BillingDetails.Draft("Gemeente \uFFFF", d.street(), d.postcode(), d.city(),
                d.country(), d.kvkNumber(), d.oin(), null, null, null, d.email(), "0106", "ref\u0001");
        assertThatThrownBy(odd::parse).isInstanceOfSatisfying(BillingDetails.Invalid.class, invalid ->
                assertThat(invalid.problems()).containsOnlyKeys("legalName", "buyerReference"));
    }

    @Test
    void namesWithAccentsAndApostrophesAreKeptAsTyped() {
        BillingDetails d = new BillingDetails.Draft("Gemeente Súdwest-Fryslân", "Marktstraat 15", "8601 CR",
                "Sneek", "NL", "01234567", null, null, null, null, "facturen@sudwestfryslan.example", "0106", null).parse();
        assertThat(d.legalName()).isEqualTo("Gemeente Súdwest-Fryslân");
        BillingDetails bosch = new BillingDetails.Draft("Gemeente 's-Hertogenbosch", "Wolvenhoek 1", "5211 HH",
                "'s-Hertogenbosch", "NL", "17123456", null, null, null, null, "facturen@s-hertogenbosch.example", "0106", null).parse();
        assertThat(bosch.city()).isEqualTo("'s-Hertogenbosch");
    }
}
