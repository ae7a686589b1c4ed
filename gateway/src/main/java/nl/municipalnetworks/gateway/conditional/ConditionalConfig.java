package nl.municipalnetworks.gateway.conditional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.List;
import java.util.Optional;

/** Conditional requests ({@code gateway.conditional.*}). */
@ConfigMapping(prefix = "gateway.conditional")
public interface ConditionalConfig {

    /** Gateway paths (no query) whose GET answers get an ETag; {@code {name}} stands for one path segment. */
    Optional<List<String>> routes();

    /** The largest body that is hashed (it is held in memory for that); larger ones pass unchanged, without ETag. */
    @WithName("max-body-size")
    @WithDefault("2M")
    MemorySize maxBodySize();
}
