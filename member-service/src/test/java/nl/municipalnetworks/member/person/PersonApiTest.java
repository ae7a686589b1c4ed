package nl.municipalnetworks.member.person;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.contracts.member.ContactOfficialChanged;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.contracts.member.PersonRecorded;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.newEventsProbe;
import static nl.municipalnetworks.member.MemberApi.createJoinedMember;
import static nl.municipalnetworks.member.MemberApi.createPerson;
import static nl.municipalnetworks.member.MemberApi.memberOf;
import static nl.municipalnetworks.member.MemberApi.municipalityWithCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Personal data of officials: the realm's zeist-official acts for GM0355 and waalwijk-official for
 * GM0867. Zeist and Waalwijk are registered here if an earlier test did not do so already.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class PersonApiTest {

    private String zeist;
    private String waalwijk;

    @BeforeEach
    void municipalities() {
        zeist = municipalityWithCode("GM0355", "Zeist", "Utrecht");
        waalwijk = municipalityWithCode("GM0867", "Waalwijk", "Noord-Brabant");
        // Both are M50 members: M50's roles see their officials.
        memberOf("M50", zeist, "Zeist");
        memberOf("M50", waalwijk, "Waalwijk");
    }

    @Test
    void anOfficialOfZeistCannotSeeOrChangeWaalwijksPeople() {
        String waalwijker = createPerson("waalwijk-official", waalwijk, "SUPPORTING_CIVIL_SERVANT", "ambtenaar@waalwijk.example");
        String zeistenaar = createPerson("zeist-official", zeist, "ADVISER", "adviseur@zeist.example");

        as("zeist-official").get("/v1/people/" + waalwijker).then().statusCode(403).contentType("application/problem+json");
        as("zeist-official").get("/v1/people?municipalityId=" + waalwijk).then().statusCode(403);
        as("zeist-official").body(Map.of("municipalityId", waalwijk, "firstName", "Kees", "lastName", "Indringer"))
                .put("/v1/people/" + waalwijker).then().statusCode(403);
        as("zeist-official").body(Map.of("municipalityId", waalwijk, "firstName", "Kees", "lastName", "Indringer"))
                .post("/v1/people").then().statusCode(403);

        // Without a filter an official sees the people of their own municipality only, with contact details.
        as("zeist-official").get("/v1/people?pageSize=100").then().statusCode(200)
                .body("items.municipalityName", everyItem(equalTo("Zeist")))
                .body("items.find { it.id == '" + zeistenaar + "' }.email", equalTo("adviseur@zeist.example"));
        as("waalwijk-official").get("/v1/people/" + waalwijker).then().statusCode(200)
                .body("firstName", equalTo("Sam"));
    }

    @Test
    void contactDetailsOnlyForSecretariatBoardAndOwnOfficials() {
        String person = createPerson("m50-secretariat", waalwijk, "ADVISER", "adviseur@waalwijk.example");
        as("m50-board").get("/v1/people/" + person).then().statusCode(200)
                .body("email", equalTo("adviseur@waalwijk.example")).body("contactDetailsHidden", equalTo(false));
        as("platform31-partner").get("/v1/people/" + person).then().statusCode(200)
                .body("lastName", notNullValue()).body("email", nullValue()).body("phone", nullValue())
                .body("contactDetailsHidden", equalTo(true));
        as("m50-treasurer").get("/v1/people/" + person).then().body("email", nullValue());
    }

    @Test
    void anotherNetworksSystemSeesNoPeople() {
        String token = TestTokens.forClient("vng-network-client", "vng-network-client-secret");
        given().auth().oauth2(token).get("/v1/people").then().statusCode(403);
        given().auth().oauth2(token).get("/v1/memberships").then().statusCode(200);
    }

    @Test
    void exactlyOneContactOfficialPerMemberAndNetwork() {
        String municipality = createMunicipality(
                uniqueName("Contactstad"),
                uniqueCbsCode(), null);
        String membership = createJoinedMember(municipality);
        String first = createPerson("m50-secretariat", municipality, "CONTACT_OFFICIAL", null);
        String second = createPerson("m50-secretariat", municipality, "SUPPORTING_CIVIL_SERVANT", null);
        String mayor = createPerson("m50-secretariat", municipality, "MAYOR", null);
        String outsider = createPerson("m50-secretariat", waalwijk, "CONTACT_OFFICIAL", null);

        try (TopicProbe probe = newEventsProbe()) {
            as("m50-secretariat").body(Map.of("personId", first))
                    .put("/v1/memberships/" + membership + "/contact-official").then().statusCode(200);
            as("m50-secretariat").body(Map.of("personId", second))
                    .put("/v1/memberships/" + membership + "/contact-official").then().statusCode(200);

            assertThat(probe.pollAll(Duration.ofSeconds(4)).stream()
                    .filter(r -> municipality.equals(r.key()))
                    .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)))
                    .containsExactly(ContactOfficialChanged.TYPE, ContactOfficialChanged.TYPE);
        }
        as("m50-secretariat").get("/v1/memberships/" + membership + "/contact-official").then().statusCode(200)
                .body("current.personId", equalTo(second))
                .body("history.size()", equalTo(2));

        as("m50-secretariat").body(Map.of("personId", mayor))
                .put("/v1/memberships/" + membership + "/contact-official").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("personId"));
        as("m50-secretariat").body(Map.of("personId", outsider))
                .put("/v1/memberships/" + membership + "/contact-official").then().statusCode(400);
        as("m50-secretariat").get("/v1/memberships/" + membership + "/contact-official").then()
                .body("current.personId", equalTo(second));
    }

    @Test
    void registeringAndRenamingAPersonAnnouncesNameAndMunicipalityButNoContactDetails() {
        try (TopicProbe probe = newEventsProbe()) {
            String person = createPerson("m50-secretariat", zeist, "ADVISER", "sanne@zeist.example");
            as("m50-secretariat").body(Map.of("municipalityId", zeist, "firstName", "Sanne", "lastName", "van 't Hek"))
                    .put("/v1/people/" + person).then().statusCode(200);

            var recorded = probe.pollAll(Duration.ofSeconds(4)).stream()
                    .filter(r -> person.equals(r.key()))
                    .toList();
            assertThat(recorded).extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .containsExactly(PersonRecorded.TYPE, PersonRecorded.TYPE);
            assertThat(recorded.get(1).value())
                    .contains("\"municipalityId\":\"" + zeist + "\"", "\"lastName\":\"van 't Hek\"")
                    .doesNotContain("zeist.example", "email", "phone");
        }
    }

    @Test
    void badPersonInputNamesTheField() {
        as("m50-secretariat").body(Map.of("municipalityId", zeist, "firstName", "", "lastName", "Jansen", "email", "not-an-email"))
                .post("/v1/people").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("email", "firstName"));
        as("m50-secretariat").body(Map.of("municipalityId", zeist, "firstName", "Jan", "lastName", "Jansen", "role", "KING"))
                .post("/v1/people").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("role"));
        as("m50-secretariat").get("/v1/people?municipalityId=zeist").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("municipalityId"));
    }
}
