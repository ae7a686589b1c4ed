package nl.municipalnetworks.pillar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.contracts.pillar.ActivityTargetReached;
import nl.municipalnetworks.contracts.pillar.ChairChanged;
import nl.municipalnetworks.contracts.pillar.PillarEvent;
import nl.municipalnetworks.pillar.PillarApi.Member;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.pillar.PillarApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Pillars with their chairs, themes that touch each other both ways, activities and their progress. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class PillarApiTest {

    @Test
    void aNewChairEndsThePreviousTermAndNamesAreShownOnlyToThoseWhoWorkInTheNetwork() {
        Member zeist = PillarApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));
        String pillar = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("sociaal"),
                        "name", "Sociaal", "validFrom", "2025-01-01"))
                .post("/v1/pillars").then().statusCode(201).extract().path("id");

        try (TopicProbe events = TopicProbe.forTopic(PillarEvent.TOPIC)) {
            as("m50-secretariat").body(Map.of("role", "CHAIR", "personId", zeist.officialId(), "from", "2025-01-01"))
                    .post("/v1/pillars/" + pillar + "/roles").then().statusCode(201);
            as("m50-secretariat").body(Map.of("role", "CHAIR", "personId", zeist.supporterId(), "from", "2025-01-01"))
                    .post("/v1/pillars/" + pillar + "/roles").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("from"));
            as("m50-secretariat").body(Map.of("role", "CHAIR", "personId", zeist.supporterId(), "from", "2025-07-01"))
                    .post("/v1/pillars/" + pillar + "/roles").then().statusCode(201)
                    .body("pillar.chair.name", equalTo("Sanne van 't Hek"))
                    .body("history.size()", equalTo(2))
                    .body("history[0].to", equalTo("2025-06-30"));
            assertThat(events.poll(Duration.ofSeconds(10), 2)).filteredOn(r -> pillar.equals(r.key()))
                    .extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .containsExactly(ChairChanged.TYPE, ChairChanged.TYPE);
        }

        given().get("/v1/pillars/" + pillar).then().statusCode(200)
                .body("pillar.chair.municipalityName", equalTo("Zeist"))
                .body("pillar.chair.name", nullValue());
        given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret"))
                .get("/v1/pillars/" + pillar).then().statusCode(200).body("pillar.chair.name", nullValue());
        as("platform31-partner").get("/v1/pillars?network=M50&on=2025-08-01&pageSize=100").then().statusCode(200)
                .body("items.find { it.id == '" + pillar + "' }.chair.name", equalTo("Sanne van 't Hek"));
        as("g40-secretariat").body(Map.of("role", "SUPPORTER", "personId", zeist.officialId(), "from", "2025-01-01"))
                .post("/v1/pillars/" + pillar + "/roles").then().statusCode(403);
    }

    @Test
    void themesTouchEachOtherBothWaysButNeverThemselves() {
        String fysiek = as("g40-secretariat").body(Map.of("network", "G40", "code", PillarApi.uniqueCode("fysiek"),
                "name", "Fysiek", "validFrom", "2023-03-01")).post("/v1/pillars").then().statusCode(201).extract().path("id");
        String duurzaamheid = theme("G40", fysiek, "Duurzaamheid");
        String woningmarkt = theme("G40", fysiek, "Woningmarkt");

        as("g40-secretariat").body(Map.of("otherThemeId", woningmarkt))
                .post("/v1/themes/" + duurzaamheid + "/references").then().statusCode(201)
                .body("touches.name", contains("Woningmarkt"));
        as("g40-secretariat").body(Map.of("otherThemeId", duurzaamheid))
                .post("/v1/themes/" + woningmarkt + "/references").then().statusCode(201);
        given().get("/v1/themes/" + woningmarkt).then().statusCode(200).body("touches.name", contains("Duurzaamheid"));
        as("g40-secretariat").body(Map.of("otherThemeId", duurzaamheid))
                .post("/v1/themes/" + duurzaamheid + "/references").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("otherThemeId"));
        given().get("/v1/networks/G40/theme-graph").then().statusCode(200)
                .body("edges.findAll { it.kind == 'TOUCHES' && (it.from == '" + duurzaamheid + "' || it.to == '" + duurzaamheid + "') }.size()", equalTo(1))
                .body("nodes.id", hasItem(fysiek));
        as("m50-secretariat").body(Map.of("otherThemeId", duurzaamheid))
                .post("/v1/themes/" + woningmarkt + "/references").then().statusCode(403);
    }

    @Test
    void progressCountsTheMembersTakingPartAndTheTargetIsAnnouncedOnce() {
        String bestuur = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("bestuur"),
                "name", "Bestuur", "validFrom", "2019-01-01", "validTo", "2022-12-31")).post("/v1/pillars").then().statusCode(201).extract().path("id");
        String theme = theme("M50", bestuur, "Democratie Dichtbij");
        String activity = as("m50-secretariat").body(Map.of("themeId", theme, "kind", "EXPERIMENT",
                        "title", "Tien experimenten in democratische vernieuwing",
                        "target", Map.of("number", 2, "unit", "experiments"), "status", "RUNNING"))
                .post("/v1/activities").then().statusCode(201)
                .body("progress.reached", equalTo(0)).body("progress.percent", equalTo(0))
                .extract().path("id");
        Member first = PillarApi.member("M50", "Hilversum", "GM0402", LocalDate.of(2019, 1, 1));
        Member second = PillarApi.member("M50", "Súdwest-Fryslân", "GM1900", LocalDate.of(2019, 1, 1));
        Member notYet = PillarApi.member("M50", "Altena", "GM1959", LocalDate.of(2024, 1, 1));

        try (TopicProbe events = TopicProbe.forTopic(PillarEvent.TOPIC)) {
            as("m50-secretariat").body(Map.of("municipalityId", first.municipalityId(), "since", "2020-02-01"))
                    .post("/v1/activities/" + activity + "/participants").then().statusCode(201)
                    .body("progress.percent", equalTo(50)).body("progress.targetReached", equalTo(false));
            as("m50-secretariat").body(Map.of("municipalityId", notYet.municipalityId(), "since", "2020-02-01"))
                    .post("/v1/activities/" + activity + "/participants").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("municipalityId"));
            as("m50-secretariat").body(Map.of("municipalityId", second.municipalityId(), "since", "2020-05-01"))
                    .post("/v1/activities/" + activity + "/participants").then().statusCode(201)
                    .body("progress.percent", equalTo(100)).body("targetReachedOn", equalTo("2020-05-01"))
                    .body("participants.municipalityName", contains("Hilversum", "Súdwest-Fryslân"));
            as("m50-secretariat").body(Map.of("municipalityId", notYet.municipalityId(), "since", "2024-02-01"))
                    .post("/v1/activities/" + activity + "/participants").then().statusCode(201)
                    .body("progress.reached", equalTo(3)).body("progress.percent", equalTo(100));
            assertThat(events.poll(Duration.ofSeconds(10), 1)).filteredOn(r -> activity.equals(r.key()))
                    .extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .containsExactly(ActivityTargetReached.TYPE);
        }
        given().get("/v1/activities?network=M50&pageSize=100").then().statusCode(200)
                .body("items.find { it.id == '" + activity + "' }.progress.target", equalTo(2));
    }

    @Test
    void badInputNamesTheField() {
        as("m50-secretariat").body(Map.of("network", "M50", "code", "Geen Code", "name", "", "validFrom", "2025-13-01"))
                .post("/v1/pillars").then().statusCode(400);
        as("m50-secretariat").body(Map.of("network", "M50", "code", "ok-code", "name", "X", "validFrom", "2025-01-01",
                "validTo", "2024-01-01")).post("/v1/pillars").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("validTo"));
        given().get("/v1/pillars/not-a-uuid").then().statusCode(400).body("invalidParams[0].name", equalTo("id"));
        given().get("/v1/pillars?network=m50").then().statusCode(400).body("invalidParams[0].name", equalTo("network"));
        given().get("/v1/participations?network=M50&all=ja").then().statusCode(400).body("invalidParams[0].name", equalTo("all"));
        as("m50-secretariat").body(Map.of("themeId", java.util.UUID.randomUUID(), "kind", "EXPERIMENT", "title", "X",
                "target", Map.of("number", 2.5, "unit", "x"))).post("/v1/activities").then().statusCode(400);
    }

    private static String theme(String network, String pillar, String name) {
        String user = network.equals("G40") ? "g40-secretariat" : "m50-secretariat";
        return as(user).body(Map.of("network", network, "code", PillarApi.uniqueCode("thema"), "pillarId", pillar, "name", name))
                .post("/v1/themes").then().statusCode(201).extract().path("id");
    }
}
