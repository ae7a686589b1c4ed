package nl.municipalnetworks.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTokenTest {

    @Test
    void theCallersAccessTokenGoesToTheService() {
        QuarkusSecurityIdentity bearer = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("m50-secretariat"))
                .addCredential(new AccessTokenCredential("the.access.token"))
                .build();
        assertThat(ServiceToken.forService(bearer)).contains("the.access.token");
    }

    @Test
    void aBrowserSessionRelaysItsAccessTokenNotItsIdToken() {
        // What quarkus-oidc's authorization code flow puts in the identity: the ID token as the credential that
        // authenticated, the session's access token besides it.
        QuarkusSecurityIdentity session = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("zeist-official"))
                .addCredential(new IdTokenCredential("the.id.token"))
                .addCredential(new AccessTokenCredential("the.session.access.token"))
                .build();
        assertThat(ServiceToken.forService(session)).contains("the.session.access.token");
    }

    @Test
    void anonymousCallersAndIdentitiesWithoutAnAccessTokenRelayNothing() {
        assertThat(ServiceToken.forService(null)).isEmpty();
        assertThat(ServiceToken.forService(QuarkusSecurityIdentity.builder().setAnonymous(true).build())).isEmpty();
        QuarkusSecurityIdentity idOnly = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("x")).addCredential(new IdTokenCredential("the.id.token")).build();
        assertThat(ServiceToken.forService(idOnly)).isEmpty();
    }
}
