package nl.municipalnetworks.commons.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UriCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/municipalities", "/v1/municipalities?name=S%C3%BAdwest&province=Frysl%C3%A2n",
            "/v1/networks/M50/members?sort=name,-since&page=2", "/v1/municipalities?name=den+haag", "/v1/x?flag",
            "/v1/x?", "/v1/x?a=&b=1", "/v1/caf%C3%A9"})
    void textIsAccepted(String uri) {
        assertThat(UriCheck.check(uri)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3%28", "%FF", "%00", "%0A", "%1B", "%C2%85", "%", "%-1", "%zz", "%ED%A0%80", "%C0%AF"})
    void aQueryValueThatIsNotTextIsRefusedNamingItsParameter(String value) {
        assertThat(UriCheck.check("/v1/municipalities?page=1&name=ab" + value + "cd"))
                .isEqualTo(new UriCheck.Refusal("name", UriCheck.NOT_TEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/municipalities/%00", "/v1/municipalities/%FF", "/v1/caf%C3%28", "/v1/a\u0000b",
            "/v1/a b", "/v1/\u00e9"})
    void aPathThatIsNotTextIsRefusedNamingThePath(String uri) {
        assertThat(UriCheck.check(uri)).isEqualTo(new UriCheck.Refusal("path", UriCheck.NOT_TEXT));
    }

    @Test
    void aParameterNameThatIsNotTextIsRefused() {
        assertThat(UriCheck.check("/v1/x?na%FFme=1").parameter()).isEqualTo("query");
    }
}
