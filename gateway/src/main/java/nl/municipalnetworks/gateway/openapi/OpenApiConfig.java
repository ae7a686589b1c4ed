package nl.municipalnetworks.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's one API document ({@code gateway.openapi.*}): which backends' documents it combines, how long it
 * keeps them, what it says about itself, and where Swagger UI is.
 */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    /** The backends whose documents are combined, by name; all backends when not set. */
    Optional<List<String>> services();

    /** How long a service's document is kept before it is fetched again. */
    @WithName("cache-ttl")
    @WithDefault("5m")
    Duration cacheTtl();

    /** How long a service whose document could not be fetched stays left out before it is tried again. */
    @WithName("retry-missing-after")
    @WithDefault("10s")
    Duration retryMissingAfter();

    /** How long the gateway waits for a service's document. */
    @WithName("fetch-timeout")
    @WithDefault("5s")
    Duration fetchTimeout();

    @WithDefault("Municipal networks API")
    String title();

    @WithDefault("Networks of Dutch municipalities, through one gateway: members and memberships, pillars and themes, "
            + "finance, events and the calendar. Public data needs no token; everything else an access token of the "
            + "platform's realm.")
    String description();

    /** The combined document's own semantic version (each service's stays in {@code x-services}). */
    @WithDefault("1.0.0")
    String version();

    Contact contact();

    /** Where callers reach the gateway (e.g. {@code https://api.example.nl}); without it the server URL is relative. */
    @WithName("public-url")
    Optional<String> publicUrl();

    /** Where Swagger UI is. */
    @WithName("ui-path")
    @WithDefault("/api/docs")
    String uiPath();

    /** The public client Swagger UI logs in with (authorization code flow with PKCE). */
    @WithName("ui-client-id")
    @WithDefault("web-portal")
    String uiClientId();

    interface Contact {
        @WithDefault("Municipal networks platform team")
        String name();

        @WithDefault("platform@municipalnetworks.nl")
        String email();

        @WithDefault("https://municipalnetworks.nl")
        String url();
    }
}
