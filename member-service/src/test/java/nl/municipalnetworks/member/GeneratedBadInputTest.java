package nl.municipalnetworks.member;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.api.GeneratedBadInput;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMember;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.ensureNetwork;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;

/**
 * Bad input generated over every operation of member-service's OpenAPI document (see test-support's
 * {@link GeneratedBadInput}): never a 5xx, always problem+json, and a refused request writes nothing.
 * This class says only what good requests look like.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class GeneratedBadInputTest {

    @Test
    void noBadInputGetsA5xxOrWritesAnything() {
        ensureNetwork("M50");
        String municipality = createMunicipality(uniqueName("Foutenburg"), uniqueCbsCode(), "Utrecht");
        String membership = createMember("M50", municipality, "2020-01-01");
        String person = MemberApi.createPerson("platform-admin", municipality, "SUPPORTING_CIVIL_SERVANT", "fout@foutenburg.example");
        String mergerSuccessor = createMunicipality(uniqueName("Samengevoegd"), uniqueCbsCode(), null);
        String merger = as("platform-admin").body(Map.of("mergedOn", "2021-01-01", "successorId", mergerSuccessor,
                        "mergingMunicipalityIds", List.of(createMunicipality(uniqueName("Verdwenen"), uniqueCbsCode(), null))))
                .post("/v1/municipal-mergers").then().statusCode(201).extract().path("id");

        GeneratedBadInput.assertNoBadInputGetsA5xxOrWritesAnything(new GeneratedBadInput.GoodRequests() {
            @Override
            public String pathValue(String operation, String name) {
                if (name.equals("code")) {
                    return "M50";
                }
                String path = operation.substring(operation.indexOf(' ') + 1);
                return path.startsWith("/v1/people/") ? person
                        : path.startsWith("/v1/memberships/") ? membership
                        : path.startsWith("/v1/municipal-mergers/") ? merger
                        : municipality;
            }

            @Override
            public Map<String, Object> body(String operation) {
                return validBody(operation, municipality, person);
            }
        });
    }

    /** A body that the operation would accept, so that one bad field is the only mistake. */
    private static Map<String, Object> validBody(String operation, String municipality, String person) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation) {
            case "POST /v1/networks" -> {
                body.put("code", "BI" + Math.abs(new Random().nextInt(1_000_000)));
                body.put("name", "Bad input network");
                body.put("noticeRule", Map.of("noticeBefore", "09-01", "takesEffectOn", "01-01"));
            }
            case "POST /v1/partners" -> {
                body.put("name", uniqueName("Kennispartner"));
                body.put("networks", List.of("M50"));
            }
            case "POST /v1/municipalities", "PUT /v1/municipalities/{id}" -> {
                body.put("name", uniqueName("Invoerstad"));
                body.put("cbsCode", uniqueCbsCode());
                body.put("province", "Utrecht");
                body.put("cluster", "Voorstad");
            }
            case "POST /v1/municipalities/{id}/population-counts" -> {
                body.put("referenceDate", "2024-01-01");
                body.put("inhabitants", 50_000 + new Random().nextInt(1000));
            }
            case "POST /v1/memberships" -> {
                body.put("network", "M50");
                body.put("municipalityId", municipality);
                body.put("status", "PROSPECT");
            }
            case "POST /v1/memberships/{id}/status-changes" -> {
                body.put("status", "NOTICE_GIVEN");
                body.put("effectiveOn", "2026-03-01");
                body.put("endsOn", "2026-12-31");
            }
            case "PUT /v1/memberships/{id}/recruitment" -> body.put("status", "CONTACTED");
            case "POST /v1/memberships/{id}/recruitment-notes" -> body.put("text", "Generated note");
            case "PUT /v1/memberships/{id}/contact-official" -> body.put("personId", person);
            case "POST /v1/people", "PUT /v1/people/{id}" -> {
                body.put("municipalityId", municipality);
                body.put("firstName", "Sjoerd");
                body.put("lastName", "de Vries");
                body.put("role", "SUPPORTING_CIVIL_SERVANT");
                body.put("email", "sjoerd@foutenburg.example");
                body.put("phone", "+31 30 123 4567");
            }
            case "POST /v1/networks/{code}/board-positions" -> {
                body.put("personId", person);
                body.put("position", "MEMBER");
                body.put("portfolio", "Financiën");
            }
            case "POST /v1/networks/{code}/vng-committee-seats" -> {
                body.put("personId", person);
                body.put("committee", "Commissie Zorg, Jeugd en Onderwijs");
            }
            case "POST /v1/municipal-mergers" -> {
                body.put("mergedOn", "2024-01-01");
                body.put("successorId", municipality);
                body.put("mergingMunicipalityIds", List.of(municipality));
            }
            default -> {
                return null;
            }
        }
        return body;
    }
}
