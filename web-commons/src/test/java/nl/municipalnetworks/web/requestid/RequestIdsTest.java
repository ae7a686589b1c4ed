package nl.municipalnetworks.web.requestid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f0c1a9e-3c55-4b8e-9d6c-2a1f7f0e4b11", "01HZX3K9Q7W8E2R5T6Y7U8I9O0", "req.42", "a",
            "abc-123", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "client:job_7"})
    void aSaneIdOfTheCallerIsKept(String offered) {
        assertThat(RequestIds.isSane(offered)).isTrue();
        assertThat(RequestIds.keepOrCreate(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "has space", "-starts-with-dash", ".dot", "line\nbreak", "x\r\nSet-Cookie: a=b",
            "ünïcode", "quote\"", "semi;colon", "slash/ed", "%X{requestId}", "${jndi:ldap://x}"})
    void anythingElseIsReplacedByANewUuid(String offered) {
        assertThat(RequestIds.isSane(offered)).isFalse();
        String id = RequestIds.keepOrCreate(offered);
        assertThat(id).isNotEqualTo(offered);
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void tooLongIsReplacedAndMissingIsCreated() {
        assertThat(RequestIds.keepOrCreate("a".repeat(128))).hasSize(128);
        assertThat(RequestIds.keepOrCreate("a".repeat(129))).hasSize(36);
        assertThat(RequestIds.keepOrCreate(null)).hasSize(36);
        assertThat(RequestIds.keepOrCreate(null)).isNotEqualTo(RequestIds.keepOrCreate(null));
    }

    @Test
    void aNewIdIsSaneItself() {
        String created = RequestIds.keepOrCreate(null);
        assertThat(RequestIds.keepOrCreate(created)).isEqualTo(created);
    }
}
