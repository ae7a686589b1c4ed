package nl.municipalnetworks.member.access;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.member.commons.LogCapture;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMember;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.createPerson;
import static nl.municipalnetworks.member.MemberApi.ensureNetwork;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Which tokens get in at all, and how far a network's roles reach into another network's data. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class TokenAndScopeApiTest {

    @Test
    void onlyAccessTokensMeantForMemberServiceGetIn() {
        given().auth().oauth2(TestTokens.forUser("m50-secretariat")).get("/v1/municipalities").then().statusCode(200);

        String idToken = TestTokens.idTokenForUser("m50-secretariat");
        assertThat(TestTokens.claims(idToken)).containsEntry("typ", "ID");
        given().auth().oauth2(idToken).get("/v1/municipalities")
                .then().statusCode(401).contentType("application/problem+json");

        // Same role and network as the M50 secretariat, but the token is not meant for member-service.
        String otherClient = TestTokens.forClient("audience-probe-client", "audience-probe-client-secret");
        assertThat(TestTokens.claims(otherClient)).containsEntry("network", "M50");
        assertThat(String.valueOf(TestTokens.claims(otherClient).get("aud"))).doesNotContain("member-service");
        given().auth().oauth2(otherClient).get("/v1/memberships")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(otherClient).body(Map.of("name", uniqueName("Nergenshuizen")))
                .contentType("application/json").post("/v1/municipalities").then().statusCode(401);
    }

    /**
     * A token that fails the local check is refused here and then, never sent to Keycloak's introspection endpoint
     * (quarkus-oidc's fallback for a token whose key the realm does not publish, and for anything that is no JWT).
     * quarkus-oidc says at DEBUG which way it went; the log tells the two apart, the status does not.
     */
    @Test
    void badTokensAreRefusedWithoutAskingKeycloak() throws Exception {
        String oidc = "io.quarkus.oidc.runtime.OidcIdentityProvider";
        try (LogCapture logs = LogCapture.withDebugOf(oidc)) {
            // Another issuer, signed with a key the realm does not have.
            Map<String, Object> claims = new HashMap<>(TestTokens.claims(TestTokens.forUser("m50-secretariat")));
            claims.put("iss", TestTokens.issuerUrl().replace("/realms/municipal-networks", "/realms/other-network"));
            refused(signedByAnUnknownKey(claims));
            // A real token with its claims changed (the signature no longer matches).
            String[] parts = TestTokens.forUser("g40-secretariat").split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            assertThat(payload).contains("\"network\":\"G40\"");
            refused(parts[0] + "." + base64Url(payload.replace("\"network\":\"G40\"", "\"network\":\"M50\"").getBytes(
                    StandardCharsets.UTF_8)) + "." + parts[2]);
            // No JWT at all (an opaque token).
            refused("not-a-token");

            List<String> said = logs.linesOf(oidc).stream().map(LogCapture.Line::message).toList();
            assertThat(said).anyMatch(line -> line.contains("introspection is disabled"))
                    .anyMatch(line -> line.contains("opaque token introspection is not allowed"))
                    .noneMatch(line -> line.contains("attempting the token introspection"))
                    .noneMatch(line -> line.contains("Starting the"));
        }
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/v1/municipalities")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static String signedByAnUnknownKey(Map<String, Object> claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String header = base64Url(json.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", "not-in-the-realm")));
        String body = base64Url(json.writeValueAsBytes(claims));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(pair.getPrivate());
        signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + base64Url(signature.sign());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void aSecretariatChangesOnlyMunicipalitiesOfItsOwnNetworkOrOfNone() {
        ensureNetwork("M50");
        ensureNetwork("G40");
        String name = uniqueName("Alleen-M50");
        String m50Only = createMunicipality(name, uniqueCbsCode(), "Utrecht");
        // In no network yet: any secretariat may correct it (it is about to be recruited).
        as("g40-secretariat").body(Map.of("name", name, "province", "Utrecht", "cluster", "Voorstad"))
                .put("/v1/municipalities/" + m50Only).then().statusCode(200);
        createMember("M50", m50Only, "2024-01-01");

        as("g40-secretariat").body(Map.of("name", name, "province", "Utrecht", "cluster", "Werkstad"))
                .put("/v1/municipalities/" + m50Only).then().statusCode(403).contentType("application/problem+json");
        as("g40-secretariat").body(Map.of("referenceDate", "2024-01-01", "inhabitants", 40000))
                .post("/v1/municipalities/" + m50Only + "/population-counts").then().statusCode(403);
        as("m50-secretariat").get("/v1/municipalities/" + m50Only)
                .then().statusCode(200).body("cluster", equalTo("Voorstad")).body("latestPopulation", nullValue());

        as("m50-secretariat").body(Map.of("name", name, "province", "Utrecht", "cluster", "Werkstad"))
                .put("/v1/municipalities/" + m50Only).then().statusCode(200).body("cluster", equalTo("Werkstad"));

        // Also in G40: now both secretariats keep it.
        createMember("G40", m50Only, "2025-01-01");
        as("g40-secretariat").body(Map.of("name", name, "province", "Utrecht", "cluster", "Stad in transitie"))
                .put("/v1/municipalities/" + m50Only).then().statusCode(200);
    }

    @Test
    void personalDataStaysInsideItsNetworkAndMunicipality() {
        ensureNetwork("M50");
        String municipality = createMunicipality(uniqueName("Privacyveen"), uniqueCbsCode(), "Gelderland");
        createMember("M50", municipality, "2024-01-01");
        String person = createPerson("m50-secretariat", municipality, "ALDERMAN", "wethouder@privacyveen.example");

        as("m50-secretariat").get("/v1/people/" + person).then().statusCode(200)
                .body("email", equalTo("wethouder@privacyveen.example"));
        as("m50-board").get("/v1/people/" + person).then().statusCode(200)
                .body("email", equalTo("wethouder@privacyveen.example"));
        // Other roles of the network see the name, not the contact details.
        for (String user : List.of("m50-treasurer", "m50-pillar-chair", "platform31-partner")) {
            as(user).get("/v1/people/" + person).then().statusCode(200)
                    .body("email", nullValue()).body("phone", nullValue()).body("contactDetailsHidden", equalTo(true));
        }
        // Another network's secretariat sees nothing of this municipality's people.
        as("g40-secretariat").get("/v1/people/" + person).then().statusCode(403).contentType("application/problem+json");
        as("g40-secretariat").get("/v1/people?municipalityId=" + municipality).then().statusCode(403);
        List<String> g40Sees = as("g40-secretariat").get("/v1/people?pageSize=100&name=" + "Sam")
                .then().statusCode(200).extract().path("items.id");
        assertThat(g40Sees).doesNotContain(person);
        // Another network's system sees no people at all.
        String vng = TestTokens.forClient("vng-network-client", "vng-network-client-secret");
        given().auth().oauth2(vng).get("/v1/people/" + person).then().statusCode(403);
        given().auth().oauth2(vng).get("/v1/networks/M50/board-positions").then().statusCode(403);
        given().auth().oauth2(vng).get("/v1/networks/M50/vng-committee-seats").then().statusCode(403);
        as("g40-secretariat").get("/v1/networks/M50/board-positions").then().statusCode(403);
        as("m50-treasurer").get("/v1/networks/M50/board-positions").then().statusCode(200);
    }

    @Test
    void recruitmentDetailsAreForTheNetworksSecretariatAndBoardOnly() {
        ensureNetwork("M50");
        String municipality = createMunicipality(uniqueName("Wervingsdam"), uniqueCbsCode(), "Zeeland");
        String prospect = as("m50-secretariat")
                .body(Map.of("network", "M50", "municipalityId", municipality, "recruitmentOwner", "Eva Boswinkel"))
                .post("/v1/memberships").then().statusCode(201).extract().path("id");

        as("m50-board").get("/v1/memberships/" + prospect).then().statusCode(200)
                .body("membership.recruitment.owner", equalTo("Eva Boswinkel"))
                .body("history[0].changedBy", equalTo("m50-secretariat"));
        String vng = TestTokens.forClient("vng-network-client", "vng-network-client-secret");
        given().auth().oauth2(vng).get("/v1/memberships/" + prospect).then().statusCode(200)
                .body("membership.recruitment", nullValue())
                .body("history[0].changedBy", nullValue());
        as("g40-secretariat").get("/v1/memberships?network=M50&name=Wervingsdam").then().statusCode(200)
                .body("items[0].recruitment", nullValue());
    }
}
