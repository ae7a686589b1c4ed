package nl.municipalnetworks.gateway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One write that passed the gateway (table {@code audit_record}); never leaves the audit package. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "request_id", nullable = false)
    public String requestId;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public short status;

    public String subject;

    public String username;

    @Column(name = "client_id")
    public String clientId;

    public String network;

    static AuditRecord of(AuditEntry entry) {
        AuditRecord record = new AuditRecord();
        record.occurredAt = entry.occurredAt();
        record.requestId = entry.requestId();
        record.method = entry.method();
        record.path = entry.path();
        record.status = (short) entry.status();
        record.subject = entry.subject();
        record.username = entry.username();
        record.clientId = entry.clientId();
        record.network = entry.network();
        return record;
    }
}
