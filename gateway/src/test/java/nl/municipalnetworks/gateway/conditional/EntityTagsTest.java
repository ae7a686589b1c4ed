package nl.municipalnetworks.gateway.conditional;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTest {

    @Test
    void theSameBytesGiveTheSameStrongTagAndOtherBytesAnother() {
        String tag = EntityTags.of("[{\"name\":\"'s-Hertogenbosch\"}]".getBytes(StandardCharsets.UTF_8));
        assertThat(tag).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(EntityTags.of("[{\"name\":\"'s-Hertogenbosch\"}]".getBytes(StandardCharsets.UTF_8))).isEqualTo(tag);
        assertThat(EntityTags.of("[{\"name\":\"Súdwest-Fryslân\"}]".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(tag);
    }

    @Test
    void ifNoneMatchComparesWeaklyOverAList() {
        String tag = "\"abc\"";
        assertThat(EntityTags.noneMatchHits("\"abc\"", tag)).isTrue();
        assertThat(EntityTags.noneMatchHits("W/\"abc\"", tag)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"x\", \"abc\"", tag)).isTrue();
        assertThat(EntityTags.noneMatchHits("*", tag)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"abcd\"", tag)).isFalse();
        assertThat(EntityTags.noneMatchHits("abc", tag)).isFalse();
        assertThat(EntityTags.noneMatchHits("", tag)).isFalse();
        assertThat(EntityTags.noneMatchHits(null, tag)).isFalse();
    }
}
