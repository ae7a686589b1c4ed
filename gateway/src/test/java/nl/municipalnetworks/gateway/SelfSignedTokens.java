package nl.municipalnetworks.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.municipalnetworks.localservers.KeycloakServer;
import nl.municipalnetworks.localservers.Tokens;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens with claims of the test's choosing (an expiry in the past), signed by a key that the realm publishes: the
 * test gives the test Keycloak an extra RSA key, passive (Keycloak verifies with it and lists it in its JWKS but
 * never signs with it). So a token is refused for its claims, not for an unknown key. The key lives in system
 * properties, like test-support's servers, so every class loader of the test JVM signs with the same key.
 */
public final class SelfSignedTokens {

    private static final String KEY_ID = "municipal-networks.test.signing-key-id";
    private static final String PRIVATE_KEY = "municipal-networks.test.signing-key-pkcs8";
    private static final Object JVM_WIDE_LOCK = "nl.municipalnetworks.gateway.SelfSignedTokens.lock";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SelfSignedTokens() {
    }

    /** Gives the realm of {@code issuer} the test's signing key, once per JVM. */
    public static void ensureRegistered(String issuer) {
        synchronized (JVM_WIDE_LOCK) {
            if (System.getProperty(KEY_ID) != null) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                String base = issuer.substring(0, issuer.indexOf("/realms/"));
                String admin = Tokens.passwordGrant(base + "/realms/master", "admin-cli",
                        KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
                String realmId = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + KeycloakServer.REALM))
                        .header("Authorization", "Bearer " + admin).GET(), 200)).get("id").asText();
                String pem = "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n";
                Map<String, Object> component = new LinkedHashMap<>();
                component.put("name", "gateway-test-key");
                component.put("providerId", "rsa");
                component.put("providerType", "org.keycloak.keys.KeyProvider");
                component.put("parentId", realmId);
                component.put("config", Map.of("priority", List.of("-100"), "enabled", List.of("true"),
                        "active", List.of("false"), "algorithm", List.of("RS256"), "privateKey", List.of(pem)));
                send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + KeycloakServer.REALM + "/components"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(component))), 201);
                String modulus = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(unsigned(((RSAPublicKey) pair.getPublic()).getModulus()));
                JsonNode keys = JSON.readTree(send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs")).GET(), 200))
                        .get("keys");
                String kid = null;
                for (JsonNode key : keys) {
                    if (modulus.equals(key.path("n").asText())) {
                        kid = key.get("kid").asText();
                    }
                }
                if (kid == null) {
                    throw new IllegalStateException("Keycloak does not publish the test's signing key: " + keys);
                }
                System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                System.setProperty(KEY_ID, kid);
            } catch (Exception e) {
                throw new IllegalStateException("Registering the test signing key in Keycloak failed", e);
            }
        }
    }

    /** A JWT with these claims, RS256-signed by the realm's test key. */
    public static String sign(Map<String, Object> claims) {
        try {
            String kid = System.getProperty(KEY_ID);
            if (kid == null) {
                throw new IllegalStateException("The test signing key is not registered (GatewayTestResource does it)");
            }
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY))));
            String header = base64Url(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", kid)));
            String payload = base64Url(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + base64Url(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("Signing a test token failed", e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
