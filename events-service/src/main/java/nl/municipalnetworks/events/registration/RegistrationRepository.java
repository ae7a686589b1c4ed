package nl.municipalnetworks.events.registration;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<RegistrationEntity, UUID> {

    /** A registration of this event: 404 when there is none (or it belongs to another event). */
    public Uni<RegistrationEntity> getOf(UUID eventId, UUID id) {
        return findById(id).map(found -> {
            if (found == null || !found.eventId.equals(eventId)) {
                throw ProblemException.notFound("Registration", id);
            }
            return found;
        });
    }

    /** Confirmed registrations of the event: in all, and per session (one query: this is counted under the event's lock). */
    public Uni<Confirmed> confirmedOf(UUID eventId) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select r.sessionId, count(r) from RegistrationEntity r where r.eventId = :e and r.status = :s "
                                + "group by r.sessionId", Object[].class)
                .setParameter("e", eventId).setParameter("s", RegistrationStatus.CONFIRMED).getResultList())
                .map(rows -> {
                    long total = 0;
                    Map<UUID, Long> perSession = new HashMap<>();
                    for (Object[] row : rows) {
                        total += (Long) row[1];
                        if (row[0] != null) {
                            perSession.put((UUID) row[0], (Long) row[1]);
                        }
                    }
                    return new Confirmed(total, perSession);
                });
    }

    public record Confirmed(long total, Map<UUID, Long> perSession) {
    }

    public Uni<List<RegistrationEntity>> waitingInOrder(UUID eventId) {
        return list("eventId = ?1 and status = ?2 order by number", eventId, RegistrationStatus.WAITING);
    }

    /** The first {@code count} of the waiting list. */
    public Uni<List<RegistrationEntity>> firstWaiting(UUID eventId, int count) {
        return find("eventId = ?1 and status = ?2 order by number", eventId, RegistrationStatus.WAITING).range(0, count - 1).list();
    }

    /**
     * A waiting registration's place on its event's waiting list (1: the next to get a seat), counted in the index
     * rather than read: the list of a popular event runs into thousands, and this is asked under the event's lock.
     */
    public Uni<Integer> waitingPosition(UUID eventId, long number) {
        return count("eventId = ?1 and status = ?2 and number <= ?3", eventId, RegistrationStatus.WAITING, number)
                .map(Long::intValue);
    }

    public Uni<Long> liveWithEmail(UUID eventId, String email) {
        return count("eventId = ?1 and lower(email) = ?2 and status <> ?3", eventId, email.toLowerCase(java.util.Locale.ROOT),
                RegistrationStatus.CANCELLED);
    }

    public Uni<Long> liveOfEvent(UUID eventId) {
        return count("eventId = ?1 and status <> ?2", eventId, RegistrationStatus.CANCELLED);
    }

    /** Counts per event (or session) and status, for the seats shown with events: key "id|STATUS". */
    public Uni<Map<String, Long>> countsOf(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select r.eventId, r.sessionId, r.status, count(r) from RegistrationEntity r where r.eventId in :e "
                                + "and r.status <> :c group by r.eventId, r.sessionId, r.status", Object[].class)
                .setParameter("e", eventIds).setParameter("c", RegistrationStatus.CANCELLED).getResultList())
                .map(rows -> {
                    Map<String, Long> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        String status = row[2].toString();
                        counts.merge(row[0] + "|" + status, (Long) row[3], Long::sum);
                        if (row[1] != null) {
                            counts.merge(row[1] + "|" + status, (Long) row[3], Long::sum);
                        }
                    }
                    return counts;
                });
    }
}
