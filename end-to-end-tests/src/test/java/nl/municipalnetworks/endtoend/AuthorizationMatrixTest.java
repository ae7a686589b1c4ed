package nl.municipalnetworks.endtoend;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix through the gateway against the four real services, with tokens of the real Keycloak:
 * every route family x every role of STYLE.md x own network (M50, where the realm's users work) and another (G40).
 * One table, {@link #TABLE}: per operation and network a line with the status each caller gets. The statuses come
 * from the services' rules ({@code access/MemberAccess}, {@code PillarAccess}, {@code FinanceAccess},
 * {@code EventsAccess}, the resources' {@code @RolesAllowed}) and their own AuthorizationMatrixTests.
 *
 * <p>"Other network" is M50's users acting on G40's data: the seeds' G40 pillars, Deventer's agreement and invoice,
 * plus what {@link #fixtures()} adds as g40-secretariat. A row about a write either creates its own data (a unique
 * name, 201) or is refused (401/403) and changes nothing, so rows do not depend on each other or on their order.
 */
class AuthorizationMatrixTest {

    /** The callers: a realm user (or client) per role of STYLE.md, all of M50 but the admin and the client. */
    enum Caller {
        ANONYMOUS("anonymous", null),
        PLATFORM_ADMIN("platform-admin", "platform-admin"),
        SECRETARIAT("secretariat", "m50-secretariat"),
        BOARD("board", "m50-board"),
        TREASURER("treasurer", "m50-treasurer"),
        PILLAR_CHAIR("pillar-chair", "m50-pillar-chair"),
        MEMBER_OFFICIAL("member-official", "zeist-official"),
        PARTNER("partner", "platform31-partner"),
        NETWORK_CLIENT("network-client", "vng-network-client");

        final String role;
        final String user;

        Caller(String role, String user) {
            this.role = role;
            this.user = user;
        }

        String token(EndToEnd platform) {
            return switch (this) {
                case ANONYMOUS -> null;
                case NETWORK_CLIENT -> platform.clientToken("vng-network-client", "vng-network-client-secret");
                default -> platform.userToken(user);
            };
        }
    }

    /** Whose data a row is about. */
    enum Network {
        OWN("M50, own network"), OTHER("G40, other network");

        final String label;

        Network(String label) {
            this.label = label;
        }
    }

    /** A request body, made when the row is sent (fixtures are known then) with a suffix unique to the request. */
    record Body(String name, Function<String, Map<String, Object>> make) {
    }

    static final Body NONE = null;

    /** One line of the table: an operation about one network, and the status of each {@link Caller}, in order. */
    record Row(String family, String operation, String method, String path, Body body, Network network, int[] statuses) {
    }

    /** One parameterized case: a row as one caller. */
    record Case(Row row, Caller caller, int expected) {
        @Override
        public String toString() {
            return row.family() + " | " + row.operation() + " | " + row.method() + " /api/v1" + row.path()
                    + (row.body() == null ? "" : " with " + row.body().name()) + " | " + row.network().label
                    + " | as " + caller.role + (caller.user == null || caller.user.equals(caller.role) ? "" : " (" + caller.user + ")")
                    + " -> " + expected;
        }
    }

    // Bodies of the writes: new data with unique names (allowed callers create it; refused ones change nothing).
    static final Body NEW_ZEIST_OFFICIAL = new Body("a new official of Zeist", unique -> Map.of(
            "municipalityId", fixture("zeist"), "firstName", "Matrix", "lastName", "Zeist " + unique, "role", "ADVISER"));
    static final Body NEW_DEVENTER_OFFICIAL = new Body("a new official of Deventer", unique -> Map.of(
            "municipalityId", fixture("deventer"), "firstName", "Matrix", "lastName", "Deventer " + unique, "role", "ADVISER"));
    static final Body NEW_M50_SOCIAAL_THEME = new Body("a new theme under M50's pillar sociaal", unique -> Map.of(
            "network", "M50", "code", "matrix-" + unique, "pillarId", fixture("m50-sociaal"), "name", "Matrix " + unique));
    static final Body NEW_G40_SOCIAAL_THEME = new Body("a new theme under G40's pillar sociaal", unique -> Map.of(
            "network", "G40", "code", "matrix-" + unique, "pillarId", fixture("g40-sociaal"), "name", "Matrix " + unique));
    static final Body NEW_M50_PAYMENT = new Body("a new M50 payment", unique -> payment("M50", unique));
    static final Body NEW_G40_PAYMENT = new Body("a new G40 payment", unique -> payment("G40", unique));
    static final Body NEW_M50_EVENT = new Body("a new M50 event", unique -> event("M50", unique));
    static final Body NEW_G40_EVENT = new Body("a new G40 event", unique -> event("G40", unique));

    /**
     * THE TABLE. Paths are under /api/v1; {name} is a fixture of {@link #fixtures()}. Columns of statuses, one per
     * caller: anonymous, platform-admin, secretariat, board, treasurer, pillar-chair, member-official (Zeist), partner
     * (Platform31), network-client (VNG).
     */
    static final List<Row> TABLE = List.of(
            // members: the public list; memberships (network-client reads them, no personal data); an official by
            // name, e-mail and phone (MemberAccess.maySeePeopleOf); the board list (requireWorksIn); adding an
            // official (requireMayEditPeopleOf: secretariat of the network, the municipality's own official)
            //  family    operation                        method  path                                    body                  network        anon admin secr board treas chair offcl partn clnt
            row("members", "public member list",            "GET",  "/members/networks/M50/members",       NONE,                 Network.OWN,   200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("members", "public member list",            "GET",  "/members/networks/G40/members",       NONE,                 Network.OTHER, 200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("members", "memberships",                   "GET",  "/members/memberships?network=M50",    NONE,                 Network.OWN,   401, 200, 200, 200, 200, 200, 200, 200, 200),
            row("members", "memberships",                   "GET",  "/members/memberships?network=G40",    NONE,                 Network.OTHER, 401, 200, 200, 200, 200, 200, 200, 200, 200),
            row("members", "an official (personal data)",   "GET",  "/members/people/{zeist-person}",      NONE,                 Network.OWN,   401, 200, 200, 200, 200, 200, 200, 200, 403),
            row("members", "an official (personal data)",   "GET",  "/members/people/{deventer-person}",   NONE,                 Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("members", "board positions",               "GET",  "/members/networks/M50/board-positions", NONE,               Network.OWN,   401, 200, 200, 200, 200, 200, 200, 200, 403),
            row("members", "board positions",               "GET",  "/members/networks/G40/board-positions", NONE,               Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("members", "add an official",               "POST", "/members/people",                     NEW_ZEIST_OFFICIAL,   Network.OWN,   401, 201, 201, 403, 403, 403, 201, 403, 403),
            row("members", "add an official",               "POST", "/members/people",                     NEW_DEVENTER_OFFICIAL, Network.OTHER, 401, 201, 403, 403, 403, 403, 403, 403, 403),

            // pillars: the public pillars; a stakeholder with its contact persons and the lobby's due list (read by
            // those who work in the network, PillarAccess.requireMayReadLobby); a theme under a pillar (its network's
            // secretariat, the pillar's own chair: m50-pillar-chair chairs M50's sociaal, not G40's)
            row("pillars", "public pillars",                "GET",  "/pillars/pillars?network=M50",        NONE,                 Network.OWN,   200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("pillars", "public pillars",                "GET",  "/pillars/pillars?network=G40",        NONE,                 Network.OTHER, 200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("pillars", "a stakeholder's contacts (personal data)", "GET", "/pillars/stakeholders/{m50-stakeholder}", NONE,   Network.OWN,   401, 200, 200, 200, 200, 200, 200, 200, 403),
            row("pillars", "a stakeholder's contacts (personal data)", "GET", "/pillars/stakeholders/{g40-stakeholder}", NONE,   Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("pillars", "lobby items due",               "GET",  "/pillars/networks/M50/lobby-due",     NONE,                 Network.OWN,   401, 200, 200, 200, 200, 200, 200, 200, 403),
            row("pillars", "lobby items due",               "GET",  "/pillars/networks/G40/lobby-due",     NONE,                 Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("pillars", "add a theme",                   "POST", "/pillars/themes",                     NEW_M50_SOCIAAL_THEME, Network.OWN,  401, 201, 201, 403, 403, 201, 403, 403, 403),
            row("pillars", "add a theme",                   "POST", "/pillars/themes",                     NEW_G40_SOCIAAL_THEME, Network.OTHER, 401, 201, 403, 403, 403, 403, 403, 403, 403),

            // finance: nothing is public. Fee schemes (readers of the network and its members' officials,
            // requireMayReadIn); Zeist's and Deventer's invoice of 2026 (requireMayReadMunicipality: an official reads
            // its own); the bills (treasurer, board, secretariat only); registering a payment (the treasurer)
            row("finance", "fee schemes",                   "GET",  "/finance/fee-schemes?network=M50",    NONE,                 Network.OWN,   401, 200, 200, 200, 200, 403, 200, 403, 403),
            row("finance", "fee schemes",                   "GET",  "/finance/fee-schemes?network=G40",    NONE,                 Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("finance", "a member's invoice (financial data)", "GET", "/finance/invoices/{zeist-invoice}", NONE,              Network.OWN,   401, 200, 200, 200, 200, 403, 200, 403, 403),
            row("finance", "a member's invoice (financial data)", "GET", "/finance/invoices/{deventer-invoice}", NONE,           Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("finance", "bills",                         "GET",  "/finance/bills?network=M50",          NONE,                 Network.OWN,   401, 200, 200, 200, 200, 403, 403, 403, 403),
            row("finance", "bills",                         "GET",  "/finance/bills?network=G40",          NONE,                 Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("finance", "register a payment",            "POST", "/finance/payments",                   NEW_M50_PAYMENT,      Network.OWN,   401, 201, 403, 403, 201, 403, 403, 403, 403),
            row("finance", "register a payment",            "POST", "/finance/payments",                   NEW_G40_PAYMENT,      Network.OTHER, 401, 201, 403, 403, 403, 403, 403, 403, 403),

            // events: the public calendar feed; the registrations of a members' meeting (names, e-mail: the organiser,
            // the board, an official its own municipality's); the reach of a network (its secretariat and board);
            // creating an event (the host network's secretariat, a partner for events of its own network)
            row("events", "public calendar feed",           "GET",  "/events/networks/M50/calendar.ics",   NONE,                 Network.OWN,   200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("events", "public calendar feed",           "GET",  "/events/networks/G40/calendar.ics",   NONE,                 Network.OTHER, 200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("events", "registrations (personal data)",  "GET",  "/events/events/{m50-assembly}/registrations", NONE,         Network.OWN,   401, 200, 200, 200, 403, 403, 200, 403, 403),
            row("events", "registrations (personal data)",  "GET",  "/events/events/{g40-meeting}/registrations",  NONE,         Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("events", "reach of the network",           "GET",  "/events/networks/M50/reach?year=2025", NONE,                Network.OWN,   401, 200, 200, 200, 403, 403, 403, 403, 403),
            row("events", "reach of the network",           "GET",  "/events/networks/G40/reach?year=2025", NONE,                Network.OTHER, 401, 200, 403, 403, 403, 403, 403, 403, 403),
            row("events", "create an event",                "POST", "/events/events",                      NEW_M50_EVENT,        Network.OWN,   401, 201, 201, 403, 403, 403, 403, 201, 403),
            row("events", "create an event",                "POST", "/events/events",                      NEW_G40_EVENT,        Network.OTHER, 401, 201, 403, 403, 403, 403, 403, 403, 403));

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)}");
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Ids the table's paths and bodies refer to, found or made by {@link #fixtures()}. */
    private static final Map<String, String> FIXTURES = new ConcurrentHashMap<>();
    /** Makes names unique across runs against a platform that kept its data. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static EndToEnd platform;

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Row row : TABLE) {
            for (Caller caller : Caller.values()) {
                cases.add(new Case(row, caller, row.statuses()[caller.ordinal()]));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheTableSays(Case c) {
        Response response = send(c.row(), c.caller());

        assertThat(response.statusCode()).as("%s: %s", c, abbreviated(response.asString())).isEqualTo(c.expected());
        if (c.expected() == 401 || c.expected() == 403) {
            // Refusals are problem details (STYLE.md 7), whichever service or the gateway answers.
            assertThat(response.contentType()).as(c.toString()).startsWith("application/problem+json");
        }
    }

    /**
     * The table's row "an official (personal data)" one level deeper: of those who may see Zeist's alderman, only
     * the secretariat and board of M50, Zeist's own official and the platform admin see her e-mail and phone
     * (STYLE.md, MemberAccess.maySeeContactDetailsOf); the treasurer, the pillar chair and the partner see her name.
     */
    @ParameterizedTest(name = "GET /api/v1/members/people/'{zeist-person}' as {0}: contact details shown = {1}")
    @CsvSource({"PLATFORM_ADMIN, true", "SECRETARIAT, true", "BOARD, true", "TREASURER, false", "PILLAR_CHAIR, false",
            "MEMBER_OFFICIAL, true", "PARTNER, false"})
    void contactDetailsOfAnOfficialOnlyForSecretariatBoardAndTheOwnMunicipality(Caller caller, boolean shown) {
        Response person = RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(caller.token(platform))
                .get("/api/v1/members/people/" + fixture("zeist-person"));

        assertThat(person.statusCode()).as(person.asString()).isEqualTo(200);
        assertThat(person.jsonPath().getBoolean("contactDetailsHidden")).as(person.asString()).isEqualTo(!shown);
        if (!shown) {
            assertThat(person.jsonPath().getString("email")).isNull();
            assertThat(person.jsonPath().getString("phone")).isNull();
        }
    }

    /**
     * The data the rows are about. M50: the seeds' (Zeist and its alderman Laura Hoogstraten, the pillar sociaal, the
     * spring assembly of 2025) plus a stakeholder; G40: the seeds' pillar sociaal and Deventer's agreement, plus an
     * official of Deventer, a stakeholder and a members' meeting made by g40-secretariat. Both networks' invoices of
     * 2026 come from the contribution runs (a second run issues nothing: 200).
     */
    @BeforeAll
    static void fixtures() {
        platform = EndToEnd.platform();
        String zeist = only(as("platform-admin").get("/members/municipalities?cbsCode=GM0355"), "items.id");
        String deventer = only(as("platform-admin").get("/members/municipalities?cbsCode=GM0150"), "items.id");
        FIXTURES.put("zeist", zeist);
        FIXTURES.put("deventer", deventer);
        FIXTURES.put("zeist-person", only(as("platform-admin")
                .get("/members/people?municipalityId=" + zeist + "&name=Hoogstraten"), "items.id"));
        FIXTURES.put("deventer-person", created(as("g40-secretariat").contentType(ContentType.JSON)
                .body(NEW_DEVENTER_OFFICIAL.make().apply(unique())).post("/members/people")));

        FIXTURES.put("m50-sociaal", pillar("M50", "sociaal"));
        FIXTURES.put("g40-sociaal", pillar("G40", "sociaal"));
        FIXTURES.put("m50-stakeholder", stakeholder("platform-admin", "M50"));
        FIXTURES.put("g40-stakeholder", stakeholder("g40-secretariat", "G40"));

        for (String network : List.of("M50", "G40")) {
            Response run = as("platform-admin").contentType(ContentType.JSON).body(Map.of("year", 2026))
                    .post("/finance/networks/" + network + "/contribution-runs");
            assertThat(run.statusCode()).as(run.asString()).isIn(200, 201);
        }
        FIXTURES.put("zeist-invoice", invoice("M50", "GM0355"));
        FIXTURES.put("deventer-invoice", invoice("G40", "GM0150"));

        Response m50Events = as("m50-secretariat").get("/events/events?network=M50&pageSize=100");
        assertThat(m50Events.statusCode()).as(m50Events.asString()).isEqualTo(200);
        FIXTURES.put("m50-assembly", m50Events.jsonPath().getString("items.find { it.title == 'ALV voorjaar 2025' }.id"));
        FIXTURES.put("g40-meeting", created(as("g40-secretariat").contentType(ContentType.JSON)
                .body(event("G40", unique())).post("/events/events")));
        assertThat(FIXTURES).doesNotContainValue(null);
    }

    /** Sends a row as a caller, through the gateway. */
    private static Response send(Row row, Caller caller) {
        Matcher placeholders = PLACEHOLDER.matcher(row.path());
        String path = placeholders.replaceAll(found -> fixture(found.group(1)));
        Map<String, Object> body = row.body() == null ? null : row.body().make().apply(unique());
        for (int attempt = 1; ; attempt++) {
            RequestSpecification request = RestAssured.given().baseUri(platform.gatewayUrl());
            String token = caller.token(platform);
            if (token != null) {
                request.auth().oauth2(token);
            }
            if (body != null) {
                request.contentType(ContentType.JSON).body(body);
            }
            Response response = request.request(row.method(), "/api/v1" + path);
            if (response.statusCode() != 429 || attempt == 3) {
                return response;
            }
            // NetworkClientTest uses up vng-network-client's requests (300 a minute) on purpose, and this JVM shares
            // the gateway with it: wait as long as the gateway says, as any API client should. A 429 is answered
            // before the request reaches a service, so sending it again writes nothing twice.
            waitSeconds(Long.parseLong(response.header("Retry-After")));
        }
    }

    private static RequestSpecification as(String username) {
        return RestAssured.given().baseUri(platform.gatewayUrl() + "/api/v1").auth().oauth2(platform.userToken(username));
    }

    private static String fixture(String name) {
        String value = FIXTURES.get(name);
        if (value == null) {
            throw new IllegalStateException("no fixture " + name);
        }
        return value;
    }

    private static String unique() {
        return RUN + "-" + SEQUENCE.incrementAndGet();
    }

    private static String only(Response response, String path) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        List<String> found = response.jsonPath().getList(path);
        assertThat(found).as(response.asString()).hasSize(1);
        return found.get(0);
    }

    private static String created(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    private static String pillar(String network, String code) {
        Response pillars = RestAssured.given().baseUri(platform.gatewayUrl())
                .get("/api/v1/pillars/pillars?network=" + network + "&pageSize=100");
        assertThat(pillars.statusCode()).as(pillars.asString()).isEqualTo(200);
        String id = pillars.jsonPath().getString("items.find { it.code == '" + code + "' }.id");
        assertThat(id).as("%s's pillar %s in the seed", network, code).isNotNull();
        return id;
    }

    /** A stakeholder of the network with a contact person (a name, an e-mail address: personal data). */
    private static String stakeholder(String username, String network) {
        String id = created(as(username).contentType(ContentType.JSON)
                .body(Map.of("network", network, "name", "Ministerie van Matrix " + unique(), "kind", "MINISTRY"))
                .post("/pillars/stakeholders"));
        Response contact = as(username).contentType(ContentType.JSON)
                .body(Map.of("name", "Anne-Marie d'Hondt", "email", "a.dhondt@example.nl"))
                .post("/pillars/stakeholders/" + id + "/contacts");
        assertThat(contact.statusCode()).as(contact.asString()).isEqualTo(201);
        return id;
    }

    private static String invoice(String network, String cbsCode) {
        Response invoices = as("platform-admin").get("/finance/invoices?network=" + network + "&year=2026&pageSize=100");
        assertThat(invoices.statusCode()).as(invoices.asString()).isEqualTo(200);
        String id = invoices.jsonPath().getString("items.find { it.payer.cbsCode == '" + cbsCode + "' }.id");
        assertThat(id).as("%s's invoice of 2026 in %s", cbsCode, network).isNotNull();
        return id;
    }

    /** A payment by hand that names no invoice: kept unmatched for the treasurer (no invoice changes). */
    private static Map<String, Object> payment(String network, String unique) {
        return Map.of("network", network, "amount", new BigDecimal("1.00"), "receivedOn", LocalDate.now(DUTCH).minusDays(1).toString(),
                "payerName", "Gemeente Matrix " + unique);
    }

    /** A members' meeting in 60 days; "partner" names Platform31, which a partner creating it must do. */
    private static Map<String, Object> event(String network, String unique) {
        ZonedDateTime day = ZonedDateTime.now(DUTCH).plusDays(60).truncatedTo(ChronoUnit.DAYS);
        return Map.of("network", network, "partner", "Platform31", "kind", "THEME_SESSION", "title", "Matrix " + unique,
                "startsAt", day.withHour(13).toOffsetDateTime().toString(), "endsAt", day.withHour(17).toOffsetDateTime().toString(),
                "place", "Stadhuis", "audience", "MEMBERS");
    }

    private static String abbreviated(String body) {
        return body.length() <= 500 ? body : body.substring(0, 500) + "...";
    }

    private static Row row(String family, String operation, String method, String path, Body body, Network network,
                           int... statuses) {
        if (statuses.length != Caller.values().length) {
            throw new IllegalArgumentException(family + " " + operation + ": one status per caller");
        }
        return new Row(family, operation, method, path, body, network, statuses);
    }

    private static void waitSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
