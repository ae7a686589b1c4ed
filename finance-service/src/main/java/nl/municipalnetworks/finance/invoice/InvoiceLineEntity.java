package nl.municipalnetworks.finance.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** One stored line of an invoice, as the domain's {@link InvoiceLine} computed it. */
@Entity(name = "InvoiceLineEntity")
@Table(name = "invoice_line")
public class InvoiceLineEntity {

    @Id
    public UUID id;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    public int position;

    public String description;

    public BigDecimal quantity;

    public String unit;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    @Column(name = "base_quantity")
    public BigDecimal baseQuantity;

    @Column(name = "net_amount")
    public BigDecimal netAmount;

    @Column(name = "vat_category")
    public String vatCategory;

    @Column(name = "vat_percent")
    public BigDecimal vatPercent;
}
