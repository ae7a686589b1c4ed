package nl.municipalnetworks.finance.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A stored version of a network's budget for a year; its lines apart ({@link BudgetLineEntity}). */
@Entity(name = "BudgetEntity")
@Table(name = "budget")
public class BudgetEntity {

    @Id
    public UUID id;

    public String network;

    public int year;

    /** 1 for the budget, 2 and up for its amendments. */
    public int version;

    @Enumerated(EnumType.STRING)
    public BudgetStatus status;

    /** The adopted version this amendment replaces once adopted; null for version 1. */
    @Column(name = "amends_budget_id")
    public UUID amendsBudgetId;

    /** The adopted amendment that replaced this version; null unless SUPERSEDED. */
    @Column(name = "superseded_by_budget_id")
    public UUID supersededByBudgetId;

    @Column(name = "created_on")
    public LocalDate createdOn;

    @Column(name = "proposed_on")
    public LocalDate proposedOn;

    @Column(name = "meeting_name")
    public String meetingName;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    @Column(name = "decided_by")
    public String decidedBy;

    /** Who recorded the adoption here: the treasurer's user name, or the event that reported the decision. */
    @Column(name = "adoption_recorded_by")
    public String adoptionRecordedBy;
}
