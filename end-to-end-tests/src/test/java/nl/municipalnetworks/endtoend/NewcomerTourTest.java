package nl.municipalnetworks.endtoend;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README promises a newcomer, through the gateway against the real services with the seed data: the M50
 * member list without logging in, an official's own invoices, and the calendar; each the same as the service gives
 * it directly.
 */
class NewcomerTourTest {

    private static EndToEnd platform;

    @BeforeAll
    static void startPlatform() {
        platform = EndToEnd.platform();
    }

    @Test
    void theM50MemberListIsPublicAndTheSameAsTheServiceGivesIt() {
        Response throughGateway = RestAssured.get(platform.gatewayUrl() + "/api/v1/members/networks/M50/members?pageSize=100");
        Response direct = RestAssured.get(platform.serviceUrl("member-service") + "/v1/networks/M50/members?pageSize=100");

        assertThat(throughGateway.statusCode()).isEqualTo(200);
        assertThat(throughGateway.asString()).isEqualTo(direct.asString());
        List<String> names = throughGateway.jsonPath().getList("items.name");
        assertThat(names).contains("Zeist", "Waalwijk", "De Ronde Venen").hasSizeGreaterThan(40);
    }

    @Test
    void anOfficialReadsTheOwnMunicipalitysInvoicesOnly() {
        platform.issueM50Invoices(2026);

        Response invoices = RestAssured.given().auth().oauth2(platform.userToken("zeist-official"))
                .get(platform.gatewayUrl() + "/api/v1/finance/invoices?network=M50&year=2026");

        assertThat(invoices.statusCode()).as(invoices.asString()).isEqualTo(200);
        List<String> payers = invoices.jsonPath().getList("items.payer.name");
        assertThat(payers).isNotEmpty().containsOnly("Zeist");
    }

    @Test
    void theCalendarFeedPassesUnchanged() {
        String path = "/networks/M50/calendar.ics?year=2025";
        Response throughGateway = RestAssured.get(platform.gatewayUrl() + "/api/v1/events" + path);
        Response direct = RestAssured.get(platform.serviceUrl("events-service") + "/v1" + path);

        assertThat(throughGateway.statusCode()).isEqualTo(200);
        assertThat(throughGateway.contentType()).startsWith("text/calendar");
        assertThat(throughGateway.asByteArray()).isEqualTo(direct.asByteArray());
        assertThat(throughGateway.asString()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
    }
}
