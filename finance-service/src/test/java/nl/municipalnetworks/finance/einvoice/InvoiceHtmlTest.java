package nl.municipalnetworks.finance.einvoice;

import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.party.BillingDetails;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.municipalnetworks.finance.einvoice.BillingFixtures.DEVENTER;
import static nl.municipalnetworks.finance.einvoice.BillingFixtures.MEIERIJSTAD;
import static nl.municipalnetworks.finance.einvoice.BillingFixtures.PLATFORM31;
import static nl.municipalnetworks.finance.einvoice.BillingFixtures.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

class InvoiceHtmlTest {

    @Test
    void deventersInvoiceReadsInDutchWithDutchAmounts() {
        BillingFixtures.Invoice invoice = BillingFixtures.deventer2026();
        String html = InvoiceHtml.render(EInvoice.of(invoice.entity(), invoice.lines(), PLATFORM31, DEVENTER));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">", "<meta charset=\"utf-8\">");
        assertThat(html).contains("<h1>Factuur</h1>", "<th>Factuurnummer</th><td>2026-000001</td>",
                "<th>Factuurdatum</th><td>15 januari 2026</td>", "<th>Vervaldatum</th><td>14 februari 2026</td>",
                "<th>Betalingskenmerk</th><td>G40-2026-000001</td>", "<th>Uw referentie</th><td>GM0150</td>");
        assertThat(html).contains("101.446 inwoners", "€ 0,15 per inwoner", "<td class=\"num\">21%</td>");
        assertThat(html).contains("<th>Totaal excl. BTW</th><td class=\"num\">€ 15.216,90</td>",
                "<th>BTW 21% over € 15.216,90</th><td class=\"num\">€ 3.195,55</td>",
                "<tr class=\"total\"><th>Totaal</th><td class=\"num\">€ 18.412,45</td>");
        assertThat(html).contains("Gelieve € 18.412,45 uiterlijk 14 februari 2026 over te maken op NL20 INGB 0001 2345 67 "
                + "ten name van Stichting Platform31, onder vermelding van betalingskenmerk G40-2026-000001.");
        assertThat(html).contains("BTW-nummer NL809999990B01", "KvK 41150129", "Gemeente Deventer", "7411 KT");
    }

    @Test
    void anM50InvoiceSaysItIsNotSubjectToVat() {
        BillingFixtures.Invoice invoice = BillingFixtures.zeistM50_2026();
        String html = InvoiceHtml.render(EInvoice.of(invoice.entity(), invoice.lines(), MEIERIJSTAD, ZEIST));
        assertThat(html).contains("<td class=\"num\">n.v.t.</td>",
                "<th>BTW: niet onderworpen aan btw, over € 3.500,00</th><td class=\"num\">€ 0,00</td>",
                "<tr class=\"total\"><th>Totaal</th><td class=\"num\">€ 3.500,00</td>", "<th>Uw referentie</th><td>M50-contributie</td>",
                "OIN 00000001823288444000");
    }

    @Test
    void everyTextFromDataIsEscaped() {
        BillingFixtures.Invoice invoice = BillingFixtures.deventer2026();
        invoice.lines().get(0).description = "<script>alert('x')</script> & \"co\"";
        BillingDetails seller = new BillingDetails.Draft("Stichting <b>Platform31</b>", "Voorbeeldstraat 31",
                "2500 FK", "'s-Gravenhage", "NL", "41150129", null, "NL809999990B01", "NL20INGB0001234567", null,
                "facturen@platform31.example", "0106", "<img src=x>").parse();
        String html = InvoiceHtml.render(EInvoice.of(invoice.entity(), invoice.lines(), seller, DEVENTER));
        assertThat(html).doesNotContain("<script>", "<b>Platform31", "<img");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;",
                "Stichting &lt;b&gt;Platform31&lt;/b&gt;", "&#39;s-Gravenhage");
    }

    @Test
    void amountsAndDatesInDutchNotation() {
        assertThat(InvoiceHtml.euros(Money.euros("15216.90"))).isEqualTo("€ 15.216,90");
        assertThat(InvoiceHtml.euros(Money.euros("1234567.05"))).isEqualTo("€ 1.234.567,05");
        assertThat(InvoiceHtml.euros(Money.euros("-350"))).isEqualTo("€ -350,00");
        assertThat(InvoiceHtml.euros(Money.euros("0.5"))).isEqualTo("€ 0,50");
        assertThat(InvoiceHtml.euros(new BigDecimal("0.150000"))).isEqualTo("€ 0,15");
        assertThat(InvoiceHtml.euros(new BigDecimal("0.123456"))).isEqualTo("€ 0,123456");
        assertThat(InvoiceHtml.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 maart 2027");
    }
}
