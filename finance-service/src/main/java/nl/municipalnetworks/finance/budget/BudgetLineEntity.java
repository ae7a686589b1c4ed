package nl.municipalnetworks.finance.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A stored line of a budget version. */
@Entity(name = "BudgetLineEntity")
@Table(name = "budget_line")
public class BudgetLineEntity {

    @Id
    public UUID id;

    @Column(name = "budget_id")
    public UUID budgetId;

    public int position;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public LineKind kind;

    public BigDecimal amount;
}
