package nl.municipalnetworks.finance.bill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A stored bill the network pays, booked on a line of its budget of the bill's year. */
@Entity(name = "BillEntity")
@Table(name = "bill")
public class BillEntity {

    @Id
    public UUID id;

    public String network;

    /** The year of {@link #billDate}: the budget it is booked in. */
    public int year;

    public String supplier;

    /** The supplier's own number of the bill; a bill of a supplier with that number is entered once. */
    @Column(name = "supplier_reference")
    public String supplierReference;

    public String description;

    @Column(name = "amount_excl_vat")
    public BigDecimal amountExclVat;

    @Column(name = "amount_incl_vat")
    public BigDecimal amountInclVat;

    @Column(name = "bill_date")
    public LocalDate billDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The code of the budget line ({@code PLATFORM31}). */
    @Column(name = "budget_line")
    public String budgetLine;

    @Enumerated(EnumType.STRING)
    public BillStatus status;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "paid_on")
    public LocalDate paidOn;
}
