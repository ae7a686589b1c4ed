package nl.municipalnetworks.gateway.login;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MePageTest {

    @Test
    void showsWhoIsLoggedInWithEveryValueEscaped() {
        String html = MePage.of(new WhoAmI("Anne <b>de Vries</b> & 'Jan'", "m50-secretariat",
                Set.of("secretariat", "board"), "M50", "'s-Hertogenbosch", null));
        assertThat(html)
                .contains("Anne &lt;b&gt;de Vries&lt;/b&gt; &amp; &#39;Jan&#39;")
                .doesNotContain("<b>de Vries")
                .contains("<dd id=\"roles\">board, secretariat</dd>")
                .contains("<dd id=\"network\">M50</dd>")
                .contains("<dd id=\"municipality\">&#39;s-Hertogenbosch</dd>")
                .doesNotContain("id=\"pillar\"")
                .contains("<form method=\"post\" action=\"/logout\">");
    }

    @Test
    void theUserNameStandsInForAMissingName() {
        assertThat(MePage.of(new WhoAmI(null, "zeist-official", Set.of(), null, null, null)))
                .contains("<strong id=\"name\">zeist-official</strong>");
    }

    @Test
    void anonymousVisitorsGetTheLoginLink() {
        assertThat(MePage.anonymous()).contains("You are not logged in").contains("href=\"/login\"")
                .doesNotContain("/logout");
    }

    @Test
    void thePolicyAllowsNoScriptsStylesOrFramesAndFormsOnlyToTheGatewayAndKeycloak() {
        assertThat(MePage.contentSecurityPolicy("http://127.0.0.1:8180"))
                .isEqualTo("default-src 'none'; form-action 'self' http://127.0.0.1:8180; frame-ancestors 'none'; "
                        + "base-uri 'none'");
    }
}
