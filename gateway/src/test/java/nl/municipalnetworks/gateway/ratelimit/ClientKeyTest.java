package nl.municipalnetworks.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyTest {

    @Test
    void aTokenCountsAgainstItsClientAndWithinItItsSubject() {
        ClientKey vng = ClientKey.of("vng-network-client", "service-account-id", "10.0.0.1");
        assertThat(vng.clientId()).isEqualTo("vng-network-client");
        assertThat(vng.anonymous()).isFalse();
        // The same client from another address is the same bucket: tokens travel.
        assertThat(ClientKey.of("vng-network-client", "service-account-id", "10.0.0.2").bucket()).isEqualTo(vng.bucket());

        ClientKey ann = ClientKey.of("web-portal", "user-ann", "10.0.0.1");
        ClientKey bob = ClientKey.of("web-portal", "user-bob", "10.0.0.1");
        assertThat(ann.clientId()).isEqualTo(bob.clientId());
        assertThat(ann.bucket()).isNotEqualTo(bob.bucket());
    }

    @Test
    void withoutATokenTheRemoteAddressCounts() {
        ClientKey one = ClientKey.of(null, null, "10.0.0.1");
        assertThat(one.anonymous()).isTrue();
        assertThat(one.clientId()).isNull();
        assertThat(one.bucket()).isNotEqualTo(ClientKey.of(null, null, "10.0.0.2").bucket());
        assertThat(ClientKey.of(" ", "sub", "10.0.0.1").bucket()).isEqualTo(one.bucket());
        // A client id never collides with an address.
        assertThat(ClientKey.of("10.0.0.1", null, "10.0.0.1").bucket()).isNotEqualTo(one.bucket());
    }
}
