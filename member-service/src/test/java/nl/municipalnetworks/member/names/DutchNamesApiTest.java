package nl.municipalnetworks.member.names;

import db.migration.V3__Fill_dutch_name_keys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMember;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.ensureNetwork;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Names as the secretariat types them: search, Dutch order, provinces, CBS codes, Excel files. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class DutchNamesApiTest {

    @Inject
    Flyway flyway;

    @Inject
    DataSource dataSource;

    /** A word no other test uses, shared by the names of one test so that a filter finds only them. */
    private static String token() {
        return "Q" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void everySpellingOfANameFindsTheMunicipalityAndTheMember() {
        String token = token();
        String bosch = createMunicipality("’s-Hertogenbosch " + token, uniqueCbsCode(), "Noord-Brabant");
        createMunicipality("Súdwest-Fryslân " + token, uniqueCbsCode(), "Fryslân");
        for (String typed : List.of("'s Hertogenbosch " + token, "s-hertogenbosch " + token, "‘S-HERTOGENBOSCH " + token,
                "hertogenbosch " + token)) {
            as("m50-board").queryParam("name", typed).get("/v1/municipalities").then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].id", equalTo(bosch));
        }
        as("m50-board").queryParam("name", "sudwest fryslan " + token).get("/v1/municipalities").then()
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo("Súdwest-Fryslân " + token));

        String network = "N" + uniqueCbsCode().substring(2);
        ensureNetwork(network);
        createMember(network, bosch, "2020-01-01");
        as("m50-board").queryParam("network", network).queryParam("name", "'s hertogenbosch").get("/v1/memberships")
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("name", "S-Hertogenbosch").get("/v1/networks/" + network + "/members").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo("’s-Hertogenbosch " + token));
    }

    @Test
    void namesThatDifferOnlyInAccentsOrApostrophesAreOneMunicipality() {
        String token = token();
        createMunicipality("’s-Hertogenbosch " + token, uniqueCbsCode(), null);
        as("m50-secretariat").body(Map.of("name", "'S HERTOGENBOSCH " + token)).post("/v1/municipalities").then()
                .statusCode(409).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("name"))
                .body("invalidParams[0].reason", containsString("’s-Hertogenbosch " + token));
        String other = createMunicipality("Sudwest Fryslan " + token, uniqueCbsCode(), null);
        as("m50-secretariat").body(Map.of("name", "Súdwest-Fryslân " + token)).post("/v1/municipalities").then()
                .statusCode(409).body("invalidParams[0].name", equalTo("name"));
        // A rename is a write too: its keys follow, and it may not take another municipality's name.
        as("m50-secretariat").body(Map.of("name", "s-Hertogenbosch " + token)).put("/v1/municipalities/" + other).then()
                .statusCode(409).body("invalidParams[0].name", equalTo("name"));
        as("m50-secretariat").body(Map.of("name", "Súdwest-Fryslân " + token)).put("/v1/municipalities/" + other).then()
                .statusCode(200).body("name", equalTo("Súdwest-Fryslân " + token));
        as("m50-board").queryParam("name", "SUDWEST-FRYSLAN " + token).get("/v1/municipalities").then()
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo("Súdwest-Fryslân " + token));
    }

    @Test
    void municipalitiesSortInDutchOrderEverywhere() {
        String token = token();
        List<String> expected = List.of("Amsterdam " + token, "’s-Gravenhage " + token, "Haarlem " + token,
                "'s-Hertogenbosch " + token, "Zeist " + token);
        String network = "N" + uniqueCbsCode().substring(2);
        ensureNetwork(network);
        for (String name : List.of(expected.get(4), expected.get(1), expected.get(0), expected.get(3), expected.get(2))) {
            createMember(network, createMunicipality(name, uniqueCbsCode(), null), "2020-01-01");
        }
        as("m50-board").queryParam("name", token).queryParam("sort", "name").get("/v1/municipalities").then()
                .statusCode(200).body("items.name", equalTo(expected));
        as("m50-board").queryParam("name", token).get("/v1/municipalities").then()
                .body("items.name", equalTo(expected));
        as("m50-board").queryParam("name", token).queryParam("sort", "-name").get("/v1/municipalities").then()
                .body("items.name", equalTo(reversed(expected)));
        as("m50-board").queryParam("network", network).queryParam("sort", "name").get("/v1/memberships").then()
                .statusCode(200).body("items.municipality.name", equalTo(expected));
        given().queryParam("sort", "name").get("/v1/networks/" + network + "/members").then()
                .statusCode(200).body("items.name", equalTo(expected));
    }

    @Test
    void peopleSortByLastNameWithoutTussenvoegselsAndAreFoundAsTyped() {
        String token = token();
        String municipality = createMunicipality("Personeelstad " + token, uniqueCbsCode(), null);
        // An M50 member: the M50 secretariat lists the people of its own network.
        nl.municipalnetworks.member.MemberApi.ensureNetwork("M50");
        nl.municipalnetworks.member.MemberApi.createMember("M50", municipality, "2020-01-01");
        for (String lastName : List.of("de Vries", "Visser", "van den Berg", "’t Hart", "Bakker", "ter Horst")) {
            as("m50-secretariat").body(Map.of("municipalityId", municipality, "firstName", token, "lastName", lastName))
                    .post("/v1/people").then().statusCode(201);
        }
        as("m50-secretariat").queryParam("name", token).queryParam("sort", "lastName").get("/v1/people").then()
                .statusCode(200)
                .body("items.lastName", contains("Bakker", "van den Berg", "’t Hart", "ter Horst", "Visser", "de Vries"));
        as("m50-secretariat").queryParam("name", token).get("/v1/people").then()
                .body("items.lastName", contains("Bakker", "van den Berg", "’t Hart", "ter Horst", "Visser", "de Vries"));
        as("m50-secretariat").queryParam("name", token + " 'T HART").get("/v1/people").then()
                .body("totalItems", equalTo(1)).body("items[0].lastName", equalTo("’t Hart"));
        as("m50-secretariat").queryParam("name", token + " van-den-berg").get("/v1/people").then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void provincesInCommonSpellingsAreAnsweredAndStoredOfficially() {
        String token = token();
        as("m50-secretariat").body(Map.of("name", "Leeuwarden " + token, "province", "Friesland"))
                .post("/v1/municipalities").then().statusCode(201).body("province", equalTo("Fryslân"));
        as("m50-secretariat").body(Map.of("name", "Tilburg " + token, "province", "NB"))
                .post("/v1/municipalities").then().statusCode(201).body("province", equalTo("Noord-Brabant"));
        as("m50-secretariat").body(Map.of("name", "Breda " + token, "province", "noord brabant"))
                .post("/v1/municipalities").then().statusCode(201).body("province", equalTo("Noord-Brabant"));
        as("m50-board").queryParam("name", token).queryParam("province", "fryslan").get("/v1/municipalities").then()
                .statusCode(200).body("items.name", contains("Leeuwarden " + token))
                .body("items[0].province", equalTo("Fryslân"));
        as("m50-board").queryParam("name", token).queryParam("province", "Noord-Brabant").get("/v1/municipalities").then()
                .body("totalItems", equalTo(2));
        as("m50-board").queryParam("province", "Brabant").get("/v1/municipalities").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("province"));
        given().get("/v1/openapi.json").then().statusCode(200)
                .body("components.schemas.Province.description", containsString("Friesland"))
                .body("components.schemas.Province.enum", org.hamcrest.Matchers.hasItem("Fryslân"));
    }

    @Test
    void cbsCodesNoMunicipalityCanHaveAreRefusedEverywhere() {
        String token = token();
        for (String code : List.of("GM0000", "GM3000", "GM9150")) {
            as("m50-secretariat").body(Map.of("name", "Nergens " + token, "cbsCode", code)).post("/v1/municipalities")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("cbsCode"));
            as("m50-board").queryParam("cbsCode", code).get("/v1/municipalities").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("cbsCode"));
        }
        as("m50-secretariat").contentType("text/csv").body("code;name;count;reference_date\nGM0000;Nergens;100;2024-01-01\n")
                .post("/v1/population-count-imports").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("line 2: code"));
    }

    @Test
    void exportedFileImportsBackUnchanged() {
        String token = token();
        String withCount = createMunicipality("’s-Gravenhage " + token, uniqueCbsCode(), "Zuid-Holland");
        String quoted = createMunicipality("Súdwest-Fryslân; \"oud\" " + token, uniqueCbsCode(), "Fryslân");
        String without = createMunicipality("Zonder telling " + token, uniqueCbsCode(), null);
        as("m50-secretariat").body(Map.of("referenceDate", "2022-01-01", "inhabitants", 101446))
                .post("/v1/municipalities/" + withCount + "/population-counts").then().statusCode(201);
        as("m50-secretariat").body(Map.of("referenceDate", "2024-01-01", "inhabitants", 102000))
                .post("/v1/municipalities/" + withCount + "/population-counts").then().statusCode(201);
        as("m50-secretariat").body(Map.of("referenceDate", "2023-01-01", "inhabitants", 90000))
                .post("/v1/municipalities/" + quoted + "/population-counts").then().statusCode(201);

        Response export = as("m50-board").accept("text/csv").queryParam("name", token).get("/v1/municipalities");
        export.then().statusCode(200).contentType(containsString("text/csv"));
        byte[] file = export.asByteArray();
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, StandardCharsets.UTF_8);
        String codeWith = as("m50-board").get("/v1/municipalities/" + withCount).path("cbsCode");
        assertThat(text.substring(1).split("\r\n", -1)).startsWith("code;name;count;reference_date",
                codeWith + ";’s-Gravenhage " + token + ";102000;2024-01-01");
        assertThat(text).contains("\"Súdwest-Fryslân; \"\"oud\"\" " + token + "\";90000;2023-01-01\r\n")
                .contains(";Zonder telling " + token + ";;\r\n").doesNotContain("\n\n");
        given().accept("text/csv").get("/v1/municipalities").then().statusCode(401);
        // A client that asks for anything gets JSON, as before.
        as("m50-board").queryParam("name", token).get("/v1/municipalities").then()
                .contentType(containsString("application/json")).body("totalItems", equalTo(3));

        as("m50-secretariat").contentType("text/csv").body(file).post("/v1/population-count-imports").then()
                .statusCode(200).body("rows", equalTo(3)).body("recorded", equalTo(0)).body("unchanged", equalTo(2))
                .body("skipped", equalTo(1)).body("details.outcome", contains("UNCHANGED", "UNCHANGED"));
        as("m50-board").get("/v1/municipalities/" + withCount + "/population-counts").then().body("size()", equalTo(2));
        as("m50-board").get("/v1/municipalities/" + quoted + "/population-counts").then().body("size()", equalTo(1));
        as("m50-board").get("/v1/municipalities/" + without + "/population-counts").then().body("size()", equalTo(0));
    }

    @Test
    void excelFileFromADutchDesktopIsImported() {
        String token = token();
        String codeA = uniqueCbsCode();
        String codeB = uniqueCbsCode();
        String bosch = createMunicipality("’s-Hertogenbosch " + token, codeA, null);
        String fryslan = createMunicipality("Súdwest-Fryslân " + token, codeB, null);
        // "CSV (gescheiden door lijstscheidingsteken)": semicolons, Windows-1252, Dutch dates, names typed otherwise.
        byte[] file = ("code;name;count;reference_date\r\n"
                + codeA + ";'s Hertogenbosch " + token + ";160000;1-1-2024\r\n"
                + codeB + ";Súdwest Fryslân " + token + ";90000;01-01-2024\r\n").getBytes(Charset.forName("windows-1252"));
        as("m50-secretariat").contentType("text/csv").body(file).post("/v1/population-count-imports").then()
                .statusCode(200).body("recorded", equalTo(2));
        as("m50-board").get("/v1/municipalities/" + bosch + "/population-counts").then()
                .body("referenceDate", contains("2024-01-01")).body("inhabitants", contains(160000));
        as("m50-board").get("/v1/municipalities/" + fryslan + "/population-counts").then()
                .body("inhabitants", contains(90000));
    }

    @Test
    void unreadableFilesAre400SayingWhatIsExpected() {
        String header = "code;name;count;reference_date";
        List<byte[]> files = List.of(
                (header + "\nGM0150;\"Deventer;101446;2024-01-01\n").getBytes(StandardCharsets.UTF_8),
                new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x00, 0x00, 0x21, 0x00},
                "gemeente;inwoners\nDeventer;101446\n".getBytes(StandardCharsets.UTF_8),
                new byte[0]);
        for (byte[] file : files) {
            as("m50-secretariat").contentType("text/csv").body(file).post("/v1/population-count-imports").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].reason", containsString(header))
                    .body("invalidParams[0].reason", containsString("UTF-8 or Windows-1252"));
        }
    }

    @Test
    void theJavaMigrationRanAndFillsKeysOfExistingRowsWithTheJavaRule() throws Exception {
        assertThat(Arrays.stream(flyway.info().applied()).filter(i -> i.getVersion() != null)
                .filter(i -> i.getVersion().getVersion().equals("3")).map(i -> i.getType().name()))
                .containsExactly("JDBC");
        String token = token();
        String id = createMunicipality("’t Zandt " + token, uniqueCbsCode(), null);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement spoil = connection.prepareStatement(
                    "update municipality set name_key = 'stale ' || id, name_sort_key = 'stale' where id = ?")) {
                spoil.setObject(1, UUID.fromString(id));
                assertThat(spoil.executeUpdate()).isEqualTo(1);
            }
            new V3__Fill_dutch_name_keys().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return flyway.getConfiguration();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            try (PreparedStatement read = connection.prepareStatement(
                    "select name_key, name_sort_key from municipality where id = ?")) {
                read.setObject(1, UUID.fromString(id));
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo(DutchNames.searchKey("’t Zandt " + token));
                    assertThat(row.getString(2)).isEqualTo("zandt " + token.toLowerCase());
                }
            }
        }
        as("m50-board").queryParam("name", "'t zandt " + token).get("/v1/municipalities").then()
                .body("items[0].id", equalTo(id));
    }
}
