package nl.municipalnetworks.events.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "decision")
public class DecisionEntity {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public DecisionKind kind;

    public String text;

    @Column(name = "budget_network")
    public String budgetNetwork;

    @Column(name = "budget_year")
    public Integer budgetYear;

    @Column(name = "budget_id")
    public UUID budgetId;

    @Column(name = "accounts_network")
    public String accountsNetwork;

    @Column(name = "accounts_year")
    public Integer accountsYear;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
