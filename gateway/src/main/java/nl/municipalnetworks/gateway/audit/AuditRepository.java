package nl.municipalnetworks.gateway.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditRecord> {

    /** The page of records that match, newest first. */
    public Uni<List<AuditRecord>> find(AuditFilter filter, int pageIndex, int pageSize) {
        Where where = where(filter);
        return find(where.query, Sort.descending("occurredAt", "id"), where.parameters)
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public Uni<Long> count(AuditFilter filter) {
        Where where = where(filter);
        return count(where.query, where.parameters);
    }

    /** Deletes up to {@code batchSize} of the records from before {@code cutoff}; returns how many it deleted. */
    public Uni<Integer> deleteBatchBefore(Instant cutoff, int batchSize) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "delete from audit_record where id in (select id from audit_record where occurred_at < :cutoff "
                                + "order by occurred_at limit :batch)")
                .setParameter("cutoff", cutoff)
                .setParameter("batch", batchSize)
                .executeUpdate());
    }

    private record Where(String query, Parameters parameters) {
    }

    private static Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.from() != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.network() != null) {
            conditions.add("network = :network");
            parameters.and("network", filter.network());
        }
        if (filter.client() != null) {
            conditions.add("clientId = :client");
            parameters.and("client", filter.client());
        }
        if (filter.user() != null) {
            conditions.add("(subject = :user or username = :user)");
            parameters.and("user", filter.user());
        }
        if (filter.method() != null) {
            conditions.add("method = :method");
            parameters.and("method", filter.method());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status().shortValue());
        }
        if (filter.requestId() != null) {
            conditions.add("requestId = :requestId");
            parameters.and("requestId", filter.requestId());
        }
        return new Where(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters);
    }
}
