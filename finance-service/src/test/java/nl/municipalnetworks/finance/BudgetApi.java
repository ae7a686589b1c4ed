package nl.municipalnetworks.finance;

import io.restassured.path.json.JsonPath;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for the budget, bill and report tests: lines, budgets through their lifecycle, bills. */
public final class BudgetApi {

    private BudgetApi() {
    }

    public static Map<String, Object> line(String code, String name, String kind, String amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", code);
        line.put("name", name);
        line.put("kind", kind);
        line.put("amount", new BigDecimal(amount));
        return line;
    }

    /** A budget like M50's: contributions, Platform31, lobby, secretariat, communication, meetings, contingencies. */
    public static List<Map<String, Object>> m50Lines() {
        return List.of(
                line("CONTRIBUTIONS", "Ledenbijdragen", "INCOME", "150500.00"),
                line("PLATFORM31", "Kennispartner Platform31", "EXPENSE", "50000.00"),
                line("LOBBY", "Lobby en public affairs (Meines Holla)", "EXPENSE", "45000.00"),
                line("SECRETARIAT", "Secretariaat", "EXPENSE", "25000.00"),
                line("COMMUNICATION", "Communicatie", "EXPENSE", "15000.00"),
                line("MEETINGS", "Bijeenkomsten (ALV's)", "EXPENSE", "10000.00"),
                line("CONTINGENCIES", "Onvoorzien", "EXPENSE", "5500.00"));
    }

    /** Drafts version 1 (as the platform admin, who manages every network) and answers its id. */
    public static String draft(String network, int year, List<Map<String, Object>> lines) {
        return FinanceApi.as("platform-admin").body(Map.of("network", network, "year", year, "lines", lines))
                .post("/v1/budgets").then().statusCode(201).extract().path("id");
    }

    public static JsonPath propose(String id) {
        return FinanceApi.as("platform-admin").post("/v1/budgets/" + id + "/proposal").then().statusCode(200)
                .extract().jsonPath().using(FinanceApi.EXACT);
    }

    public static JsonPath adopt(String id, String meetingDate) {
        return FinanceApi.as("platform-admin").body(Map.of("meetingName", "ALV najaar", "meetingDate", meetingDate,
                        "decidedBy", "Algemene ledenvergadering")).post("/v1/budgets/" + id + "/adoption")
                .then().statusCode(200).extract().jsonPath().using(FinanceApi.EXACT);
    }

    /**
     * Version 1, drafted, proposed and adopted at the autumn general assembly before the year (16 October), or today
     * for a year further ahead (a meeting is not in the future).
     */
    public static String adopted(String network, int year, List<Map<String, Object>> lines) {
        String id = draft(network, year, lines);
        propose(id);
        adopt(id, meetingBefore(year));
        return id;
    }

    public static String meetingBefore(int year) {
        java.time.LocalDate autumn = java.time.LocalDate.of(year - 1, 10, 16);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        return (autumn.isAfter(today) ? today : autumn).toString();
    }

    public static Map<String, Object> billBody(String network, String supplier, String reference, String line,
                                               String exclVat, String inclVat, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network", network);
        body.put("supplier", supplier);
        body.put("supplierReference", reference);
        body.put("description", supplier + " " + date);
        body.put("amountExclVat", new BigDecimal(exclVat));
        body.put("amountInclVat", new BigDecimal(inclVat));
        body.put("date", date);
        body.put("dueDate", java.time.LocalDate.parse(date).plusDays(30).toString());
        body.put("budgetLine", line);
        return body;
    }

    /** Records a bill as received and answers its id. */
    public static String bill(String network, String supplier, String reference, String line, String exclVat,
                              String inclVat, String date) {
        return FinanceApi.as("platform-admin").body(billBody(network, supplier, reference, line, exclVat, inclVat, date))
                .post("/v1/bills").then().statusCode(201).extract().path("id");
    }

    public static void approve(String billId) {
        FinanceApi.as("platform-admin").post("/v1/bills/" + billId + "/approval").then().statusCode(200);
    }

    public static void pay(String billId, String paidOn) {
        FinanceApi.as("platform-admin").body(Map.of("paidOn", paidOn)).post("/v1/bills/" + billId + "/payment")
                .then().statusCode(200);
    }
}
