package nl.municipalnetworks.gateway.login;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalTargetTest {

    @Test
    void noTargetMeansTheGatewaysOwnPage() {
        assertThat(LocalTarget.of(null)).contains("/me");
        assertThat(LocalTarget.of("")).contains("/me");
    }

    @Test
    void pathsOfTheGatewayAreKeptAsAsked() {
        assertThat(LocalTarget.of("/me")).contains("/me");
        assertThat(LocalTarget.of("/api/v1/members/networks/M50/members?sort=name&page=2"))
                .contains("/api/v1/members/networks/M50/members?sort=name&page=2");
        assertThat(LocalTarget.of("/api/v1/members/municipalities/%27s-Hertogenbosch"))
                .contains("/api/v1/members/municipalities/%27s-Hertogenbosch");
    }

    @Test
    void otherSitesAreRefused() {
        assertThat(LocalTarget.of("https://evil.example/login")).isEmpty();
        assertThat(LocalTarget.of("//evil.example/login")).isEmpty();
        assertThat(LocalTarget.of("/\\evil.example/login")).isEmpty();
        assertThat(LocalTarget.of("/a\\b")).isEmpty();
        assertThat(LocalTarget.of("javascript:alert(1)")).isEmpty();
        assertThat(LocalTarget.of("me")).isEmpty();
    }

    @Test
    void controlCharactersSpacesAndOverlongTargetsAreRefused() {
        assertThat(LocalTarget.of("/me\r\nSet-Cookie: x=1")).isEmpty();
        assertThat(LocalTarget.of("/me\t")).isEmpty();
        assertThat(LocalTarget.of("/m e")).isEmpty();
        assertThat(LocalTarget.of("/Súdwest-Fryslân")).isEmpty();
        assertThat(LocalTarget.of("/" + "a".repeat(LocalTarget.MAX_LENGTH))).isEmpty();
        assertThat(LocalTarget.of("/" + "a".repeat(LocalTarget.MAX_LENGTH - 1))).isPresent();
    }
}
