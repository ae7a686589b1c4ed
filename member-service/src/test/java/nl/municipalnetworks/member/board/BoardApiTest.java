package nl.municipalnetworks.member.board;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.createPerson;
import static nl.municipalnetworks.member.MemberApi.ensureNetwork;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class BoardApiTest {

    @Test
    void oneChairAtATimeWithPortfoliosAndVngSeats() {
        // A network of its own, so that other tests' chairs do not count.
        String network = "B" + uniqueCbsCode().substring(2);
        ensureNetwork(network);
        String municipalityName = uniqueName("Bestuurstad");
        String municipality = createMunicipality(municipalityName, uniqueCbsCode(), null);
        String chair = createPerson("platform-admin", municipality, "MAYOR", null);
        String alderman = createPerson("platform-admin", municipality, "ALDERMAN", null);

        as("platform-admin").body(Map.of("personId", chair, "position", "CHAIR", "portfolio", "General affairs", "startsOn", "2025-01-01"))
                .post("/v1/networks/" + network + "/board-positions").then().statusCode(201)
                .body("municipality", equalTo(municipalityName));
        as("platform-admin").body(Map.of("personId", alderman, "position", "CHAIR", "startsOn", "2025-06-01"))
                .post("/v1/networks/" + network + "/board-positions").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("position"));
        as("platform-admin").body(Map.of("personId", alderman, "position", "MEMBER", "portfolio", "Finances"))
                .post("/v1/networks/" + network + "/board-positions").then().statusCode(201);
        as("platform-admin").body(Map.of("personId", UUID.randomUUID(), "position", "MEMBER"))
                .post("/v1/networks/" + network + "/board-positions").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("personId"));
        as("m50-secretariat").body(Map.of("personId", alderman, "position", "MEMBER"))
                .post("/v1/networks/" + network + "/board-positions").then().statusCode(403);

        as("platform-admin").body(Map.of("personId", alderman, "committee", "VNG Commissie Financiën"))
                .post("/v1/networks/" + network + "/vng-committee-seats").then().statusCode(201);

        as("platform-admin").get("/v1/networks/" + network + "/board-positions").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("portfolio", hasItem("Finances"));
        as("platform-admin").get("/v1/networks/" + network + "/vng-committee-seats").then().statusCode(200)
                .body("[0].committee", equalTo("VNG Commissie Financiën"));
        // Names of another network's board are not M50's business.
        as("m50-board").get("/v1/networks/" + network + "/board-positions").then().statusCode(403);
    }
}
