package nl.municipalnetworks.gateway.web;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * No HTTP/2 over cleartext (h2c upgrade). Browsers never use it, the services speak HTTP/1.1, and vertx-http-proxy
 * 4.5 cannot forward an HTTP/2 request body of unknown length (it sends it to the service without chunked framing);
 * clients that offered h2c (Java's HttpClient does) stay on HTTP/1.1.
 */
@ApplicationScoped
public class Http1Only implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
