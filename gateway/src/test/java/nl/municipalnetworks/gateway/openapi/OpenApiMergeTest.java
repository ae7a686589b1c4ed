package nl.municipalnetworks.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.municipalnetworks.gateway.openapi.OpenApiMerge.Missing;
import nl.municipalnetworks.gateway.openapi.OpenApiMerge.ServiceDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge rule on small documents, without a framework. */
class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PREFIXES = List.of("/api/v1/members", "/api/v1/pillars", "/api/v1/events");
    private static final OpenApiMerge.Info INFO = new OpenApiMerge.Info("Municipal networks API", "All of it.", "1.2.3",
            "Team", "team@example.nl", "https://example.nl", Optional.empty(),
            "https://login.example.nl/realms/r/.well-known/openid-configuration");

    private static final String PROBLEM = """
            {"type": "object", "properties": {"status": {"type": "integer"}, "title": {"type": "string"},
             "detail": {"type": "string"}}}""";

    private static ServiceDocument members() {
        return service("members", "/api/v1/members", """
                {"openapi": "3.1.0", "info": {"title": "Member API", "version": "1.4.0"},
                 "servers": [{"url": "/v1"}],
                 "tags": [{"name": "Networks", "description": "Networks and their members"}],
                 "paths": {
                   "/networks/{code}/members": {"get": {"tags": ["Networks"], "operationId": "list",
                     "security": [{"SecurityScheme": ["board", "secretariat"]}],
                     "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                                   "400": {"description": "Bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
                   "/municipalities": {"get": {"operationId": "municipalities", "responses": {}}}
                 },
                 "components": {
                   "schemas": {
                     "Problem": %s,
                     "LocalDate": {"type": "string", "format": "date", "examples": ["2022-03-10"]},
                     "Page": {"type": "object", "properties": {"since": {"$ref": "#/components/schemas/LocalDate"}}},
                     "Member": {"type": "object"}
                   },
                   "headers": {"API-Version": {"schema": {"type": "string"}}},
                   "securitySchemes": {"SecurityScheme": {"type": "openIdConnect", "openIdConnectUrl": "http://127.0.0.1:8180/x"}}
                 }}""".formatted(PROBLEM));
    }

    private static ServiceDocument pillars() {
        return service("pillars", "/api/v1/pillars", """
                {"openapi": "3.1.0", "info": {"title": "Pillar API", "version": "1.0.0"},
                 "servers": [{"url": "http://127.0.0.1:8082/v1/"}],
                 "security": [{"bearer": []}],
                 "paths": {
                   "/pillars": {"get": {"operationId": "list", "tags": ["Pillars"],
                     "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                                   "409": {"description": "Conflict", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}},
                     "post": {"security": [], "tags": ["Pillars"], "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StatusChange"}}}}, "responses": {}}}
                 },
                 "components": {
                   "schemas": {
                     "Problem": %s,
                     "LocalDate": {"type": "string", "format": "date"},
                     "Page": {"type": "object", "properties": {"since": {"$ref": "#/components/schemas/LocalDate"}}},
                     "StatusChange": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/PillarStatus"}}},
                     "PillarStatus": {"type": "string", "enum": ["ACTIVE", "ENDED"]}
                   },
                   "headers": {"API-Version": {"schema": {"type": "string"}}},
                   "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}
                 }}""".formatted(PROBLEM));
    }

    private static ServiceDocument events() {
        return service("events", "/api/v1/events", """
                {"openapi": "3.1.0", "info": {"title": "Events API", "version": "2.0.0"},
                 "servers": [{"url": "/v1"}],
                 "paths": {
                   "/events/{id}/status": {"put": {"tags": ["Events"], "security": [{"oidc": ["secretariat"]}],
                     "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StatusChange"}}}},
                     "responses": {"400": {"description": "Bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
                 },
                 "components": {
                   "schemas": {
                     "Problem": %s,
                     "StatusChange": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/EventStatus"}}},
                     "EventStatus": {"type": "string", "enum": ["PLANNED", "HELD"]},
                     "MembersStatusChange": {"type": "object", "description": "already taken by events"}
                   },
                   "securitySchemes": {"oidc": {"type": "openIdConnect", "openIdConnectUrl": "http://keycloak/x"},
                                       "apiKey": {"type": "apiKey", "in": "header", "name": "X-Key"}}
                 }}""".formatted(PROBLEM));
    }

    private static ServiceDocument service(String name, String pathPrefix, String json) {
        try {
            return new ServiceDocument(name, pathPrefix, "/v1", JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static ObjectNode combine(ServiceDocument... services) {
        return OpenApiMerge.combine(INFO, List.of(services), List.of(), PREFIXES);
    }

    @Test
    void pathsAreTheGatewaysUnderOneServerAtTheSharedPrefix() {
        ObjectNode combined = combine(members(), pillars(), events());
        assertThat(combined.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        assertThat(names(combined.get("paths"))).containsExactly(
                "/members/networks/{code}/members", "/members/municipalities", "/pillars/pillars",
                "/events/events/{id}/status");
        ObjectNode withPublicUrl = OpenApiMerge.combine(new OpenApiMerge.Info("t", "d", "1.0.0", "n", "e", "u",
                Optional.of("https://api.example.nl/"), "x"), List.of(members()), List.of(), PREFIXES);
        assertThat(withPublicUrl.at("/servers/0/url").asText()).isEqualTo("https://api.example.nl/api/v1");
    }

    @Test
    void aPathOutsideTheServicePrefixIsLeftOut() {
        ServiceDocument odd = service("members", "/api/v1/members", """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"}, "servers": [{"url": "/"}],
                 "paths": {"/v1/networks": {"get": {"responses": {}}}, "/q/health": {"get": {"responses": {}}},
                           "/v10/x": {"get": {"responses": {}}}}}""");
        assertThat(names(combine(odd).get("paths"))).containsExactly("/members/networks");
    }

    @Test
    void identicalComponentsAreSharedAndDifferingOnesGetTheServicesPrefixWithEveryRefRewritten() {
        ObjectNode combined = combine(members(), pillars(), events());
        JsonNode schemas = combined.at("/components/schemas");
        // Problem: the same everywhere; Member, PillarStatus: one service each.
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(schemas.has("Member")).isTrue();
        assertThat(schemas.has("PillarStatus")).isTrue();
        // LocalDate differs (an example more), so each service has its own, and Page, the same text in both
        // services, refers to them: it differs too once the refs are rewritten.
        assertThat(schemas.has("LocalDate")).isFalse();
        assertThat(schemas.has("Page")).isFalse();
        assertThat(schemas.at("/MembersLocalDate/examples/0").asText()).isEqualTo("2022-03-10");
        assertThat(schemas.at("/PillarsLocalDate").has("examples")).isFalse();
        assertThat(schemas.at("/MembersPage/properties/since/$ref").asText()).isEqualTo("#/components/schemas/MembersLocalDate");
        assertThat(schemas.at("/PillarsPage/properties/since/$ref").asText()).isEqualTo("#/components/schemas/PillarsLocalDate");
        assertThat(combined.at("/paths/~1members~1networks~1{code}~1members/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/MembersPage");
        // StatusChange: pillars' and events' differ; events already has a MembersStatusChange, which stays its own.
        assertThat(schemas.has("StatusChange")).isFalse();
        assertThat(schemas.at("/PillarsStatusChange/properties/status/$ref").asText()).isEqualTo("#/components/schemas/PillarStatus");
        assertThat(schemas.at("/EventsStatusChange/properties/status/$ref").asText()).isEqualTo("#/components/schemas/EventStatus");
        assertThat(schemas.at("/MembersStatusChange/description").asText()).isEqualTo("already taken by events");
        assertThat(combined.at("/paths/~1events~1events~1{id}~1status/put/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/EventsStatusChange");
        // Other sections follow the same rule: API-Version is the same in members and pillars.
        assertThat(names(combined.at("/components/headers"))).containsExactly("API-Version");
        // Every $ref points at a component that exists.
        List<String> refs = new ArrayList<>();
        collectRefs(combined, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(combined.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void aNameTakenByAPrefixedNameGetsANumber() {
        ServiceDocument membersWithStatusChange = service("members", "/api/v1/members", """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"}, "servers": [{"url": "/v1"}], "paths": {},
                 "components": {"schemas": {"StatusChange": {"type": "object", "description": "members' own"}}}}""");
        JsonNode schemas = combine(membersWithStatusChange, events()).at("/components/schemas");
        assertThat(schemas.at("/MembersStatusChange/description").asText()).isEqualTo("already taken by events");
        assertThat(schemas.at("/MembersStatusChange2/description").asText()).isEqualTo("members' own");
        assertThat(schemas.has("EventsStatusChange")).isTrue();
    }

    @Test
    void theBearerAndOidcSchemesBecomeTheGatewaysOneSchemeWithTheRolesKept() {
        ObjectNode combined = combine(members(), pillars(), events());
        JsonNode schemes = combined.at("/components/securitySchemes");
        assertThat(names(schemes)).containsExactlyInAnyOrder("OpenIdConnect", "apiKey");
        assertThat(schemes.at("/OpenIdConnect/type").asText()).isEqualTo("openIdConnect");
        assertThat(schemes.at("/OpenIdConnect/openIdConnectUrl").asText()).isEqualTo(INFO.openIdConnectUrl());
        assertThat(combined.at("/paths/~1members~1networks~1{code}~1members/get/security").toString())
                .isEqualTo("[{\"OpenIdConnect\":[\"board\",\"secretariat\"]}]");
        assertThat(combined.at("/paths/~1events~1events~1{id}~1status/put/security").toString())
                .isEqualTo("[{\"OpenIdConnect\":[\"secretariat\"]}]");
        // pillars' document-wide requirement moves onto its operations; an explicit empty one (public) stays.
        assertThat(combined.at("/paths/~1pillars~1pillars/get/security").toString()).isEqualTo("[{\"OpenIdConnect\":[]}]");
        assertThat(combined.at("/paths/~1pillars~1pillars/post/security").toString()).isEqualTo("[]");
        assertThat(combined.has("security")).isFalse();
    }

    @Test
    void operationsAreTaggedByTheirServiceAndClashingOperationIdsNamed() {
        ObjectNode combined = combine(members(), pillars(), events());
        assertThat(combined.at("/paths/~1members~1networks~1{code}~1members/get/tags").toString()).isEqualTo("[\"Members: Networks\"]");
        assertThat(combined.at("/paths/~1members~1municipalities/get/tags").toString()).isEqualTo("[\"Members\"]");
        assertThat(combined.at("/paths/~1pillars~1pillars/get/tags").toString()).isEqualTo("[\"Pillars: Pillars\"]");
        List<String> tags = new ArrayList<>();
        combined.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertThat(tags).containsExactly("Members: Networks", "Members", "Pillars: Pillars", "Events: Events");
        assertThat(combined.at("/tags/0/description").asText()).isEqualTo("Networks and their members");
        assertThat(combined.at("/x-tagGroups/1").toString()).isEqualTo("{\"name\":\"Pillars\",\"tags\":[\"Pillars: Pillars\"]}");
        assertThat(combined.at("/paths/~1members~1networks~1{code}~1members/get/operationId").asText()).isEqualTo("membersList");
        assertThat(combined.at("/paths/~1pillars~1pillars/get/operationId").asText()).isEqualTo("pillarsList");
        assertThat(combined.at("/paths/~1members~1municipalities/get/operationId").asText()).isEqualTo("municipalities");
    }

    @Test
    void infoIsTheGatewaysAndAMissingServiceIsNamed() {
        ObjectNode combined = OpenApiMerge.combine(INFO, List.of(members(), events()),
                List.of(new Missing("pillars", "connection refused")), PREFIXES);
        assertThat(combined.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(combined.at("/info/title").asText()).isEqualTo("Municipal networks API");
        assertThat(combined.at("/info/version").asText()).isEqualTo("1.2.3");
        assertThat(combined.at("/info/contact/email").asText()).isEqualTo("team@example.nl");
        assertThat(combined.at("/info/description").asText()).contains("pillars could not be fetched");
        assertThat(combined.at("/x-missing-services").toString())
                .isEqualTo("[{\"name\":\"pillars\",\"reason\":\"connection refused\"}]");
        assertThat(combined.at("/x-services/1").toString())
                .isEqualTo("{\"name\":\"events\",\"title\":\"Events API\",\"version\":\"2.0.0\",\"pathPrefix\":\"/api/v1/events\"}");
        assertThat(names(combined.get("paths"))).noneMatch(path -> path.startsWith("/pillars"));
        // Complete: the list is there and empty, and the description says nothing of it.
        ObjectNode complete = combine(members());
        assertThat(complete.get("x-missing-services").isEmpty()).isTrue();
        assertThat(complete.at("/info/description").asText()).isEqualTo("All of it.");
    }

    @Test
    void sharedPrefixOfSegments() {
        assertThat(OpenApiMerge.commonPrefix(List.of("/api/v1/members", "/api/v1/pillars/"))).isEqualTo("/api/v1");
        assertThat(OpenApiMerge.commonPrefix(List.of("/api/v1/members", "/api/v10/x"))).isEqualTo("/api");
        assertThat(OpenApiMerge.commonPrefix(List.of("/api/v1/members"))).isEqualTo("/api/v1/members");
        assertThat(OpenApiMerge.commonPrefix(List.of("/a/x", "/b/x"))).isEqualTo("");
        assertThat(OpenApiMerge.prefix("members")).isEqualTo("Members");
        assertThat(OpenApiMerge.prefix("year-plans")).isEqualTo("YearPlans");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.has("$ref")) {
            into.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, into));
    }
}
