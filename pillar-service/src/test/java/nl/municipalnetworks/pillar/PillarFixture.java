package nl.municipalnetworks.pillar;

import nl.municipalnetworks.pillar.PillarApi.Member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static nl.municipalnetworks.pillar.PillarApi.as;

/**
 * One of everything pillar-service keeps, in one network, for the tests that walk over every operation
 * (authorization matrix, generated bad input): a pillar (the realm's m50-pillar-chair chairs the one with
 * code {@code sociaal} in M50), a member municipality with an official and a supporter, two themes under
 * the pillar with an activity, a participation, a supporter's term, a stakeholder, a lobby item, a year plan
 * with a goal and a showcase.
 */
public record PillarFixture(String network, String pillarId, Member member, String themeId, String otherThemeId,
                            String activityId, String participationId, String roleId, String stakeholderId,
                            String lobbyItemId, String yearPlanId, int year, String goalId, String showcaseId) {

    /**
     * Everything created by the network's secretariat; {@code cbsCode} names the member (GM0355 is Zeist). The
     * pillar with {@code pillarCode} is reused when the network has it.
     */
    public static PillarFixture create(String network, String pillarCode, String municipalityName, String cbsCode) {
        String secretariat = network.toLowerCase(java.util.Locale.ROOT) + "-secretariat";
        String pillarId = PillarApi.pillar(network, pillarCode, "Sociaal", "2019-01-01");
        Member member = PillarApi.member(network, municipalityName, cbsCode, LocalDate.of(2019, 1, 1));
        String themeId = theme(secretariat, network, pillarId);
        String otherThemeId = theme(secretariat, network, pillarId);
        String activityId = as(secretariat).body(Map.of("themeId", themeId, "kind", "EXPERIMENT",
                        "title", "Tien experimenten", "target", Map.of("number", 10, "unit", "experimenten")))
                .post("/v1/activities").then().statusCode(201).extract().path("id");
        String participationId = as(secretariat).body(Map.of("municipalityId", member.municipalityId(), "themeId", themeId,
                        "officialId", member.officialId(), "supporterId", member.supporterId(), "startedOn", "2025-01-01"))
                .post("/v1/participations").then().statusCode(201).extract().path("id");
        String roleId = as(secretariat).body(Map.of("role", "SUPPORTER", "personId", member.supporterId(), "from", "2025-01-01"))
                .post("/v1/pillars/" + pillarId + "/roles").then().statusCode(201)
                .extract().path("history.find { it.personId == '" + member.supporterId() + "' && it.to == null }.id");
        String stakeholderId = as(secretariat).body(Map.of("network", network,
                        "name", "Ministerie van BZK " + PillarApi.uniqueCode("contact"), "kind", "MINISTRY"))
                .post("/v1/stakeholders").then().statusCode(201).extract().path("id");
        String lobbyItemId = as(secretariat).body(Map.of("pillarId", pillarId, "kind", "POSITION_PAPER",
                        "title", "Position paper Jeugdzorg", "deadline", "2026-12-01", "stakeholderIds", List.of(stakeholderId)))
                .post("/v1/lobby-items").then().statusCode(201).extract().path("id");
        int year = 2025;
        String yearPlanId = null;
        // One plan per pillar and year: a shared pillar may have this year's already, so look for a year without.
        while (yearPlanId == null) {
            var created = as(secretariat).body(Map.of("pillarId", pillarId, "year", year, "goals", List.of("Tien experimenten")))
                    .post("/v1/year-plans");
            if (created.statusCode() == 201) {
                yearPlanId = created.then().extract().path("id");
            } else {
                year = ThreadLocalRandom.current().nextInt(2030, 2100);
            }
        }
        String goalId = as(secretariat).get("/v1/year-plans/" + yearPlanId).then().statusCode(200).extract().path("goals[0].id");
        String showcaseId = as(secretariat).body(Map.of("network", network, "themeId", themeId,
                        "municipalityId", member.municipalityId(), "title", "Sharing Cities Summit", "story", "In " + municipalityName + "."))
                .post("/v1/showcases").then().statusCode(201).extract().path("id");
        return new PillarFixture(network, pillarId, member, themeId, otherThemeId, activityId, participationId, roleId,
                stakeholderId, lobbyItemId, yearPlanId, year, goalId, showcaseId);
    }

    private static String theme(String secretariat, String network, String pillarId) {
        return as(secretariat).body(Map.of("network", network, "code", PillarApi.uniqueCode("thema"), "pillarId", pillarId,
                        "name", "Jeugd"))
                .post("/v1/themes").then().statusCode(201).extract().path("id");
    }

    /** The id of the thing a path about this fixture names, by the collection it starts with. */
    public String idFor(String path, String name) {
        if (name.equals("network")) {
            return network;
        }
        if (name.equals("roleId")) {
            return roleId;
        }
        if (name.equals("goalId")) {
            return goalId;
        }
        String collection = path.substring(path.indexOf(' ') + 1).split("/")[2];
        return switch (collection) {
            case "pillars" -> pillarId;
            case "themes" -> themeId;
            case "activities" -> activityId;
            case "participations" -> participationId;
            case "stakeholders" -> stakeholderId;
            case "lobby-items" -> lobbyItemId;
            case "year-plans" -> yearPlanId;
            case "showcases" -> showcaseId;
            default -> throw new IllegalArgumentException("No id for {" + name + "} in " + path);
        };
    }
}
