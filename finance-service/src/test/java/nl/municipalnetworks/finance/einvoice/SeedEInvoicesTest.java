package nl.municipalnetworks.finance.einvoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.party.BillingDetails;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing details of the local platform's seed (local-platform's finance-seed.json, fictitious but well-formed)
 * pass this service's rules, and the invoice of every payer of the seed, written with them, passes EN 16931 and the
 * NLCIUS: so {@code ./platform up} followed by a contribution run gives a valid e-invoice for every invoice.
 */
class SeedEInvoicesTest {

    private static final Path SEED_DIR = Path.of("..", "local-platform", "src", "main", "resources", "seed");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySeededInvoiceBecomesAValidEInvoice() throws IOException {
        JsonNode finance = JSON.readTree(Files.readString(SEED_DIR.resolve("finance-seed.json")));
        JsonNode members = JSON.readTree(Files.readString(SEED_DIR.resolve("seed-data.json")));
        Map<String, BillingDetails> byMunicipality = new HashMap<>();
        Map<String, BillingDetails> byCollector = new HashMap<>();
        for (JsonNode p : finance.path("parties")) {
            BillingDetails details = new BillingDetails.Draft(text(p, "legalName"), text(p, "street"), text(p, "postcode"),
                    text(p, "city"), text(p, "country"), text(p, "kvkNumber"), text(p, "oin"), text(p, "vatNumber"),
                    text(p, "iban"), text(p, "bic"), text(p, "email"), text(p, "peppolScheme"), text(p, "buyerReference")).parse();
            if (p.has("municipality")) {
                byMunicipality.put(p.path("municipality").asText(), details);
            }
            if (p.has("collectorName")) {
                byCollector.put(p.path("collectorName").asText(), details);
            }
        }
        Map<String, String> cbsCodes = new HashMap<>();
        members.path("municipalities").forEach(m -> cbsCodes.put(m.path("name").asText(), m.path("cbsCode").asText()));

        List<String> failures = new ArrayList<>();
        int written = 0;
        for (JsonNode membership : members.path("memberships")) {
            String network = membership.path("network").asText();
            String payer = membership.path("municipality").asText();
            BillingFixtures.Invoice invoice = network.equals("M50") ? m50(payer, cbsCodes.get(payer)) : g40(payer, cbsCodes.get(payer));
            if (payer.equals("Meierijstad") && network.equals("M50")) {
                continue; // the collector's own contribution is not invoiced
            }
            BillingDetails seller = byCollector.get(invoice.entity().seller);
            BillingDetails buyer = byMunicipality.get(payer);
            assertThat(seller).as("billing details of " + invoice.entity().seller).isNotNull();
            assertThat(buyer).as("billing details of " + payer).isNotNull();
            byte[] xml = UblInvoiceWriter.write(EInvoice.of(invoice.entity(), invoice.lines(), seller, buyer));
            OfficialRules.errorsQuietly(xml).forEach(error -> failures.add(payer + ": " + error));
            written++;
        }
        System.out.printf("[e-invoice rules] %d seeded invoices checked against EN 16931 and the NLCIUS: %d errors%n",
                written, failures.size());
        assertThat(written).isEqualTo(members.path("memberships").size() - 1);
        assertThat(failures).isEmpty();
    }

    /** As the seed's M50 scheme invoices: EUR 3,500 outside the scope of VAT, from its collector. */
    private static BillingFixtures.Invoice m50(String payer, String cbsCode) {
        InvoiceEntity invoice = BillingFixtures.invoice("M50", "Gemeente Meierijstad", "2026-000001", 2026, cbsCode, payer,
                "3500.00", "0.00", "3500.00");
        return new BillingFixtures.Invoice(invoice, List.of(BillingFixtures.line(invoice, 1, "Ledenbijdrage M50 2026",
                "1", "ONE", "3500.00", "1", "3500.00", "OUTSIDE_SCOPE", "0")));
    }

    /** As the seed's G40 scheme invoices Deventer: 101,446 x EUR 0.15 with 21 % VAT, from Platform31. */
    private static BillingFixtures.Invoice g40(String payer, String cbsCode) {
        InvoiceEntity invoice = BillingFixtures.invoice("G40", "Platform31", "2026-000001", 2026, cbsCode, payer,
                "15216.90", "3195.55", "18412.45");
        return new BillingFixtures.Invoice(invoice, List.of(BillingFixtures.line(invoice, 1,
                "Bijdrage G40-steden aan Platform31 2023-2027, 2026", "101446", "INHABITANT", "0.15", "1", "15216.90",
                "STANDARD_RATE", "21")));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }
}
