package nl.municipalnetworks.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import nl.municipalnetworks.testsupport.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's "done": a newcomer logs in with a real browser (Debian's chromium, driven by Playwright) through the
 * gateway on Keycloak's page, and reads the M50 member list, the own municipality's invoices and the calendar from
 * the real services; after logging out the invoices are closed again. Skipped, with a message, only where no chromium
 * is installed ({@link HeadlessChromium}).
 */
class BrowserTourTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static EndToEnd platform;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.launch();
        platform = EndToEnd.platform();
        platform.issueM50Invoices(2026);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficialLogsInReadsTheMembersTheOwnInvoicesAndTheCalendarThenLogsOut() throws IOException {
        String gateway = platform.gatewayUrl();
        String invoices = "/api/v1/finance/invoices?network=M50&year=2026";
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();

            // The login starts at the gateway and asks for the invoices page afterwards.
            page.navigate(gateway + "/login?redirect=" + URLEncoder.encode(invoices, StandardCharsets.UTF_8));
            assertThat(page.url()).startsWith(platform.issuerUrl());
            page.fill("#username", "zeist-official");
            page.fill("#password", "zeist-official");
            page.click("#kc-login");
            page.waitForURL(gateway + invoices);
            JsonNode own = JSON.readTree(page.textContent("body"));
            assertThat(values(own.path("items"), "payer", "name")).isNotEmpty().containsOnly("Zeist");

            JsonNode members = open(page, gateway + "/api/v1/members/networks/M50/members?pageSize=100");
            assertThat(values(members.path("items"), "name")).contains("Zeist", "Waalwijk", "De Ronde Venen");

            // The browser would save the feed as a file (a calendar app subscribes to it); fetched with the session.
            APIResponse calendar = context.request().get(gateway + "/api/v1/events/networks/M50/calendar.ics?year=2025");
            assertThat(calendar.status()).isEqualTo(200);
            assertThat(calendar.headers().get("content-type")).startsWith("text/calendar");
            assertThat(calendar.text()).startsWith("BEGIN:VCALENDAR");

            // Log out with the button on /me: the invoices are closed to this browser again.
            page.navigate(gateway + "/me");
            page.click("#logout");
            page.waitForURL(url -> url.startsWith(gateway + "/me"));
            assertThat(page.navigate(gateway + invoices).status()).isEqualTo(401);
        }
    }

    private static JsonNode open(Page page, String url) throws IOException {
        Response response = page.navigate(url);
        assertThat(response.status()).as("status of " + url + ": " + response.text()).isEqualTo(200);
        return JSON.readTree(response.text());
    }

    /** The text at {@code path} in every element of an array. */
    private static List<String> values(JsonNode array, String... path) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            JsonNode node = element;
            for (String field : path) {
                node = node.path(field);
            }
            values.add(node.asText());
        }
        return values;
    }
}
