package nl.municipalnetworks.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.municipalnetworks.testsupport.RealServers;
import nl.municipalnetworks.testsupport.RealServersResource;

import java.util.HashMap;
import java.util.Map;

/**
 * The gateway's test world: the real Keycloak (test-support, with the realm file), a signing key in it for tokens
 * with chosen claims ({@link SelfSignedTokens}), the gateway's own PostgreSQL database {@code gateway}, and an {@link EchoBackends} server in each service's place. Every
 * test class names this one resource, so Quarkus starts once for all of them.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        RealServersResource servers = new RealServersResource();
        // The gateway's own database (the audit trail), created on the shared test PostgreSQL.
        servers.init(Map.of(RealServersResource.DATABASE, "gateway"));
        Map<String, String> config = new HashMap<>(servers.start());
        SelfSignedTokens.ensureRegistered(RealServers.keycloakIssuer());
        EchoBackends.start().forEach((name, port) ->
                config.put("gateway.backends." + name + ".url", "http://127.0.0.1:" + port));
        // A backend only for the timeout test: the members echo server, whose /v1/hang never answers.
        config.put("gateway.backends.slow.url", "http://127.0.0.1:" + EchoBackends.start().get("members"));
        return config;
    }

    @Override
    public void stop() {
        EchoBackends.close();
    }
}
