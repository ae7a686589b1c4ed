package nl.municipalnetworks.gateway.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The audit query's answer. */
public final class AuditDtos {

    /** Times are shown in the Netherlands' time (Europe/Amsterdam, with its offset); stored as UTC instants. */
    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private AuditDtos() {
    }

    /**
     * One recorded write. {@code status} is what the caller got: the service's answer, or the gateway's own refusal.
     * {@code subject}, {@code username}, {@code clientId} and {@code network} come from the verified token; all four
     * are absent for anonymous callers and for refused (401) tokens.
     */
    public record AuditRecordView(long id, OffsetDateTime occurredAt, String requestId, String method, String path,
                                  int status, String subject, String username, String clientId, String network) {

        static AuditRecordView of(AuditRecord record) {
            return new AuditRecordView(record.id, record.occurredAt.atZone(DUTCH).toOffsetDateTime(), record.requestId,
                    record.method, record.path, record.status, record.subject, record.username, record.clientId,
                    record.network);
        }
    }

    /** One page, as the services page: numbered from 1. */
    public record AuditRecordPage(List<AuditRecordView> items, int page, int pageSize, long totalItems, int totalPages) {
    }
}
