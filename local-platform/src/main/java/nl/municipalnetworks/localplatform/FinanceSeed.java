package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.municipalnetworks.localplatform.SeedJson.NODES;
import static nl.municipalnetworks.localplatform.SeedJson.array;
import static nl.municipalnetworks.localplatform.SeedJson.idOf;
import static nl.municipalnetworks.localplatform.SeedJson.orNull;
import static nl.municipalnetworks.localplatform.SeedJson.required;

/**
 * The finance seed file ({@code /seed/finance-seed.json}) turned into request bodies of finance-service's API:
 * fee schemes, agreements, the billing details of parties (fictitious, see the file's notes), budgets (with their
 * adoption) and bills. Municipalities are named by name and resolved to member-service's ids by the
 * loader; an agreement names its fee scheme by name. Pure data work, no HTTP.
 */
final class FinanceSeed {

    static final String RESOURCE = "/seed/finance-seed.json";

    /** A request body and the name it is looked up by (schemes by name, agreements by reference). */
    record Entry(String name, ObjectNode body) {
    }

    private final JsonNode root;

    private FinanceSeed(JsonNode root) {
        this.root = root;
    }

    static FinanceSeed fromClasspath() {
        return new FinanceSeed(SeedJson.fromClasspath(RESOURCE));
    }

    static FinanceSeed of(JsonNode root) {
        return new FinanceSeed(root);
    }

    /** The networks the fee schemes belong to (and with them their agreements), for looking up what exists. */
    java.util.Set<String> networks() {
        java.util.Set<String> networks = new java.util.TreeSet<>();
        array(root, "feeSchemes").forEach(scheme -> networks.add(required(scheme, "network", "feeSchemes")));
        return networks;
    }

    /** POST /v1/fee-schemes, given member-service's municipality ids by name (for a collecting member). */
    List<Entry> feeSchemes(Map<String, String> municipalityIds) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode scheme : array(root, "feeSchemes")) {
            String name = required(scheme, "name", "feeSchemes");
            ObjectNode body = NODES.objectNode();
            body.put("network", required(scheme, "network", "feeSchemes"));
            body.put("name", name);
            body.put("payers", required(scheme, "payers", "feeSchemes"));
            body.put("payee", required(scheme, "payee", "feeSchemes"));
            body.put("collector", required(scheme, "collector", "feeSchemes"));
            JsonNode collectorMunicipality = scheme.path("collectorMunicipality");
            body.set("collectorMunicipalityId", collectorMunicipality.isTextual()
                    ? NODES.textNode(idOf(municipalityIds, collectorMunicipality.asText(), "municipality", "fee scheme '" + name + "'"))
                    : NODES.nullNode());
            body.put("validFrom", required(scheme, "validFrom", "feeSchemes"));
            body.set("validTo", orNull(scheme, "validTo"));
            body.put("basis", required(scheme, "basis", "feeSchemes"));
            // Amounts stay text in the file and become JSON numbers here, so no binary fraction creeps in.
            body.set("amountPerYear", decimal(scheme, "amountPerYear"));
            body.set("ratePerInhabitant", decimal(scheme, "ratePerInhabitant"));
            body.set("referenceDate", orNull(scheme, "referenceDate"));
            body.put("vat", required(scheme, "vat", "feeSchemes"));
            body.put("midYearPolicy", required(scheme, "midYearPolicy", "feeSchemes"));
            entries.add(new Entry(name, body));
        }
        return entries;
    }

    /** POST /v1/agreements, given the ids of the payers (by name) and of the fee schemes (by name). */
    List<Entry> agreements(Map<String, String> municipalityIds, Map<String, String> feeSchemeIds) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode agreement : array(root, "agreements")) {
            String reference = required(agreement, "reference", "agreements");
            ObjectNode body = NODES.objectNode();
            body.put("reference", reference);
            body.put("payerMunicipalityId", idOf(municipalityIds, required(agreement, "payer", "agreements"), "municipality",
                    "agreement '" + reference + "'"));
            body.put("feeSchemeId", idOf(feeSchemeIds, required(agreement, "feeScheme", "agreements"), "fee scheme",
                    "agreement '" + reference + "'"));
            body.put("termStart", required(agreement, "termStart", "agreements"));
            body.put("termEnd", required(agreement, "termEnd", "agreements"));
            entries.add(new Entry(reference, body));
        }
        return entries;
    }

    /** The fields of a party's billing details, as POST /v1/parties takes them. */
    private static final List<String> PARTY_FIELDS = List.of("legalName", "street", "postcode", "city", "country",
            "kvkNumber", "oin", "vatNumber", "iban", "bic", "email", "peppolScheme", "buyerReference");

    /**
     * POST /v1/parties, given member-service's municipality ids by name. An entry names its {@code municipality} (a
     * payer, or a collecting member) and/or its {@code collectorName} (the collector of fee schemes); its name is
     * the municipality's, else the collector's.
     */
    List<Entry> parties(Map<String, String> municipalityIds) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode party : array(root, "parties")) {
            String legalName = required(party, "legalName", "parties");
            ObjectNode body = NODES.objectNode();
            JsonNode municipality = party.path("municipality");
            JsonNode collector = party.path("collectorName");
            if (!municipality.isTextual() && !collector.isTextual()) {
                throw new IllegalStateException("Seed file: party '" + legalName + "' names neither a municipality nor a collectorName");
            }
            body.set("municipalityId", municipality.isTextual()
                    ? NODES.textNode(idOf(municipalityIds, municipality.asText(), "municipality", "party '" + legalName + "'"))
                    : NODES.nullNode());
            body.set("collectorName", orNull(party, "collectorName"));
            for (String field : PARTY_FIELDS) {
                body.set(field, orNull(party, field));
            }
            entries.add(new Entry(municipality.isTextual() ? municipality.asText() : collector.asText(), body));
        }
        return entries;
    }

    /**
     * A budget to draft (POST /v1/budgets), then propose and, with an {@code adoption}, adopt (POST
     * /v1/budgets/{id}/adoption); looked up by network and year. Without one it stays proposed: M50's 2026 budget is
     * adopted by the decision the events seed records at the autumn general assembly.
     */
    record BudgetEntry(String network, int year, ObjectNode body, ObjectNode adoption) {
    }

    List<BudgetEntry> budgets() {
        List<BudgetEntry> entries = new ArrayList<>();
        for (JsonNode budget : array(root, "budgets")) {
            String network = required(budget, "network", "budgets");
            int year = budget.path("year").asInt();
            if (year < 1900 || year > 2199) {
                throw new IllegalStateException("The finance seed's budget of " + network + " has no year");
            }
            ObjectNode body = NODES.objectNode();
            body.put("network", network);
            body.put("year", year);
            var lines = body.putArray("lines");
            for (JsonNode line : array(budget, "lines")) {
                ObjectNode l = lines.addObject();
                l.put("code", required(line, "code", "budget lines"));
                l.put("name", required(line, "name", "budget lines"));
                l.put("kind", required(line, "kind", "budget lines"));
                l.set("amount", decimal(line, "amount"));
            }
            JsonNode decided = budget.path("adoption");
            ObjectNode adoption = null;
            if (!decided.isMissingNode()) {
                adoption = NODES.objectNode();
                adoption.put("meetingName", required(decided, "meetingName", "budget adoption"));
                adoption.put("meetingDate", required(decided, "meetingDate", "budget adoption"));
                adoption.put("decidedBy", required(decided, "decidedBy", "budget adoption"));
            }
            entries.add(new BudgetEntry(network, year, body, adoption));
        }
        return entries;
    }

    /** A bill to record (POST /v1/bills) and the status to bring it to (RECEIVED or APPROVED). */
    record BillEntry(ObjectNode body, String status) {
        /** How a bill is recognised in the list: supplier, date and description. */
        boolean isSameAs(JsonNode listed) {
            return body.path("supplier").asText().equals(listed.path("supplier").asText())
                    && body.path("date").asText().equals(listed.path("date").asText())
                    && body.path("description").asText().equals(listed.path("description").asText());
        }
    }

    List<BillEntry> bills() {
        List<BillEntry> entries = new ArrayList<>();
        for (JsonNode bill : array(root, "bills")) {
            ObjectNode body = NODES.objectNode();
            for (String field : List.of("network", "supplier", "description", "date", "dueDate", "budgetLine")) {
                body.put(field, required(bill, field, "bills"));
            }
            body.set("supplierReference", orNull(bill, "supplierReference"));
            body.set("amountExclVat", decimal(bill, "amountExclVat"));
            body.set("amountInclVat", decimal(bill, "amountInclVat"));
            String status = bill.path("status").asText("RECEIVED");
            if (!status.equals("RECEIVED") && !status.equals("APPROVED")) {
                throw new IllegalStateException("The finance seed's bill '" + body.path("description").asText()
                        + "' has status " + status + "; it may be RECEIVED or APPROVED");
            }
            entries.add(new BillEntry(body, status));
        }
        return entries;
    }

    private static JsonNode decimal(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isTextual() ? NODES.numberNode(new java.math.BigDecimal(value.asText())) : NODES.nullNode();
    }
}
