package nl.municipalnetworks.finance.einvoice;

import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.QuantityUnit;
import nl.municipalnetworks.finance.invoice.VatBreakdown;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatCategory;
import nl.municipalnetworks.finance.party.BillingDetails;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The same invoice as {@link UblInvoiceWriter} writes, for people: one HTML page in Dutch (Factuur, Factuurnummer,
 * Factuurdatum, Vervaldatum, Betalingskenmerk, BTW, Totaal), amounts in Dutch notation ({@code € 15.216,90}), dates
 * as {@code 7 december 2026}. Every text that comes from data is escaped.
 */
public final class InvoiceHtml {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;color:#222;line-height:1.4}
            header{display:flex;justify-content:space-between;align-items:flex-start}
            h1{margin:0;font-size:2rem}
            .party{white-space:normal}
            table{border-collapse:collapse;margin:1.2rem 0}
            th{text-align:left;font-weight:600;padding:.25rem 1rem .25rem 0}
            td{padding:.25rem 1rem .25rem 0}
            .lines{width:100%}
            .lines thead th{border-bottom:1px solid #999}
            .num{text-align:right;white-space:nowrap}
            .totals{margin-left:auto}
            .totals .total th,.totals .total td{border-top:2px solid #222;font-weight:700}
            """;

    private InvoiceHtml() {
    }

    public static String render(EInvoice e) {
        StringBuilder h = new StringBuilder(4096);
        BillingDetails seller = e.seller();
        BillingDetails buyer = e.buyer();
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Factuur ")
                .append(escape(e.invoice().number)).append(" - ").append(escape(seller.legalName())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>Factuur</h1>\n<div class=\"party seller\">").append(partyLines(seller));
        h.append("<br>KvK ").append(escape(seller.kvkNumber()));
        if (seller.oin() != null) {
            h.append("<br>OIN ").append(escape(seller.oin()));
        }
        if (seller.vatNumber() != null) {
            h.append("<br>BTW-nummer ").append(escape(seller.vatNumber()));
        }
        h.append("<br>IBAN ").append(escape(seller.iban().grouped()));
        if (seller.bic() != null) {
            h.append("<br>BIC ").append(escape(seller.bic()));
        }
        h.append("<br>").append(escape(seller.email())).append("</div>\n</header>\n");

        h.append("<section class=\"party buyer\">\n<h2>Aan</h2>\n").append(partyLines(buyer)).append("\n</section>\n");

        h.append("<table class=\"facts\">\n");
        fact(h, "Factuurnummer", e.invoice().number);
        fact(h, "Factuurdatum", date(e.invoice().issueDate));
        fact(h, "Vervaldatum", date(e.invoice().dueDate));
        fact(h, "Betalingskenmerk", e.invoice().paymentReference);
        fact(h, "Uw referentie", e.buyerReference());
        fact(h, "Periode", date(e.periodStart()) + " t/m " + date(e.periodEnd()));
        h.append("</table>\n");

        h.append("<table class=\"lines\">\n<thead><tr><th>Omschrijving</th><th class=\"num\">Aantal</th>")
                .append("<th class=\"num\">Prijs</th><th class=\"num\">BTW</th><th class=\"num\">Bedrag</th></tr></thead>\n<tbody>\n");
        for (EInvoice.Line l : e.lines()) {
            InvoiceLine line = l.line();
            h.append("<tr><td>").append(escape(line.description())).append("</td><td class=\"num\">")
                    .append(escape(quantity(line.quantity(), line.unit()))).append("</td><td class=\"num\">")
                    .append(escape(price(line))).append("</td><td class=\"num\">")
                    .append(escape(vatLabel(line.vat().category(), line.vat().rate().percent()))).append("</td><td class=\"num\">")
                    .append(escape(euros(l.netAmount()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<table class=\"totals\">\n");
        total(h, "", "Totaal excl. BTW", e.totals().netTotal());
        for (VatBreakdown vat : e.totals().breakdown()) {
            VatCategory category = vat.vat().category();
            String label = category == VatCategory.STANDARD_RATE || category == VatCategory.ZERO_RATED
                    ? "BTW " + percent(vat.vat().rate().percent()) + " over " + euros(vat.taxableAmount())
                    : "BTW: " + EInvoice.exemptionReason(category).toLowerCase(java.util.Locale.ROOT) + ", over "
                    + euros(vat.taxableAmount());
            total(h, "", label, vat.taxAmount());
        }
        total(h, "total", "Totaal", e.totals().total());
        h.append("</table>\n");

        h.append("<p class=\"payment\">").append(escape(paymentInstruction(e))).append("</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** How to pay, in Dutch: also the payment terms (BT-20) of the e-invoice. */
    static String paymentInstruction(EInvoice e) {
        return "Gelieve " + euros(e.totals().total()) + " uiterlijk " + date(e.invoice().dueDate) + " over te maken op "
                + e.seller().iban().grouped() + " ten name van " + e.seller().legalName()
                + ", onder vermelding van betalingskenmerk " + e.invoice().paymentReference + ".";
    }

    private static String partyLines(BillingDetails p) {
        return "<strong>" + escape(p.legalName()) + "</strong><br>" + escape(p.street()) + "<br>"
                + escape(p.postcode()) + "&nbsp;&nbsp;" + escape(p.city());
    }

    private static void fact(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(label).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static void total(StringBuilder h, String cssClass, String label, Money amount) {
        h.append(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + cssClass + "\">").append("<th>").append(escape(label))
                .append("</th><td class=\"num\">").append(escape(euros(amount))).append("</td></tr>\n");
    }

    /** {@code € 15.216,90}, {@code € -350,00}: Dutch notation, always with the cents. */
    public static String euros(Money money) {
        return "€ " + dutchNumber(money.amount(), Money.SCALE);
    }

    /** A price as stored, with the cents and any further decimals it has: {@code € 0,15}. */
    static String euros(BigDecimal price) {
        int scale = Math.max(Money.SCALE, price.stripTrailingZeros().scale());
        return "€ " + dutchNumber(price, scale);
    }

    /** {@code 101.446}: dots between thousands, a comma before decimals. */
    static String dutchNumber(BigDecimal value, int scale) {
        String plain = value.abs().setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
    }

    private static String quantity(BigDecimal quantity, QuantityUnit unit) {
        String number = dutchNumber(quantity, Math.max(0, quantity.stripTrailingZeros().scale()));
        String word = unitWord(unit, quantity.abs().compareTo(BigDecimal.ONE) == 0);
        return word.isEmpty() ? number : number + " " + word;
    }

    private static String unitWord(QuantityUnit unit, boolean one) {
        return switch (unit) {
            case ONE -> "";
            case INHABITANT -> one ? "inwoner" : "inwoners";
            case MONTH -> one ? "maand" : "maanden";
        };
    }

    /** {@code € 0,15 per inwoner}, {@code € 15.216,90 per 12 maanden}, {@code € 3.500,00}. */
    private static String price(InvoiceLine line) {
        String price = euros(line.unitPrice());
        if (line.baseQuantity().compareTo(BigDecimal.ONE) != 0) {
            return price + " per " + quantity(line.baseQuantity(), line.unit());
        }
        return line.unit() == QuantityUnit.ONE ? price : price + " per " + unitWord(line.unit(), true);
    }

    private static String vatLabel(VatCategory category, BigDecimal percent) {
        return switch (category) {
            case STANDARD_RATE, ZERO_RATED -> percent(percent);
            case EXEMPT -> "vrijgesteld";
            case OUTSIDE_SCOPE -> "n.v.t.";
        };
    }

    private static String percent(BigDecimal percent) {
        return dutchNumber(percent, Math.max(0, percent.stripTrailingZeros().scale())) + "%";
    }

    /** {@code 7 december 2026}. */
    static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** Text as HTML: the five characters that could end an element or an attribute, escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
