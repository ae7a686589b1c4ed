package nl.municipalnetworks.events.calendar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class CalendarApiTest {

    /** A network of its own, so the year's calendar holds only this test's events. */
    private static final String NETWORK = "CAL" + (int) (Math.random() * 9000 + 1000);

    private static List<VEvent> read(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
    }

    private static String event(String audience, String title, String startsAt, String endsAt) {
        Map<String, Object> body = new LinkedHashMap<>(EventsApi.eventBody(NETWORK, audience, null));
        body.put("title", title);
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        return as("platform-admin").body(body).post("/v1/events").then().statusCode(201).extract().path("id");
    }

    @Test
    void theYearsCalendarIsAFeedThatACalendarLibraryReadsPublicEventsWithoutAToken() throws Exception {
        String assembly = event("PUBLIC", "ALV najaar 2031", "2031-10-26T10:00:00+01:00", "2031-10-26T12:30:00+01:00");
        String board = event("BOARD", "DB-vergadering", "2031-06-12T16:00:00+02:00", "2031-06-12T18:00:00+02:00");
        String members = event("MEMBERS", "Contactambtenarenoverleg", "2031-05-15T10:00:00+02:00", "2031-05-15T12:00:00+02:00");

        String anonymous = given().get("/v1/networks/" + NETWORK + "/calendar.ics?year=2031").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        List<VEvent> publicOnly = read(anonymous);
        assertThat(publicOnly).hasSize(1);
        VEvent read = publicOnly.get(0);
        assertThat(read.getRequiredProperty(Property.UID).getValue()).isEqualTo(assembly + "@events.municipalnetworks.nl");
        assertThat(Instant.from(read.getStartDate().orElseThrow().getDate())).isEqualTo(Instant.parse("2031-10-26T09:00:00Z"));
        assertThat(read.getRequiredProperty(Property.STATUS).getValue()).isEqualTo("TENTATIVE");

        given().get("/v1/networks/" + NETWORK + "/calendar?year=2031").then().statusCode(200)
                .body("events.id", is(List.of(assembly))).body("events[0].startsAt", is("2031-10-26T10:00:00+01:00"));
        given().get("/v1/events/" + members + "/calendar.ics").then().statusCode(401);
        given().get("/v1/events/" + assembly + "/calendar.ics").then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(".ics"));
        as("platform-admin").get("/v1/networks/" + NETWORK + "/calendar?year=2031").then().statusCode(200)
                .body("events.id", is(List.of(members, board, assembly)));

        as("platform-admin").body(Map.of("status", "CANCELLED")).post("/v1/events/" + assembly + "/status-changes").then().statusCode(200)
                .body("sequence", is(1));
        VEvent cancelled = read(given().get("/v1/networks/" + NETWORK + "/calendar.ics?year=2031").then().statusCode(200).extract().asString()).get(0);
        assertThat(cancelled.getRequiredProperty(Property.UID).getValue()).isEqualTo(assembly + "@events.municipalnetworks.nl");
        assertThat(cancelled.getRequiredProperty(Property.STATUS).getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("1");
    }

    @Test
    void timesAreAnsweredInDutchTimeWithTheOffsetOfTheirDay() {
        String summer = event("PUBLIC", "Zomer", "2031-07-01T08:00:00Z", "2031-07-01T10:00:00Z");
        given().get("/v1/events/" + summer).then().statusCode(200)
                .body("startsAt", is("2031-07-01T10:00:00+02:00")).body("endsAt", is("2031-07-01T12:00:00+02:00"));
        Map<String, Object> backwards = new LinkedHashMap<>(EventsApi.eventBody(NETWORK, "PUBLIC", null));
        backwards.put("endsAt", OffsetDateTime.parse((String) backwards.get("startsAt")).minusHours(1).toString());
        as("platform-admin").body(backwards).post("/v1/events").then().statusCode(400).body("invalidParams[0].name", is("endsAt"));
        Map<String, Object> noOffset = new LinkedHashMap<>(EventsApi.eventBody(NETWORK, "PUBLIC", null));
        noOffset.put("startsAt", "2031-07-01T10:00:00");
        as("platform-admin").body(noOffset).post("/v1/events").then().statusCode(400).body("invalidParams[0].name", is("startsAt"));
        given().get("/v1/events?network=" + NETWORK + "&year=2031").then().statusCode(200).body("items.title", not(hasItem("DB-vergadering")));
    }
}
