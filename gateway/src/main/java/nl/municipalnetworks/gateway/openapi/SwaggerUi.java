package nl.municipalnetworks.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.municipalnetworks.gateway.web.Problems;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swagger UI on the combined API document, at {@code gateway.openapi.ui-path} ({@code /api/docs}): the page, Swagger
 * UI's script and style sheet (swagger-ui-dist as SmallRye ships it in {@code smallrye-open-api-ui}) and its OAuth2
 * redirect page, all held in memory. It logs in with the authorization code flow and PKCE as the public client
 * {@code gateway.openapi.ui-client-id} ({@code web-portal}) and then sends "Try it out" requests to the gateway with
 * the access token.
 *
 * <p>Content-Security-Policy of these pages only: scripts from the gateway itself and none inline (the redirect
 * page's one inline script by its hash), Swagger UI's inline styles and data: images, and {@code connect-src} the
 * gateway and the realm's origin (Swagger UI reads the OpenID configuration and exchanges the code for a token from
 * the browser). No framing, no forms, no base.
 */
@ApplicationScoped
public class SwaggerUi {

    private static final Logger LOG = Logger.getLogger(SwaggerUi.class);
    private static final String DIST = "META-INF/resources/openapi-ui/";
    /** What smallrye-open-api-ui has under META-INF/resources. */
    private static final List<String> JAR_PATHS = List.of("/openapi-ui/*", "/template/*");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final String path;
    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final String pageCsp;

    SwaggerUi(OpenApiConfig config, CombinedOpenApi document,
              @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.path = config.uiPath().endsWith("/") ? config.uiPath().substring(0, config.uiPath().length() - 1) : config.uiPath();
        String realmOrigin = origin(issuer);
        this.pageCsp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + realmOrigin + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        String redirectPage = text(DIST + "oauth2-redirect.html");
        Matcher script = INLINE_SCRIPT.matcher(redirectPage);
        if (!script.find()) {
            throw new IllegalStateException("Swagger UI's oauth2-redirect.html has no inline script to allow");
        }
        String redirectCsp = "default-src 'none'; script-src 'sha256-" + sha256(script.group(1)) + "'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

        assets.put(path, new Asset("text/html; charset=utf-8", Buffer.buffer(page(document.documentPath(), config.uiClientId())), pageCsp));
        assets.put(path + "/swagger-ui-bundle.js", new Asset("text/javascript; charset=utf-8", bytes(DIST + "swagger-ui-bundle.js"), pageCsp));
        assets.put(path + "/swagger-ui.css", new Asset("text/css; charset=utf-8", bytes(DIST + "swagger-ui.css"), pageCsp));
        assets.put(path + "/swagger-initializer.js", new Asset("text/javascript; charset=utf-8", bytes("openapi/swagger-initializer.js"), pageCsp));
        assets.put(path + "/oauth2-redirect.html", new Asset("text/html; charset=utf-8", Buffer.buffer(redirectPage), redirectCsp));
    }

    /** The redirect URI the realm must accept for Swagger UI's login, at the given gateway origin. */
    public String redirectPath() {
        return path + "/oauth2-redirect.html";
    }

    public String path() {
        return path;
    }

    void register(@Observes Router router) {
        LOG.infof("Swagger UI at %s (OAuth2 redirect %s)", path, redirectPath());
        // Quarkus serves every jar's META-INF/resources as static files: the UI jar's own copies (a template page
        // with an inline script, without this page's policy) are not the gateway's pages.
        for (String jarPath : JAR_PATHS) {
            router.route(jarPath).order(CombinedOpenApi.ORDER).handler(ctx -> Problems.send(ctx, 404, "There is no API at this path"));
        }
        assets.forEach((assetPath, asset) -> {
            router.route(HttpMethod.GET, assetPath).order(CombinedOpenApi.ORDER).handler(ctx -> serve(ctx, asset));
            router.route(HttpMethod.HEAD, assetPath).order(CombinedOpenApi.ORDER).handler(ctx -> serve(ctx, asset));
        });
    }

    private static void serve(RoutingContext ctx, Asset asset) {
        String ifNoneMatch = ctx.request().getHeader("If-None-Match");
        ctx.response()
                .putHeader("Content-Security-Policy", asset.csp())
                .putHeader("Cache-Control", "no-cache")
                .putHeader("ETag", asset.etag());
        if (asset.etag().equals(ifNoneMatch)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader("Content-Type", asset.contentType()).end(asset.body());
    }

    private String page(String documentUrl, String clientId) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Municipal networks API</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui" data-document-url="%2$s" data-client-id="%3$s" data-oauth2-redirect-path="%4$s"></div>
                  <script src="%1$s/swagger-ui-bundle.js"></script>
                  <script src="%1$s/swagger-initializer.js"></script>
                </body>
                </html>
                """.formatted(escape(path), escape(documentUrl), escape(clientId), escape(redirectPath()));
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String resource) {
        return bytes(resource).toString(StandardCharsets.UTF_8);
    }

    private static Buffer bytes(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing on the class path: " + resource);
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Asset(String contentType, Buffer body, String csp, String etag) {
        Asset(String contentType, Buffer body, String csp) {
            this(contentType, body, csp, "\"" + sha256(body.toString(StandardCharsets.ISO_8859_1)).substring(0, 22) + "\"");
        }
    }
}
