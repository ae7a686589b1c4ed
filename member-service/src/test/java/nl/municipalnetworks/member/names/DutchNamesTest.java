package nl.municipalnetworks.member.names;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DutchNamesTest {

    @Test
    void everySpellingOfDenBoschGivesOneSearchKey() {
        assertThat(Stream.of("’s-Hertogenbosch", "'s Hertogenbosch", "s-hertogenbosch", "'s-Hertogenbosch",
                "‘s-Hertogenbosch", "`s-Hertogenbosch", "´s-Hertogenbosch", "ʼs-Hertogenbosch", "  'S -  HERTOGENBOSCH ")
                .map(DutchNames::searchKey).distinct())
                .containsExactly("s hertogenbosch");
    }

    @Test
    void accentsOfFrisianAndOtherNamesAreFolded() {
        assertThat(DutchNames.searchKey("Súdwest-Fryslân")).isEqualTo("sudwest fryslan");
        assertThat(DutchNames.searchKey("Noardeast-Fryslân")).isEqualTo("noardeast fryslan");
        assertThat(DutchNames.searchKey("Dantumadiel ê ô û â ú é ë ï")).isEqualTo("dantumadiel e o u a u e e i");
        assertThat(DutchNames.searchKey("Ĳsselstein")).isEqualTo("ijsselstein");
        assertThat(DutchNames.searchKey("Bergen (NH)")).isEqualTo("bergen (nh)");
        assertThat(DutchNames.searchKey(null)).isNull();
    }

    @Test
    void hyphensAndRunsOfSpaceAreOneSpace() {
        assertThat(DutchNames.searchKey("Alphen aan den Rijn")).isEqualTo(DutchNames.searchKey("alphen-aan-den–rijn"));
        assertThat(DutchNames.searchKey("Noord\u00A0 Brabant")).isEqualTo("noord brabant");
        assertThat(DutchNames.searchKey("Súdwest-Fryslân")).isNotEqualTo(DutchNames.searchKey("Sudwestfryslan"));
    }

    @Test
    void municipalitiesWithAnArticleSortUnderTheirMainWord() {
        List<String> names = List.of("Zeist", "'s-Hertogenbosch", "Amsterdam", "’s-Gravenhage", "Haarlem",
                "Groningen", "'t Zandt", "Súdwest-Fryslân", "Gouda");
        assertThat(names.stream().sorted(Comparator.comparing(DutchNames::municipalitySortKey)))
                .containsExactly("Amsterdam", "Gouda", "’s-Gravenhage", "Groningen", "Haarlem", "'s-Hertogenbosch",
                        "Súdwest-Fryslân", "'t Zandt", "Zeist");
        assertThat(DutchNames.municipalitySortKey("s-Gravenhage")).isEqualTo("gravenhage");
        // As the CBS list files them: De Bilt between Beverwijk and Bladel, Den Helder and Het Hogeland under H.
        assertThat(Stream.of("Bladel", "De Bilt", "Beverwijk", "Hellendoorn", "Den Helder", "Heiloo", "Het Hogeland")
                .sorted(Comparator.comparing(DutchNames::municipalitySortKey)))
                .containsExactly("Beverwijk", "De Bilt", "Bladel", "Heiloo", "Den Helder", "Hellendoorn", "Het Hogeland");
        assertThat(DutchNames.municipalitySortKey("Stein")).isEqualTo("stein");
    }

    @Test
    void lastNamesSortWithoutTheirTussenvoegsels() {
        List<String> names = List.of("de Vries", "Bakker", "van den Berg", "Jansen", "van Dijk", "in 't Veld",
                "ter Horst", "Visser", "’t Hart", "Van der Meer", "de Jong", "Vriesema", "van Beek");
        assertThat(names.stream().sorted(Comparator.comparing(DutchNames::lastNameSortKey)))
                .containsExactly("Bakker", "van Beek", "van den Berg", "van Dijk", "’t Hart", "ter Horst", "Jansen",
                        "de Jong", "Van der Meer", "in 't Veld", "Visser", "de Vries", "Vriesema");
    }

    @Test
    void aLastNameThatIsOnlyAPrefixWordKeepsIt() {
        assertThat(DutchNames.lastNameSortKey("Van")).isEqualTo("van");
        assertThat(DutchNames.lastNameSortKey("de Vries")).isEqualTo("vries de");
        assertThat(DutchNames.lastNameSortKey("Jansen-van Dijk")).isEqualTo("jansen van dijk");
        assertThat(DutchNames.lastNameSortKey(null)).isNull();
    }
}
