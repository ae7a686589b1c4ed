package nl.municipalnetworks.finance.einvoice;

import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.VatBreakdown;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatCategory;
import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.BillingDetails;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an issued invoice as a UBL 2.1 Invoice following the NLCIUS (NEN-EN 16931 for the Netherlands, SI-UBL 2.0),
 * with the Peppol BIS Billing 3.0 profile, the form Dutch municipalities receive invoices in. Written with the JDK's
 * DOM and transformer, element by element in the order the UBL schema prescribes.
 *
 * <p>What it states, with the EN 16931 business terms:
 * <ul>
 *   <li>number (BT-1), issue and due date (BT-2, BT-9), type 380 commercial invoice, currency EUR, the buyer
 *       reference (BT-10, {@link EInvoice#buyerReference}) and the contribution year as invoice period (BG-14);</li>
 *   <li>seller and buyer (BG-4, BG-7): Peppol endpoint (0106 KvK number or 0190 OIN), address, VAT number (not on
 *       an invoice outside the scope of VAT, BR-O-02), legal registration (OIN 0190 for government, else KvK 0106,
 *       BR-NL-1 and BR-NL-10) and the e-mail address;</li>
 *   <li>payment means 58, SEPA credit transfer, to the seller's IBAN, quoting the invoice's payment
 *       reference (BT-83), and the payment terms in words;</li>
 *   <li>the VAT breakdown per category and rate (BG-23) with the exemption reason (as text) where a category needs one, the
 *       document totals (BG-22), and the lines (BG-25) with quantity, unit, net price and base quantity.</li>
 * </ul>
 * Amounts are written to the cent, prices as stored (up to six decimals).
 */
public final class UblInvoiceWriter {

    public static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0";
    public static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CAC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    /** UNCL1001: commercial invoice. */
    static final String COMMERCIAL_INVOICE = "380";
    /** UNCL4461: SEPA credit transfer. */
    static final String SEPA_CREDIT_TRANSFER = "58";

    private UblInvoiceWriter() {
    }

    /** The UBL document, UTF-8. */
    public static byte[] write(EInvoice e) {
        Document doc = newDocument();
        Element invoice = doc.createElementNS(INVOICE_NS, "Invoice");
        invoice.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", INVOICE_NS);
        invoice.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:cac", CAC_NS);
        invoice.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:cbc", CBC_NS);
        doc.appendChild(invoice);
        Ubl x = new Ubl(doc);

        x.cbc(invoice, "CustomizationID", CUSTOMIZATION_ID);
        x.cbc(invoice, "ProfileID", PROFILE_ID);
        x.cbc(invoice, "ID", e.invoice().number);
        x.cbc(invoice, "IssueDate", date(e.invoice().issueDate));
        x.cbc(invoice, "DueDate", date(e.invoice().dueDate));
        x.cbc(invoice, "InvoiceTypeCode", COMMERCIAL_INVOICE);
        x.cbc(invoice, "DocumentCurrencyCode", Money.CURRENCY);
        x.cbc(invoice, "BuyerReference", e.buyerReference());
        Element period = x.cac(invoice, "InvoicePeriod");
        x.cbc(period, "StartDate", date(e.periodStart()));
        x.cbc(period, "EndDate", date(e.periodEnd()));

        boolean statesVatNumbers = !e.outsideScopeOfVat();
        party(x, x.cac(invoice, "AccountingSupplierParty"), e.seller(), statesVatNumbers);
        party(x, x.cac(invoice, "AccountingCustomerParty"), e.buyer(), statesVatNumbers);

        Element means = x.cac(invoice, "PaymentMeans");
        x.cbc(means, "PaymentMeansCode", SEPA_CREDIT_TRANSFER);
        x.cbc(means, "PaymentID", e.invoice().paymentReference);
        // The IBAN alone: the NLCIUS advises against the account name and, for SEPA, the BIC (BR-NL-30, BR-NL-31).
        x.cbc(x.cac(means, "PayeeFinancialAccount"), "ID", e.seller().iban().value());
        x.cbc(x.cac(invoice, "PaymentTerms"), "Note", InvoiceHtml.paymentInstruction(e));

        Element taxTotal = x.cac(invoice, "TaxTotal");
        x.amount(taxTotal, "TaxAmount", e.totals().vatTotal());
        for (VatBreakdown vat : e.totals().breakdown()) {
            Element subtotal = x.cac(taxTotal, "TaxSubtotal");
            x.amount(subtotal, "TaxableAmount", vat.taxableAmount());
            x.amount(subtotal, "TaxAmount", vat.taxAmount());
            Element category = x.cac(subtotal, "TaxCategory");
            taxCategory(x, category, vat.vat(), true);
        }

        Element totals = x.cac(invoice, "LegalMonetaryTotal");
        x.amount(totals, "LineExtensionAmount", e.totals().netTotal());
        x.amount(totals, "TaxExclusiveAmount", e.totals().netTotal());
        x.amount(totals, "TaxInclusiveAmount", e.totals().total());
        x.amount(totals, "PayableAmount", e.totals().total());

        for (EInvoice.Line line : e.lines()) {
            invoiceLine(x, x.cac(invoice, "InvoiceLine"), line);
        }
        return serialize(doc);
    }

    private static void party(Ubl x, Element role, BillingDetails p, boolean statesVatNumber) {
        Element party = x.cac(role, "Party");
        x.cbc(party, "EndpointID", p.endpointId()).setAttributeNS(null, "schemeID", p.peppolScheme().code());
        Element address = x.cac(party, "PostalAddress");
        x.cbc(address, "StreetName", p.street());
        x.cbc(address, "CityName", p.city());
        x.cbc(address, "PostalZone", p.postcode());
        x.cbc(x.cac(address, "Country"), "IdentificationCode", p.country());
        if (statesVatNumber && p.vatNumber() != null) {
            Element tax = x.cac(party, "PartyTaxScheme");
            x.cbc(tax, "CompanyID", p.vatNumber());
            x.cbc(x.cac(tax, "TaxScheme"), "ID", "VAT");
        }
        Element legal = x.cac(party, "PartyLegalEntity");
        x.cbc(legal, "RegistrationName", p.legalName());
        x.cbc(legal, "CompanyID", p.legalRegistrationId()).setAttributeNS(null, "schemeID", p.legalRegistrationScheme().code());
        x.cbc(x.cac(party, "Contact"), "ElectronicMail", p.email());
    }

    /**
     * A VAT category (breakdown) or classified tax category (line): the code, the rate except outside the scope of
     * VAT (BR-O-05), the exemption reason in the breakdown where the category needs one (BR-O-10, BR-E-10).
     */
    private static void taxCategory(Ubl x, Element category, VatTreatment vat, boolean withExemptionReason) {
        x.cbc(category, "ID", vat.category().code());
        if (vat.category() != VatCategory.OUTSIDE_SCOPE) {
            x.cbc(category, "Percent", vat.rate().percent().toPlainString());
        }
        if (withExemptionReason) {
            // The reason as text (BT-121), not as a code: the NLCIUS advises against the code (BR-NL-35).
            String reason = EInvoice.exemptionReason(vat.category());
            if (reason != null) {
                x.cbc(category, "TaxExemptionReason", reason);
            }
        }
        x.cbc(x.cac(category, "TaxScheme"), "ID", "VAT");
    }

    private static void invoiceLine(Ubl x, Element element, EInvoice.Line l) {
        InvoiceLine line = l.line();
        x.cbc(element, "ID", String.valueOf(l.position()));
        x.cbc(element, "InvoicedQuantity", quantity(line.quantity())).setAttributeNS(null, "unitCode", line.unit().code());
        x.amount(element, "LineExtensionAmount", l.netAmount());
        Element item = x.cac(element, "Item");
        x.cbc(item, "Name", line.description());
        taxCategory(x, x.cac(item, "ClassifiedTaxCategory"), line.vat(), false);
        Element price = x.cac(element, "Price");
        x.cbc(price, "PriceAmount", price(line.unitPrice())).setAttributeNS(null, "currencyID", Money.CURRENCY);
        if (line.baseQuantity().compareTo(BigDecimal.ONE) != 0) {
            x.cbc(price, "BaseQuantity", quantity(line.baseQuantity())).setAttributeNS(null, "unitCode", line.unit().code());
        }
    }

    /** A quantity without trailing zeros: 101446, 10, 0.5. */
    static String quantity(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A price with at least the cents and at most the decimals it has: 0.15, 3500.00, 0.123456. */
    static String price(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return value.setScale(Math.max(Money.SCALE, stripped.scale())).toPlainString();
    }

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Elements in the two UBL component namespaces. */
    private record Ubl(Document doc) {

        Element cac(Element parent, String name) {
            Element element = doc.createElementNS(CAC_NS, "cac:" + name);
            parent.appendChild(element);
            return element;
        }

        Element cbc(Element parent, String name, String text) {
            Element element = doc.createElementNS(CBC_NS, "cbc:" + name);
            element.setTextContent(text);
            parent.appendChild(element);
            return element;
        }

        void amount(Element parent, String name, Money money) {
            cbc(parent, name, money.amount().toPlainString()).setAttributeNS(null, "currencyID", Money.CURRENCY);
        }
    }

    /**
     * The JDK's own DOM, not whichever XML library is on the class path; a builder is not thread-safe but reusable,
     * and making one is much of the cost of a small document: one per thread (the yearly archive writes thousands).
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is not configured", e);
        }
    });

    private static Document newDocument() {
        return BUILDER.get().newDocument();
    }

    /**
     * The document as UTF-8, indented by two spaces. Written here rather than by the JDK's transformer, which took
     * most of the time of the yearly archive: the tree holds only elements with attributes (namespaces declared on
     * the root as attributes) and elements with text, so escaping text and attribute values is all there is to it.
     */
    private static byte[] serialize(Document doc) {
        StringBuilder xml = new StringBuilder(8192).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(doc.getDocumentElement(), 0, xml);
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Element element, int depth, StringBuilder xml) {
        xml.append("  ".repeat(depth)).append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            xml.append(' ').append(attribute.getNodeName()).append("=\"");
            escape(attribute.getNodeValue(), true, xml);
            xml.append('"');
        }
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        if (!children.isEmpty()) {
            xml.append(">\n");
            for (Element child : children) {
                write(child, depth + 1, xml);
            }
            xml.append("  ".repeat(depth));
        } else {
            String text = element.getTextContent();
            if (text.isEmpty()) {
                xml.append("/>\n");
                return;
            }
            xml.append('>');
            escape(text, false, xml);
        }
        xml.append("</").append(element.getTagName()).append(">\n");
    }

    private static void escape(String text, boolean inAttribute, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append(inAttribute ? "&quot;" : "\"");
                case '\r' -> xml.append("&#13;");
                case '\n' -> xml.append(inAttribute ? "&#10;" : "\n");
                case '\t' -> xml.append(inAttribute ? "&#9;" : "\t");
                default -> xml.append(c);
            }
        }
    }
}
