package nl.municipalnetworks.gateway.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which web origins may call the API from a browser ({@code gateway.cors.*}). */
@ConfigMapping(prefix = "gateway.cors")
public interface CorsConfig {

    /** Exact origins (scheme://host[:port]); an origin not listed gets 403. An empty list allows none. */
    Optional<List<String>> origins();

    @WithName("max-age")
    @WithDefault("10m")
    Duration maxAge();
}
