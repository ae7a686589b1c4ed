package nl.municipalnetworks.pillar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.pillar.PillarApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The lists of pillar-service page and sort as member-service's do: {@code page}, {@code pageSize}, {@code sort}
 * (field names, a minus for descending), an answer of {@code items}, {@code page}, {@code pageSize},
 * {@code totalItems}, {@code totalPages}, and a 400 naming the parameter for anything else.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class PagingApiTest {

    /** Every paged list, with a caller that may read it. */
    private static final List<String> LISTS = List.of("/v1/pillars?network=M50", "/v1/themes?network=M50",
            "/v1/activities?network=M50", "/v1/participations?network=M50", "/v1/stakeholders?network=M50",
            "/v1/lobby-items?network=M50", "/v1/year-plans?network=M50", "/v1/showcases?network=M50");

    @Test
    void pagesCountTheFilteredItemsAndSortOnTheNamedField() {
        String pillar = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("paging"),
                "name", "Paging", "validFrom", "2025-01-01")).post("/v1/pillars").then().statusCode(201).extract().path("id");
        for (int year : List.of(2026, 2025, 2027)) {
            as("m50-secretariat").body(Map.of("pillarId", pillar, "year", year)).post("/v1/year-plans").then().statusCode(201);
        }
        String plans = "/v1/year-plans?network=M50&pillarId=" + pillar;

        given().get(plans + "&pageSize=2").then().statusCode(200)
                .body("items.year", contains(2027, 2026))
                .body("page", equalTo(1)).body("pageSize", equalTo(2))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        given().get(plans + "&pageSize=2&page=2").then().statusCode(200)
                .body("items.year", contains(2025)).body("page", equalTo(2)).body("totalItems", equalTo(3));
        given().get(plans + "&pageSize=2&page=3").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        given().get(plans + "&sort=year").then().statusCode(200)
                .body("items.year", contains(2025, 2026, 2027)).body("pageSize", equalTo(20));
        given().get(plans + "&sort=-year&year=2026").then().statusCode(200)
                .body("items.year", contains(2026)).body("totalItems", equalTo(1)).body("totalPages", equalTo(1));

        LocalDate today = DutchTime.today();
        for (String[] item : List.of(new String[]{"Bravo", today.plusDays(1).toString()},
                new String[]{"Charlie", null}, new String[]{"Alfa", today.plusDays(5).toString()})) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("pillarId", pillar, "kind", "LINE", "title", item[0]));
            if (item[1] != null) {
                body.put("deadline", item[1]);
            }
            as("m50-secretariat").body(body).post("/v1/lobby-items").then().statusCode(201);
        }
        String items = "/v1/lobby-items?network=M50&pillarId=" + pillar;
        as("m50-secretariat").get(items).then().statusCode(200)
                .body("items.title", contains("Bravo", "Alfa", "Charlie")).body("totalItems", equalTo(3));
        as("m50-secretariat").get(items + "&sort=-title").then().statusCode(200)
                .body("items.title", contains("Charlie", "Bravo", "Alfa"));
        as("m50-secretariat").get(items + "&sort=title&pageSize=1&page=2").then().statusCode(200)
                .body("items.title", contains("Bravo")).body("totalPages", equalTo(3));
    }

    @Test
    void theDayFilterOfPillarsIsCountedAsItIsListed() {
        String ended = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("oud"),
                        "name", "Oud", "validFrom", "2019-01-01", "validTo", "2020-12-31"))
                .post("/v1/pillars").then().statusCode(201).extract().path("id");
        String running = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("nieuw"),
                        "name", "Nieuw", "validFrom", "2025-01-01"))
                .post("/v1/pillars").then().statusCode(201).extract().path("id");

        LocalDate day = LocalDate.of(2025, 8, 1);
        List<Map<String, Object>> onDay = PillarApi.allItems(() -> given(), "/v1/pillars?network=M50&on=" + day);
        int total = given().get("/v1/pillars?network=M50&pageSize=1&on=" + day).then().statusCode(200)
                .extract().path("totalItems");
        assertThat(onDay).hasSize(total);
        assertThat(onDay).extracting(p -> p.get("id")).contains(running).doesNotContain(ended);
        assertThat(onDay).allSatisfy(p -> {
            assertThat(LocalDate.parse((String) p.get("validFrom"))).isBeforeOrEqualTo(day);
            assertThat(p.get("validTo") == null || !LocalDate.parse((String) p.get("validTo")).isBefore(day)).isTrue();
        });
        assertThat(PillarApi.allItems(() -> given(), "/v1/pillars?network=M50").stream().map(p -> p.get("id")))
                .contains(running, ended);
        given().get("/v1/pillars?network=M50&on=1990-01-01").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));

        // Latest validFrom first by default; sort=validFrom turns that round.
        JsonPath latestFirst = given().get("/v1/pillars?network=M50&pageSize=100").then().statusCode(200).extract().jsonPath();
        List<String> from = latestFirst.getList("items.validFrom");
        assertThat(from).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<String> ascending = given().get("/v1/pillars?network=M50&pageSize=100&sort=validFrom").then().statusCode(200)
                .extract().path("items.validFrom");
        assertThat(ascending).isSorted();
    }

    @Test
    void badPagingAndSortingNameTheParameterOnEveryList() {
        for (String list : LISTS) {
            assertRefused(list + "&page=0", "page", "whole number between 1 and");
            assertRefused(list + "&page=1.5", "page", "whole number between 1 and");
            assertRefused(list + "&page=99999999", "page", "(at page size 20)");
            assertRefused(list + "&pageSize=101", "pageSize", "between 1 and 100");
            assertRefused(list + "&pageSize=abc", "pageSize", "between 1 and 100");
            assertRefused(list + "&sort=nothing", "sort", "cannot sort on 'nothing'");
            assertRefused(list + "&sort=,", "sort", "allowed:");
            assertRefused(list + "&sort=-", "sort", "allowed:");
            as("m50-secretariat").get(list + "&page=1&pageSize=1").then().statusCode(200)
                    .body("page", equalTo(1)).body("pageSize", equalTo(1));
        }
        // The weeks of the due list: the same whole-number rule (QueryValues), not paged.
        assertRefused("/v1/networks/M50/lobby-due?weeks=1.5", "weeks", "must be a whole number between 1 and 52");
        as("m50-secretariat").get("/v1/networks/M50/lobby-due?weeks=").then().statusCode(200);
        given().get("/v1/year-plans?network=M50&year=").then().statusCode(200);
        assertRefused("/v1/year-plans?network=M50&year=1999", "year", "must be a whole number between 2000 and 2100");
    }

    private static void assertRefused(String path, String parameter, String reasonPart) {
        as("m50-secretariat").get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(parameter))
                .body("invalidParams[0].reason", containsString(reasonPart));
    }
}
