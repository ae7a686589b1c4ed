package nl.municipalnetworks.member.municipality;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.contracts.member.MunicipalityChanged;
import nl.municipalnetworks.contracts.member.PopulationRecorded;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.newEventsProbe;
import static nl.municipalnetworks.member.MemberApi.createMember;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.ensureNetwork;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class MunicipalityApiTest {

    @Test
    void deventerPopulationOnThePeildatumIsKeptAndNeverOverwritten() {
        String code = uniqueCbsCode();
        String id = createMunicipality(uniqueName("Deventer"), code, "Overijssel");
        try (TopicProbe probe = newEventsProbe()) {
            as("m50-secretariat").body(Map.of("referenceDate", "2022-01-01", "inhabitants", 101446, "source", "CBS"))
                    .post("/v1/municipalities/" + id + "/population-counts").then().statusCode(201)
                    .body("inhabitants", equalTo(101446));
            assertThat(probe.pollAll(Duration.ofSeconds(4)).stream().filter(r -> id.equals(r.key()))
                    .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)))
                    .containsExactly(PopulationRecorded.TYPE);
        }
        // Same count again: accepted, unchanged. Another count for that date: refused.
        as("m50-secretariat").body(Map.of("referenceDate", "2022-01-01", "inhabitants", 101446))
                .post("/v1/municipalities/" + id + "/population-counts").then().statusCode(200);
        as("m50-secretariat").body(Map.of("referenceDate", "2022-01-01", "inhabitants", 101500))
                .post("/v1/municipalities/" + id + "/population-counts").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("inhabitants"));
        as("m50-secretariat").body(Map.of("referenceDate", "2024-01-01", "inhabitants", 102000))
                .post("/v1/municipalities/" + id + "/population-counts").then().statusCode(201);

        as("m50-board").get("/v1/municipalities/" + id + "/population-counts").then().statusCode(200)
                .body("referenceDate", contains("2024-01-01", "2022-01-01"))
                .body("inhabitants", contains(102000, 101446));
        as("m50-board").get("/v1/municipalities/" + id).then()
                .body("latestPopulation.inhabitants", equalTo(102000))
                .body("cbsCode", equalTo(code));
    }

    @Test
    void aChangedClusterIsAnnouncedOnceAndAnUnchangedSaveNotAtAll() {
        String code = uniqueCbsCode();
        String name = uniqueName("Súdwest-Fryslân");
        String id = createMunicipality(name, code, "Fryslân");
        Map<String, Object> withCluster = Map.of("name", name, "cbsCode", code, "province", "Fryslân", "cluster", "Landelijke stad");
        try (TopicProbe probe = newEventsProbe()) {
            as("m50-secretariat").body(withCluster).put("/v1/municipalities/" + id).then().statusCode(200)
                    .body("cluster", equalTo("Landelijke stad"));
            as("m50-secretariat").body(withCluster).put("/v1/municipalities/" + id).then().statusCode(200);
            var records = probe.pollAll(Duration.ofSeconds(4)).stream().filter(r -> id.equals(r.key())).toList();
            assertThat(records).extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .containsExactly(MunicipalityChanged.TYPE);
            assertThat(records.get(0).value())
                    .contains("\"cluster\":\"Landelijke stad\"", "\"province\":\"Fryslân\"", "\"cbsCode\":\"" + code + "\"");
        }
    }

    @Test
    void registerRefusesBadAndDuplicateCodes() {
        as("m50-secretariat").body(Map.of("name", uniqueName("Foutcode"), "cbsCode", "GM15"))
                .post("/v1/municipalities").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("cbsCode"));
        as("m50-secretariat").body(Map.of("name", uniqueName("Provincieloos"), "province", "Brabant"))
                .post("/v1/municipalities").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("province"));
        String code = uniqueCbsCode();
        createMunicipality(uniqueName("Eerste"), code, null);
        as("m50-secretariat").body(Map.of("name", uniqueName("Tweede"), "cbsCode", code))
                .post("/v1/municipalities").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("cbsCode"));
        as("zeist-official").body(Map.of("name", uniqueName("Stiekem")))
                .post("/v1/municipalities").then().statusCode(403);
    }

    @Test
    void csvImportIsAllOrNothingWithAReportPerRow() {
        String codeA = uniqueCbsCode();
        String codeB = uniqueCbsCode();
        String nameA = uniqueName("Importstad");
        String nameB = uniqueName("Importdorp");
        String idA = createMunicipality(nameA, codeA, null);
        createMunicipality(nameB, codeB, null);

        String withErrors = "code,name,count,reference_date\n"
                + codeA + "," + nameA + ",50000,2024-01-01\n"
                + "GM9,Nergens,100,2024-01-01\n"
                + codeB + ",Verkeerde naam,30000,2024-01-01\n";
        as("m50-secretariat").contentType("text/csv").body(withErrors)
                .post("/v1/population-count-imports").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("line 3: code", "line 4: name"));
        as("m50-secretariat").get("/v1/municipalities/" + idA + "/population-counts").then().body("size()", equalTo(0));

        String good = "code,name,count,reference_date\n"
                + codeA + "," + nameA + ",50000,2024-01-01\n"
                + codeB + "," + nameB + ",30000,2024-01-01\n";
        as("m50-secretariat").contentType("text/csv").body(good)
                .post("/v1/population-count-imports").then().statusCode(200)
                .body("recorded", equalTo(2)).body("unchanged", equalTo(0));
        // The same file again changes nothing.
        as("m50-secretariat").contentType("text/csv").body(good)
                .post("/v1/population-count-imports").then().statusCode(200)
                .body("recorded", equalTo(0)).body("unchanged", equalTo(2));
        as("m50-secretariat").get("/v1/municipalities/" + idA + "/population-counts").then()
                .body("inhabitants", contains(50000));
    }

    @Test
    void publicMemberListNeedsNoTokenAndShowsOnlyPublicFields() {
        String network = "T" + uniqueCbsCode().substring(2);
        ensureNetwork(network);
        String zwolle = createMunicipality(uniqueName("Aa Publiekstad"), uniqueCbsCode(), "Overijssel");
        String breda = createMunicipality(uniqueName("Bb Publiekdorp"), uniqueCbsCode(), "Noord-Brabant");
        String prospect = createMunicipality(uniqueName("Cc Nogniet"), uniqueCbsCode(), "Overijssel");
        createMember(network, zwolle, "2019-01-01");
        createMember(network, breda, "2021-06-01");
        as("platform-admin").body(Map.of("network", network, "municipalityId", prospect))
                .post("/v1/memberships").then().statusCode(201);

        given().get("/v1/networks/" + network + "/members").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].since", equalTo("2019-01-01"))
                .body("items[0]", not(hasKey("id")))
                .body("items[0].province", equalTo("Overijssel"));
        given().get("/v1/networks/" + network + "/members?province=Noord-Brabant").then()
                .body("totalItems", equalTo(1)).body("items[0].since", equalTo("2021-06-01"));
        given().get("/v1/networks/" + network + "/members?sort=-since&pageSize=1").then()
                .body("items.size()", equalTo(1)).body("items[0].since", equalTo("2021-06-01"))
                .body("totalPages", equalTo(2));
        given().get("/v1/networks/" + network + "/members?pageSize=500").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("pageSize"));
        given().get("/v1/networks/NOPE/members").then().statusCode(404);

        as("m50-secretariat").get("/v1/memberships?network=" + network + "&status=PROSPECT").then()
                .body("totalItems", equalTo(1));
        as("m50-secretariat").get("/v1/memberships?network=" + network + "&province=Overijssel&sort=name").then()
                .body("items.status", contains("MEMBER", "PROSPECT"));
    }

    @Test
    void openApiAndHealthAreServed() {
        given().get("/v1/openapi.json").then().statusCode(200)
                .body("info.version", equalTo("1.0.0"))
                .body("info.contact.name", org.hamcrest.Matchers.notNullValue())
                .body("paths", hasKey("/memberships/{id}/status-changes"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Reactive PostgreSQL")));
    }
}
