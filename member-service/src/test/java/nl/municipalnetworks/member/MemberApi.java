package nl.municipalnetworks.member;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.TopicProbe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Test helpers that set up data through the API, each call with fresh names and CBS codes so that
 * tests neither depend on each other's leftovers nor on their order.
 */
public final class MemberApi {

    /** GM2000-GM2999: valid codes (CbsCode) that CBS has not issued yet, so no clash with a real municipality. */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(ThreadLocalRandom.current().nextInt(2000, 2500));
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private MemberApi() {
    }

    /** A request with the bearer token of a realm test user (password == username). */
    public static RequestSpecification as(String user) {
        String token = TOKENS.computeIfAbsent(user, TestTokens::forUser);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * A probe on the member-events topic that sees only what is published from now on: it opens
     * once the outbox holds no unpublished events from earlier set-up steps.
     */
    public static TopicProbe newEventsProbe() {
        ServiceDatabase.awaitOutboxPublished();
        return TopicProbe.forTopic(MemberEvent.TOPIC);
    }

    /**
     * A CBS code that no municipality has yet. The counter starts afresh whenever Quarkus restarts for
     * another test profile (the test classes are loaded again) while the database keeps the codes that
     * earlier test classes registered, so each candidate is checked through the API.
     */
    public static String uniqueCbsCode() {
        while (true) {
            String code = "GM" + NEXT_CODE.incrementAndGet();
            java.util.List<?> taken = as("platform-admin").get("/v1/municipalities?cbsCode=" + code)
                    .then().statusCode(200).extract().path("items");
            if (taken.isEmpty()) {
                return code;
            }
        }
    }

    public static String uniqueName(String base) {
        return base + " " + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    }

    public static void ensureNetwork(String code) {
        int status = as("platform-admin")
                .body(Map.of("code", code, "name", code, "growthTarget", Map.of("baseline", 40, "target", 50)))
                .post("/v1/networks").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create network " + code + ": " + status);
        }
    }

    /** Registers a municipality and returns its id. */
    public static String createMunicipality(String name, String cbsCode, String province) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("cbsCode", cbsCode);
        body.put("province", province);
        return as("m50-secretariat").body(body).post("/v1/municipalities")
                .then().statusCode(201).extract().path("id");
    }

    /** Registers a prospect of M50 and returns the membership id. */
    public static String createProspect(String municipalityId) {
        ensureNetwork("M50");
        return as("m50-secretariat").body(Map.of("network", "M50", "municipalityId", municipalityId))
                .post("/v1/memberships").then().statusCode(201).extract().path("id");
    }

    /** A prospect of M50 that the secretariat moved to member on 2026-01-01. */
    public static String createJoinedMember(String municipalityId) {
        String id = createProspect(municipalityId);
        as("m50-secretariat").body(Map.of("status", "MEMBER", "effectiveOn", "2026-01-01"))
                .post("/v1/memberships/" + id + "/status-changes").then().statusCode(200);
        return id;
    }

    public static String createMember(String network, String municipalityId, String joinedOn) {
        return as("platform-admin")
                .body(Map.of("network", network, "municipalityId", municipalityId, "status", "MEMBER", "joinedOn", joinedOn))
                .post("/v1/memberships").then().statusCode(201).extract().path("id");
    }

    /** The municipality with this CBS code, registered now if no earlier test did. */
    public static String municipalityWithCode(String code, String name, String province) {
        String existing = as("platform-admin").get("/v1/municipalities?cbsCode=" + code).then().statusCode(200)
                .extract().path("items[0].id");
        return existing != null ? existing : as("platform-admin").body(Map.of("name", name, "cbsCode", code, "province", province))
                .post("/v1/municipalities").then().statusCode(201).extract().path("id");
    }

    /** The open membership of a municipality in a network, registered now (as member) if there is none. */
    public static String memberOf(String network, String municipalityId, String name) {
        ensureNetwork(network);
        java.util.List<Map<String, Object>> open = as("platform-admin")
                .get("/v1/memberships?pageSize=100&network=" + network + "&status=MEMBER&status=NOTICE_GIVEN&name=" + name)
                .then().statusCode(200).extract().path("items");
        return open.stream().filter(m -> municipalityId.equals(((Map<?, ?>) m.get("municipality")).get("id")))
                .map(m -> (String) m.get("id")).findFirst()
                .orElseGet(() -> createMember(network, municipalityId, "2020-01-01"));
    }

    public static String createPerson(String user, String municipalityId, String role, String email) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("municipalityId", municipalityId);
        body.put("firstName", "Sam");
        body.put("lastName", uniqueName("de Vries"));
        body.put("role", role);
        body.put("email", email);
        body.put("phone", "+31 30 123 4567");
        return as(user).body(body).post("/v1/people").then().statusCode(201).extract().path("id");
    }
}
