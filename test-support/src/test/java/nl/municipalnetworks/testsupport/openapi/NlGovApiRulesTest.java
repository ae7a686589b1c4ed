package nl.municipalnetworks.testsupport.openapi;

import nl.municipalnetworks.testsupport.openapi.NlGovApiRules.Severity;
import nl.municipalnetworks.testsupport.openapi.NlGovApiRules.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NlGovApiRulesTest {

    /** A small document that follows every rule: the reference the broken variants below start from. */
    private static final String CONFORMING = """
            {
              "openapi": "3.1.0",
              "info": {
                "title": "Member API",
                "version": "1.2.3",
                "contact": {"name": "Team", "email": "team@example.org", "url": "https://example.org"}
              },
              "servers": [{"url": "https://api.example.org/v1"}],
              "paths": {
                "/municipalities": {
                  "get": {
                    "operationId": "list",
                    "parameters": [
                      {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                      {"name": "pageSize", "in": "query", "schema": {"type": "integer"}}
                    ],
                    "responses": {
                      "200": {"description": "OK", "headers": {"API-Version": {"$ref": "#/components/headers/ApiVersion"}}},
                      "400": {"$ref": "#/components/responses/BadRequest"}
                    }
                  },
                  "post": {
                    "operationId": "create",
                    "security": [{"oidc": []}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Municipality"},
                      "examples": {"Deventer": {"value": {"name": "Deventer"}}}}}},
                    "responses": {
                      "201": {"description": "Created", "headers": {"api-version": {"schema": {"type": "string"}}}},
                      "400": {"$ref": "#/components/responses/BadRequest"},
                      "401": {"$ref": "#/components/responses/BadRequest"},
                      "403": {"$ref": "#/components/responses/BadRequest"}
                    }
                  }
                },
                "/municipalities/{id}/population-counts": {
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "get": {
                    "operationId": "counts",
                    "responses": {
                      "200": {"description": "OK", "headers": {"API-Version": {"$ref": "#/components/headers/ApiVersion"}}},
                      "400": {"$ref": "#/components/responses/BadRequest"},
                      "404": {"$ref": "#/components/responses/BadRequest"}
                    }
                  }
                }
              },
              "components": {
                "headers": {"ApiVersion": {"schema": {"type": "string"}}},
                "responses": {
                  "BadRequest": {
                    "description": "Bad request",
                    "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
                  }
                },
                "schemas": {
                  "Problem": {"type": "object", "properties": {
                    "status": {"type": "integer"}, "title": {"type": "string"}, "detail": {"type": "string"}}},
                  "Municipality": {"type": "object", "properties": {
                    "name": {"type": "string"},
                    "referenceDate": {"$ref": "#/components/schemas/LocalDate"},
                    "registeredAt": {"type": "string", "format": "date-time"}}},
                  "LocalDate": {"type": "string", "format": "date"}
                }
              }
            }
            """;

    @Test
    void aConformingDocumentHasNoViolations() {
        assertThat(NlGovApiRules.check(CONFORMING)).isEmpty();
    }

    @Test
    void documentLevelRules() {
        String broken = CONFORMING
                .replace("\"openapi\": \"3.1.0\"", "\"openapi\": \"2.0\"")
                .replace("\"version\": \"1.2.3\"", "\"version\": \"1.2\"")
                .replace("\"email\": \"team@example.org\", ", "")
                .replace("https://api.example.org/v1", "http://api.example.org");
        assertThat(rules(NlGovApiRules.check(broken))).containsExactlyInAnyOrder(
                "nlgov:openapi3", "nlgov:semver", "nlgov:info-contact-fields-exist",
                "nlgov:include-major-version-in-uri", "nlgov:servers-use-https");
        assertThat(NlGovApiRules.check(broken)).filteredOn(v -> v.rule().equals("nlgov:servers-use-https"))
                .extracting(Violation::severity).containsExactly(Severity.WARNING);
        assertThat(NlGovApiRules.check(broken)).filteredOn(v -> v.rule().equals("nlgov:info-contact-fields-exist"))
                .extracting(Violation::path).containsExactly("$.info.contact.email");
    }

    @Test
    void missingContactAndServers() {
        String broken = CONFORMING
                .replace("\"contact\": {\"name\": \"Team\", \"email\": \"team@example.org\", \"url\": \"https://example.org\"}", "\"x-none\": 1")
                .replace("\"servers\": [{\"url\": \"https://api.example.org/v1\"}],", "");
        assertThat(rules(NlGovApiRules.check(broken))).containsExactlyInAnyOrder("info-contact", "oas3-api-servers");
    }

    @Test
    void pathRules() {
        String broken = CONFORMING
                .replace("\"/municipalities\":", "\"/Municipalities/\":")
                .replace("\"/municipalities/{id}/population-counts\"", "\"/municipalities/{id}/population_counts\"")
                .replace("\"in\": \"path\"", "\"in\": \"query\"");
        assertThat(rules(NlGovApiRules.check(broken))).containsExactlyInAnyOrder(
                "nlgov:paths-no-trailing-slash", "nlgov:paths-kebab-case", "nlgov:paths-kebab-case",
                "path-params");
    }

    @Test
    void onlyStandardMethodsAndCamelCaseQueryKeys() {
        String broken = CONFORMING
                .replace("\"post\": {", "\"options\": {")
                .replace("\"name\": \"pageSize\"", "\"name\": \"page_size\"");
        assertThat(rules(NlGovApiRules.check(broken))).containsExactlyInAnyOrder(
                "nlgov:http-methods", "nlgov:query-keys-camel-case");
    }

    @Test
    void pageAndPageSizeAreIntegers() {
        String broken = CONFORMING.replace("{\"type\": \"integer\", \"minimum\": 1}", "{\"type\": \"string\"}");
        assertThat(NlGovApiRules.check(broken)).extracting(Violation::rule, Violation::path)
                .containsExactly(tuple("house:paging-integers", "$.paths['/municipalities'].get.parameters[page]"));
    }

    @Test
    void everySuccessDocumentsTheApiVersionHeader() {
        String broken = CONFORMING
                .replace("\"headers\": {\"api-version\": {\"schema\": {\"type\": \"string\"}}}", "\"headers\": {\"X-Other\": {\"schema\": {\"type\": \"string\"}}}")
                .replaceFirst(", \"headers\": \\{\"API-Version\": \\{\"\\$ref\": \"#/components/headers/ApiVersion\"}}", "");
        List<Violation> violations = NlGovApiRules.check(broken);
        assertThat(rules(violations)).containsExactlyInAnyOrder("nlgov:missing-header", "nlgov:missing-version-header");
        assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrder(
                "$.paths['/municipalities'].get.responses['200']",
                "$.paths['/municipalities'].post.responses['201'].headers");
    }

    @Test
    void aSuccessBodyHasASchema() {
        String broken = CONFORMING.replace("\"201\": {\"description\": \"Created\", ",
                "\"201\": {\"description\": \"Created\", \"content\": {\"application/json\": {}}, ");
        assertThat(NlGovApiRules.check(broken)).extracting(Violation::rule, Violation::path).containsExactly(
                tuple("house:success-body-schema", "$.paths['/municipalities'].post.responses['201'].content['application/json']"));
    }

    @Test
    void aRequestBodyHasAnExample() {
        String broken = CONFORMING.replace("\"examples\": {\"Deventer\": {\"value\": {\"name\": \"Deventer\"}}}", "\"x-note\": 1");
        assertThat(broken).isNotEqualTo(CONFORMING);
        assertThat(NlGovApiRules.check(broken)).extracting(Violation::rule, Violation::path).containsExactly(
                tuple("house:request-body-example", "$.paths['/municipalities'].post.requestBody.content['application/json']"));
    }

    @Test
    void errorsAreProblemDetailsWithStatusTitleAndDetail() {
        String broken = CONFORMING
                .replace("\"content\": {\"application/problem+json\"", "\"content\": {\"application/json\"");
        assertThat(rules(NlGovApiRules.check(broken))).containsOnly("nlgov:use-problem-schema");

        String noDetail = CONFORMING.replace(", \"detail\": {\"type\": \"string\"}", "");
        assertThat(NlGovApiRules.check(noDetail)).isNotEmpty().allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo("nlgov:problem-schema-members");
            assertThat(v.message()).contains("`detail`");
        });

        String noBody = CONFORMING.replaceAll(",\\s*\"content\": \\{\"application/problem\\+json\": \\{\"schema\": \\{\"\\$ref\": \"#/components/schemas/Problem\"}}}", "");
        assertThat(noBody).isNotEqualTo(CONFORMING);
        assertThat(rules(NlGovApiRules.check(noBody))).containsOnly("house:problem-body");
    }

    @Test
    void operationsThatTakeInputDocument400AndSecuredOnes401And403AndPathParameters404() {
        String broken = CONFORMING
                .replaceAll("\"400\": \\{\"\\$ref\": \"#/components/responses/BadRequest\"},\\s*\"401\"", "\"401\"")
                .replace("\"403\": {\"$ref\": \"#/components/responses/BadRequest\"}", "\"409\": {\"$ref\": \"#/components/responses/BadRequest\"}")
                .replaceAll(",\\s*\"404\": \\{\"\\$ref\": \"#/components/responses/BadRequest\"}", "");
        List<Violation> violations = NlGovApiRules.check(broken);
        assertThat(violations).extracting(v -> v.rule() + " " + v.path()).containsExactlyInAnyOrder(
                "nlgov:problem-invalid-input $.paths['/municipalities'].post.responses",
                "house:secured-responses $.paths['/municipalities'].post.responses",
                "house:not-found-response $.paths['/municipalities/{id}/population-counts'].get.responses");
    }

    @Test
    void aGetWithoutParametersNeedsNo400() {
        String noParameters = CONFORMING.replaceFirst("(?s)\"parameters\": \\[\\s*\\{\"name\": \"page\".*?],", "")
                .replaceFirst(",\\s*\"400\": \\{\"\\$ref\": \"#/components/responses/BadRequest\"}", "");
        assertThat(noParameters).doesNotContain("\"pageSize\"");
        assertThat(NlGovApiRules.check(noParameters)).isEmpty();
    }

    @Test
    void dateFieldsAreDatesAndTimesCarryAZone() {
        String broken = CONFORMING
                .replace("\"LocalDate\": {\"type\": \"string\", \"format\": \"date\"}", "\"LocalDate\": {\"type\": \"string\", \"format\": \"date-time\"}")
                .replace("\"registeredAt\": {\"type\": \"string\", \"format\": \"date-time\"}", "\"registeredAt\": {\"type\": \"string\", \"format\": \"date-time-local\"}, \"startDate\": {\"type\": \"string\"}");
        assertThat(rules(NlGovApiRules.check(broken))).containsExactlyInAnyOrder(
                "nlgov:use-date-instead-of-datetime", "nlgov:date-time-ensure-timezone", "nlgov:specify-format-for-date-and-time");
    }

    @Test
    void schemaNamesArePascalCaseAndOperationIdsUnique() {
        String broken = CONFORMING
                .replace("\"operationId\": \"create\"", "\"operationId\": \"list\"")
                .replace("\"Municipality\": {", "\"municipality_data\": {")
                .replace("#/components/schemas/Municipality\"", "#/components/schemas/municipality_data\"");
        List<Violation> violations = NlGovApiRules.check(broken);
        assertThat(rules(violations)).containsExactlyInAnyOrder("operation-operationId-unique", "nlgov:schema-camel-case");
        assertThat(NlGovApiRules.errors(violations)).extracting(Violation::rule).containsExactly("operation-operationId-unique");
    }

    @Test
    void notJsonIsAViolationNotACrash() {
        assertThat(rules(NlGovApiRules.check("openapi: 3.1.0"))).containsExactly("nlgov:openapi-root-exists");
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }
}
