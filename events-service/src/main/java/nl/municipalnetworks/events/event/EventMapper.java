package nl.municipalnetworks.events.event;

import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.event.EventDtos.EventView;
import nl.municipalnetworks.events.event.EventDtos.Seats;
import nl.municipalnetworks.events.event.EventDtos.SessionView;

import java.util.List;
import java.util.Map;

public final class EventMapper {

    private EventMapper() {
    }

    /** @param counts live registrations per event or session and status ("id|CONFIRMED"), see RegistrationRepository */
    public static EventView view(EventEntity e, List<SessionEntity> sessions, Map<String, Long> counts) {
        List<SessionView> sessionViews = sessions.stream().filter(s -> s.eventId.equals(e.id))
                .map(s -> new SessionView(s.id, s.title, Times.dutch(s.startsAt), Times.dutch(s.endsAt), s.place, s.cluster,
                        Seats.of(s.capacity, count(counts, s.id, "CONFIRMED"), count(counts, s.id, "WAITING"))))
                .toList();
        return new EventView(e.id, e.network, e.networkList(), e.partner, e.organisedBy != null, e.kind, e.title,
                e.description, Times.dutch(e.startsAt), Times.dutch(e.endsAt), e.place, e.onlineLink, e.pillar, e.theme,
                e.audience, Times.dutch(e.registrationDeadline), e.status, e.sequence, Times.dutch(e.updatedAt),
                Seats.of(e.capacity, count(counts, e.id, "CONFIRMED"), count(counts, e.id, "WAITING")), sessionViews);
    }

    private static long count(Map<String, Long> counts, Object id, String status) {
        return counts.getOrDefault(id + "|" + status, 0L);
    }
}
