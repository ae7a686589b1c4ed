package nl.municipalnetworks.finance.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A network's annual accounts of a year, adopted by its general assembly: the year's books are closed. */
@Entity(name = "AccountsAdoptionEntity")
@Table(name = "annual_accounts_adoption")
public class AccountsAdoptionEntity {

    @Id
    public UUID id;

    public String network;

    public int year;

    /** The day of the meeting (Europe/Amsterdam). */
    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    /** events-service's event of the general assembly; null when recorded by hand without one. */
    @Column(name = "meeting_event_id")
    public UUID meetingEventId;

    @Column(name = "meeting_title")
    public String meetingTitle;

    /** The decision: events-service's decision id, or the one the treasurer's request gave or got; once. */
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "decided_by")
    public String decidedBy;

    /** Who recorded it here: the treasurer's user name, or the event that reported the decision. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
