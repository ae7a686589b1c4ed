package nl.municipalnetworks.finance.overdue;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<ReminderEntity, UUID> {

    /** The steps taken about each of these invoices, in order. */
    public Uni<Map<UUID, List<ReminderEntity>>> of(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("invoiceId in ?1 order by sentOn, step", invoiceIds)
                .map(found -> found.stream().collect(Collectors.groupingBy(r -> r.invoiceId)));
    }
}
