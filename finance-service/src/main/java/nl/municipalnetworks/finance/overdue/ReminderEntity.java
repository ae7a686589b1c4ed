package nl.municipalnetworks.finance.overdue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A step taken about an overdue invoice: a reminder sent, or the referral to the board; who recorded it when. */
@Entity(name = "ReminderEntity")
@Table(name = "invoice_reminder")
public class ReminderEntity {

    @Id
    public UUID id;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Enumerated(EnumType.STRING)
    public ReminderStep step;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
