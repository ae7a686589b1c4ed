package nl.municipalnetworks.finance.einvoice;

import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceLineEntity;
import nl.municipalnetworks.finance.party.BillingDetails;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.List;

import static nl.municipalnetworks.finance.einvoice.BillingFixtures.DEVENTER;
import static nl.municipalnetworks.finance.einvoice.BillingFixtures.MEIERIJSTAD;
import static nl.municipalnetworks.finance.einvoice.BillingFixtures.PLATFORM31;
import static nl.municipalnetworks.finance.einvoice.BillingFixtures.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The e-invoices of the seeds' invoices, checked against the official rule sets (EN 16931, NLCIUS) and read back. */
class UblInvoiceWriterTest {

    @Test
    void deventersContributionToPlatform31PassesEn16931AndTheNlcius() throws Exception {
        BillingFixtures.Invoice invoice = BillingFixtures.deventer2026();
        byte[] xml = UblInvoiceWriter.write(EInvoice.of(invoice.entity(), invoice.lines(), PLATFORM31, DEVENTER));

        assertThat(OfficialRules.errors(xml)).isEmpty();
        assertThat(OfficialRules.warnings(xml)).isEmpty();
        Ubl ubl = new Ubl(xml);
        assertThat(ubl.text("/inv:Invoice/cbc:CustomizationID")).isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0");
        assertThat(ubl.text("/inv:Invoice/cbc:ProfileID")).isEqualTo("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
        assertThat(ubl.text("/inv:Invoice/cbc:ID")).isEqualTo("2026-000001");
        assertThat(ubl.text("/inv:Invoice/cbc:DueDate")).isEqualTo("2026-02-14");
        assertThat(ubl.text("/inv:Invoice/cbc:BuyerReference")).isEqualTo("GM0150");
        assertThat(ubl.text("//cac:InvoiceLine/cbc:InvoicedQuantity")).isEqualTo("101446");
        assertThat(ubl.text("//cac:InvoiceLine/cbc:InvoicedQuantity/@unitCode")).isEqualTo("IE");
        assertThat(ubl.text("//cac:InvoiceLine/cac:Price/cbc:PriceAmount")).isEqualTo("0.15");
        assertThat(ubl.text("//cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")).isEqualTo("15216.90");
        assertThat(ubl.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("3195.55");
        assertThat(ubl.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:ID")).isEqualTo("S");
        assertThat(ubl.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")).isEqualTo("21");
        assertThat(ubl.text("//cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("18412.45");
        assertThat(ubl.text("//cac:PaymentMeans/cbc:PaymentMeansCode")).isEqualTo("58");
        assertThat(ubl.text("//cac:PaymentMeans/cbc:PaymentID")).isEqualTo("G40-2026-000001");
        assertThat(ubl.text("//cac:PayeeFinancialAccount/cbc:ID")).isEqualTo("NL20INGB0001234567");
        // Platform31 is registered by its KvK number, Deventer (a government body) by its OIN
        assertThat(ubl.text("//cac:AccountingSupplierParty//cac:PartyLegalEntity/cbc:CompanyID/@schemeID")).isEqualTo("0106");
        assertThat(ubl.text("//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID")).isEqualTo("NL809999990B01");
        assertThat(ubl.text("//cac:AccountingCustomerParty//cbc:EndpointID/@schemeID")).isEqualTo("0190");
        assertThat(ubl.text("//cac:AccountingCustomerParty//cac:PartyLegalEntity/cbc:CompanyID")).isEqualTo("00000001001234567000");
    }

    @Test
    void anM50MemberContributionOutsideTheScopeOfVatPassesWithTheExemptionReasonAndNoVatNumbers() throws Exception {
        BillingFixtures.Invoice invoice = BillingFixtures.zeistM50_2026();
        byte[] xml = UblInvoiceWriter.write(EInvoice.of(invoice.entity(), invoice.lines(), MEIERIJSTAD, ZEIST));

        assertThat(OfficialRules.errors(xml)).isEmpty();
        assertThat(OfficialRules.warnings(xml)).isEmpty();
        Ubl ubl = new Ubl(xml);
        assertThat(ubl.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:ID")).isEqualTo("O");
        assertThat(ubl.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason")).isEqualTo("Niet onderworpen aan btw");
        assertThat(ubl.count("//cac:TaxCategory/cbc:Percent | //cac:ClassifiedTaxCategory/cbc:Percent")).isZero();
        assertThat(ubl.count("//cac:PartyTaxScheme")).as("no VAT numbers outside the scope of VAT (BR-O-02)").isZero();
        assertThat(ubl.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("0.00");
        assertThat(ubl.text("//cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("3500.00");
        assertThat(ubl.text("/inv:Invoice/cbc:BuyerReference")).as("the reference Zeist asked for").isEqualTo("M50-contributie");
        assertThat(ubl.text("//cac:AccountingSupplierParty//cac:PartyLegalEntity/cbc:RegistrationName")).isEqualTo("Gemeente Meierijstad");
        assertThat(ubl.text("//cac:AccountingSupplierParty//cac:PartyLegalEntity/cbc:CompanyID/@schemeID")).isEqualTo("0190");
        assertThat(ubl.text("//cac:PayeeFinancialAccount/cbc:ID")).isEqualTo("NL38BNGH0285012345");
    }

    @Test
    void aPartYearWithASettledSurplusPassesAndItsLinesAddUpToTheTotal() throws Exception {
        // 10 of 12 months of Deventer's fee (15,216.90 x 10 / 12 = 12,680.75), less a surplus of 1,000.00
        InvoiceEntity invoice = BillingFixtures.invoice("G40", "Platform31", "2026-000002", 2026, "GM0150",
                "Deventer", "11680.75", "2452.96", "14133.71");
        List<InvoiceLineEntity> lines = List.of(
                BillingFixtures.line(invoice, 1, "Bijdrage 2026, 10 of 12 months", "10", "MONTH", "15216.90", "12",
                        "12680.75", "STANDARD_RATE", "21"),
                BillingFixtures.line(invoice, 2, "Verrekening overschot 2025", "-1", "ONE", "1000.00", "1",
                        "-1000.00", "STANDARD_RATE", "21"));
        byte[] xml = UblInvoiceWriter.write(EInvoice.of(invoice, lines, PLATFORM31, DEVENTER));

        assertThat(OfficialRules.errors(xml)).isEmpty();
        assertThat(OfficialRules.warnings(xml)).isEmpty();
        Ubl ubl = new Ubl(xml);
        assertThat(ubl.text("//cac:InvoiceLine[1]/cac:Price/cbc:BaseQuantity")).isEqualTo("12");
        assertThat(ubl.text("//cac:InvoiceLine[1]/cac:Price/cbc:BaseQuantity/@unitCode")).isEqualTo("MON");
        assertThat(ubl.text("//cac:InvoiceLine[2]/cbc:LineExtensionAmount")).isEqualTo("-1000.00");
        assertThat(ubl.text("//cac:LegalMonetaryTotal/cbc:LineExtensionAmount")).isEqualTo("11680.75");
    }

    @Test
    void textIsWrittenAsXmlTextWhateverItHolds() throws Exception {
        BillingFixtures.Invoice invoice = BillingFixtures.deventer2026();
        invoice.lines().get(0).description = "Bijdrage <G40> & \"Platform31\" 's-Hertogenbosch, Súdwest-Fryslân";
        BillingDetails seller = new BillingDetails.Draft("Stichting <Platform31> & Co", "Voorbeeldstraat 31",
                "2500 FK", "'s-Gravenhage", "NL", "41150129", null, "NL809999990B01", "NL20INGB0001234567", null,
                "facturen@platform31.example", "0106", null).parse();
        byte[] xml = UblInvoiceWriter.write(EInvoice.of(invoice.entity(), invoice.lines(), seller, DEVENTER));

        assertThat(OfficialRules.errors(xml)).isEmpty();
        assertThat(OfficialRules.warnings(xml)).isEmpty();
        Ubl ubl = new Ubl(xml);
        assertThat(ubl.text("//cac:Item/cbc:Name")).isEqualTo("Bijdrage <G40> & \"Platform31\" 's-Hertogenbosch, Súdwest-Fryslân");
        assertThat(ubl.text("//cac:AccountingSupplierParty//cbc:RegistrationName")).isEqualTo("Stichting <Platform31> & Co");
    }

    /** The rule sets are live: an invoice whose lines do not add up, or without the buyer's address, is refused. */
    @Test
    void theRuleSetsRefuseAnInvoiceThatBreaksThem() {
        BillingFixtures.Invoice invoice = BillingFixtures.deventer2026();
        String xml = new String(UblInvoiceWriter.write(EInvoice.of(invoice.entity(), invoice.lines(), PLATFORM31, DEVENTER)),
                java.nio.charset.StandardCharsets.UTF_8);

        String wrongTotal = xml.replace("<cbc:PayableAmount currencyID=\"EUR\">18412.45<", "<cbc:PayableAmount currencyID=\"EUR\">18412.46<");
        assertThat(wrongTotal).isNotEqualTo(xml);
        assertThat(OfficialRules.errors(wrongTotal.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .anyMatch(error -> error.contains("BR-CO-16"));
        String noStreet = xml.replace("<cbc:StreetName>Grote Kerkhof 1</cbc:StreetName>", "");
        assertThat(noStreet).isNotEqualTo(xml);
        assertThat(OfficialRules.errors(noStreet.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .anyMatch(error -> error.startsWith("Simplerinvoicing") && error.contains("BR-NL-"));
    }

    @Test
    void aSellerWithoutAnIbanOrWithoutAVatNumberOnAnInvoiceWithVatCannotInvoice() {
        BillingFixtures.Invoice invoice = BillingFixtures.deventer2026();
        assertThatThrownBy(() -> EInvoice.of(invoice.entity(), invoice.lines(), DEVENTER, DEVENTER))
                .isInstanceOf(EInvoice.Incomplete.class).hasMessageContaining("Gemeente Deventer has no IBAN")
                .extracting(e -> ((EInvoice.Incomplete) e).party()).isEqualTo("seller");
        BillingDetails withoutVatNumber = new BillingDetails.Draft("Stichting Platform31", "Voorbeeldstraat 31",
                "2500 FK", "Den Haag", "NL", "41150129", null, null, "NL20INGB0001234567", null,
                "facturen@platform31.example", "0106", null).parse();
        assertThatThrownBy(() -> EInvoice.of(invoice.entity(), invoice.lines(), withoutVatNumber, DEVENTER))
                .isInstanceOf(EInvoice.Incomplete.class).hasMessageContaining("no VAT number");
        // outside the scope of VAT, no VAT number is needed
        BillingFixtures.Invoice m50 = BillingFixtures.zeistM50_2026();
        assertThat(EInvoice.of(m50.entity(), m50.lines(), withoutVatNumber, ZEIST).outsideScopeOfVat()).isTrue();
    }

    @Test
    void anInvoiceWhoseStoredTotalsTheLinesDoNotGiveIsNeverWritten() {
        BillingFixtures.Invoice invoice = BillingFixtures.deventer2026();
        invoice.entity().total = new java.math.BigDecimal("18412.46");
        assertThatThrownBy(() -> EInvoice.of(invoice.entity(), invoice.lines(), PLATFORM31, DEVENTER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("totals");
        BillingFixtures.Invoice other = BillingFixtures.deventer2026();
        other.lines().get(0).netAmount = new java.math.BigDecimal("15216.91");
        assertThatThrownBy(() -> EInvoice.of(other.entity(), other.lines(), PLATFORM31, DEVENTER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("quantity and price give EUR 15216.90");
    }

    /** XPath over a UBL invoice. */
    static final class Ubl {

        private final Document doc;
        private final XPath xpath = XPathFactory.newDefaultInstance().newXPath();

        Ubl(byte[] xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "inv" -> UblInvoiceWriter.INVOICE_NS;
                        case "cac" -> UblInvoiceWriter.CAC_NS;
                        case "cbc" -> UblInvoiceWriter.CBC_NS;
                        default -> null;
                    };
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
        }

        String text(String expression) throws Exception {
            NodeList found = (NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET);
            assertThat(found.getLength()).as("exactly one node at " + expression).isEqualTo(1);
            return found.item(0).getTextContent();
        }

        int count(String expression) throws Exception {
            return ((NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET)).getLength();
        }
    }
}
