package nl.municipalnetworks.finance.einvoice;

import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceLineEntity;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.party.BillingDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The invoices of the seeds as the contribution run stores them, and billing details for their parties. The
 * billing details are fictitious but well-formed (IBANs with valid check digits; KvK, OIN and VAT numbers of the
 * right form): the seeds give none.
 */
public final class BillingFixtures {

    private BillingFixtures() {
    }

    public static final BillingDetails PLATFORM31 = new BillingDetails.Draft("Stichting Platform31", "Voorbeeldstraat 31",
            "2500 FK", "Den Haag", "NL", "41150129", null, "NL809999990B01", "NL20INGB0001234567", "INGBNL2A",
            "facturen@platform31.example", "0106", null).parse();

    public static final BillingDetails MEIERIJSTAD = new BillingDetails.Draft("Gemeente Meierijstad", "Stadhuisplein 1",
            "5461 KN", "Veghel", "NL", "17123456", "00000001823288444000", "NL823288444B01", "NL38BNGH0285012345",
            "BNGHNL2G", "facturen@meierijstad.example", "0190", null).parse();

    public static final BillingDetails DEVENTER = new BillingDetails.Draft("Gemeente Deventer", "Grote Kerkhof 1",
            "7411 KT", "Deventer", "NL", "38020751", "00000001001234567000", "NL001234567B01", null, null,
            "facturen@deventer.example", "0190", null).parse();

    public static final BillingDetails ZEIST = new BillingDetails.Draft("Gemeente Zeist", "Het Rond 1", "3701 HS",
            "Zeist", "NL", "30123456", "00000001002345678000", "NL002345678B01", null, null, "facturen@zeist.example",
            "0190", "M50-contributie").parse();

    /** Deventer's contribution to Platform31 for 2026: 101,446 x EUR 0.15 = 15,216.90, VAT 21 % 3,195.55. */
    public static Invoice deventer2026() {
        InvoiceEntity invoice = invoice("G40", "Platform31", "2026-000001", 2026, "GM0150", "Deventer",
                "15216.90", "3195.55", "18412.45");
        InvoiceLineEntity line = line(invoice, 1, "Bijdrage G40-steden aan Platform31 2026: 101.446 inwoners (CBS 1 januari 2022) x EUR 0,15",
                "101446.0000", "INHABITANT", "0.150000", "1.0000", "15216.90", "STANDARD_RATE", "21.00");
        return new Invoice(invoice, java.util.List.of(line));
    }

    /** Zeist's M50 member contribution for 2026: EUR 3,500, outside the scope of VAT, collected by Meierijstad. */
    public static Invoice zeistM50_2026() {
        InvoiceEntity invoice = invoice("M50", "Gemeente Meierijstad", "2026-000007", 2026, "GM0355", "Zeist",
                "3500.00", "0.00", "3500.00");
        InvoiceLineEntity line = line(invoice, 1, "Ledenbijdrage M50 2026", "1.0000", "ONE", "3500.000000", "1.0000",
                "3500.00", "OUTSIDE_SCOPE", "0.00");
        return new Invoice(invoice, java.util.List.of(line));
    }

    public record Invoice(InvoiceEntity entity, java.util.List<InvoiceLineEntity> lines) {
    }

    public static InvoiceEntity invoice(String network, String seller, String number, int year, String cbsCode,
                                        String payerName, String net, String vat, String total) {
        InvoiceEntity i = new InvoiceEntity();
        i.id = UUID.randomUUID();
        i.network = network;
        i.number = number;
        i.seller = seller;
        i.year = year;
        i.feeSchemeId = UUID.randomUUID();
        i.payerMunicipalityId = UUID.randomUUID();
        i.payerCbsCode = cbsCode;
        i.payerName = payerName;
        i.status = InvoiceStatus.ISSUED;
        i.issueDate = LocalDate.of(2026, 1, 15);
        i.dueDate = LocalDate.of(2026, 2, 14);
        i.paymentReference = network + "-" + number;
        i.netTotal = new BigDecimal(net);
        i.vatTotal = new BigDecimal(vat);
        i.total = new BigDecimal(total);
        return i;
    }

    public static InvoiceLineEntity line(InvoiceEntity invoice, int position, String description, String quantity,
                                         String unit, String unitPrice, String baseQuantity, String net,
                                         String vatCategory, String vatPercent) {
        InvoiceLineEntity l = new InvoiceLineEntity();
        l.id = UUID.randomUUID();
        l.invoiceId = invoice.id;
        l.position = position;
        l.description = description;
        l.quantity = new BigDecimal(quantity);
        l.unit = unit;
        l.unitPrice = new BigDecimal(unitPrice);
        l.baseQuantity = new BigDecimal(baseQuantity);
        l.netAmount = new BigDecimal(net);
        l.vatCategory = vatCategory;
        l.vatPercent = new BigDecimal(vatPercent);
        return l;
    }
}
