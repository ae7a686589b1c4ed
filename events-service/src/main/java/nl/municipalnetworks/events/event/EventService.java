package nl.municipalnetworks.events.event;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.Platform31Clusters;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.contracts.meeting.MeetingCancelled;
import nl.municipalnetworks.events.access.EventsAccess;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.event.EventDtos.EventData;
import nl.municipalnetworks.events.event.EventDtos.EventView;
import nl.municipalnetworks.events.event.EventDtos.SessionData;
import nl.municipalnetworks.events.registration.RegistrationRepository;
import nl.municipalnetworks.events.registration.WaitingList;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class EventService {

    static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "title", "title", "kind", "kind");
    private static final String DEFAULT_ORDER = "startsAt asc, title asc, id asc";

    private final EventRepository events;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final WaitingList waitingList;
    private final Outbox outbox;

    EventService(EventRepository events, SessionRepository sessions, RegistrationRepository registrations,
                 WaitingList waitingList, Outbox outbox) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.waitingList = waitingList;
        this.outbox = outbox;
    }

    /**
     * The events of a network the caller may read: everyone the PUBLIC ones; those who work in the network also the
     * MEMBERS ones; its board and secretariat all; a partner also those it organises. {@code year}: those starting in
     * that Dutch calendar year.
     */
    @WithSession
    public Uni<Page<EventView>> list(Caller caller, String network, Integer year, EventKind kind, EventStatus status,
                                     String sort, PageRequest page) {
        Where where = visibleIn(caller, network)
                .and("kind = :kind", "kind", kind)
                .and("status = :status", "status", status);
        if (year != null) {
            where.always("startsAt >= :from and startsAt < :to", Map.of("from", Times.startOfYear(year), "to", Times.startOfYear(year + 1)));
        }
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        return PagedQuery.find(events, where, orderBy, page).flatMap(found -> views(found.items()).map(found::withItems));
    }

    /** All events of a network in a year that the caller may read, for the calendar (no paging: a year is short). */
    @WithSession
    public Uni<List<EventView>> year(Caller caller, String network, int year) {
        Where where = visibleIn(caller, network)
                .always("startsAt >= :from and startsAt < :to", Map.of("from", Times.startOfYear(year), "to", Times.startOfYear(year + 1)));
        return events.list(where.condition() + " order by " + DEFAULT_ORDER, where.parameters()).flatMap(this::views);
    }

    /** The HQL condition for "events of this network that this caller may read". */
    static Where visibleIn(Caller caller, String network) {
        Where where = new Where().always(Networks.CONTAINS, Map.of("networkPattern", Networks.pattern(network)));
        if (caller.hasIn(Role.SECRETARIAT, network) || caller.hasIn(Role.BOARD, network)) {
            return where;
        }
        List<Audience> audiences = EventsAccess.worksIn(caller, List.of(network))
                ? List.of(Audience.PUBLIC, Audience.MEMBERS) : List.of(Audience.PUBLIC);
        if (caller.has(Role.PARTNER) && caller.username() != null) {
            return where.always("(audience in :audiences or organisedBy = :me)", Map.of("audiences", audiences, "me", caller.username()));
        }
        return where.always("audience in :audiences", Map.of("audiences", audiences));
    }

    @WithSession
    public Uni<EventView> get(Caller caller, UUID id) {
        return events.getExisting(id).invoke(event -> EventsAccess.requireMayRead(caller, event.scope()))
                .flatMap(event -> view(event));
    }

    @WithSession
    public Uni<EventEntity> getReadable(Caller caller, UUID id) {
        return events.getExisting(id).invoke(event -> EventsAccess.requireMayRead(caller, event.scope()));
    }

    @WithTransaction
    public Uni<EventView> create(Caller caller, EventData request) {
        List<String> others = request.otherNetworks() == null ? List.of() : request.otherNetworks();
        List<String> networks = Networks.split(Networks.join(request.network(), others));
        EventsAccess.requireMayCreate(caller, request.network(), networks);
        boolean byPartner = !caller.hasIn(Role.SECRETARIAT, request.network()) && EventsAccess.isPartnerIn(caller, networks);
        if (byPartner && (request.partner() == null || request.partner().isBlank())) {
            throw ProblemException.invalid("partner", "is required when a partner organises the event: the partner's name");
        }
        EventEntity event = new EventEntity();
        event.id = UUID.randomUUID();
        event.network = request.network();
        event.networks = Networks.join(request.network(), others);
        event.organisedBy = byPartner ? caller.username() : null;
        event.status = EventStatus.PLANNED;
        event.createdAt = Times.now();
        apply(event, request);
        return events.persist(event).flatMap(this::view);
    }

    /** Changes an event's details (not its networks or status); a calendar client picks the change up (SEQUENCE). */
    @WithTransaction
    public Uni<EventView> update(Caller caller, UUID id, EventData request) {
        return events.getLocked(id).flatMap(event -> {
            EventsAccess.requireMayOrganise(caller, event.scope());
            List<String> others = request.otherNetworks() == null ? List.of() : request.otherNetworks();
            if (!event.networks.equals(Networks.join(request.network(), others))) {
                throw ProblemException.conflict("network", "the networks of an event do not change: it is of " + event.networks);
            }
            if (!event.status.isLive()) {
                throw ProblemException.conflict("an event that is " + event.status + " does not change");
            }
            Integer capacityBefore = event.capacity;
            apply(event, request);
            event.sequence++;
            boolean moreSeats = event.capacity == null ? capacityBefore != null
                    : capacityBefore != null && event.capacity > capacityBefore;
            return (moreSeats ? events.flush().flatMap(ignored -> waitingList.promote(event)) : Uni.createFrom().item(List.<UUID>of()))
                    .flatMap(ignored -> view(event));
        });
    }

    /** Opens, closes, marks held or cancels (see {@link EventStatus}); a cancellation is announced. */
    @WithTransaction
    public Uni<EventView> changeStatus(Caller caller, UUID id, EventStatus target) {
        return events.getLocked(id).flatMap(event -> {
            EventsAccess.requireMayOrganise(caller, event.scope());
            String refusal = event.status.refusalOfChangeTo(target, event.startsAt.toInstant(), Instant.now());
            if (refusal != null) {
                throw ProblemException.conflict("status", refusal);
            }
            event.status = target;
            event.sequence++;
            event.updatedAt = Times.now();
            Uni<Void> announced = target != EventStatus.CANCELLED ? Uni.createFrom().voidItem()
                    : registrations.liveOfEvent(event.id).flatMap(live -> outbox.record(new MeetingCancelled(event.id,
                            event.networkList(), event.title, Times.dutch(event.startsAt), live.intValue())));
            return announced.flatMap(ignored -> view(event));
        });
    }

    @WithTransaction
    public Uni<EventView> addSession(Caller caller, UUID eventId, SessionData request) {
        return events.getLocked(eventId).flatMap(event -> {
            EventsAccess.requireMayOrganise(caller, event.scope());
            if (!event.status.isLive()) {
                throw ProblemException.conflict("an event that is " + event.status + " gets no new sessions");
            }
            SessionEntity session = new SessionEntity();
            session.id = UUID.randomUUID();
            session.eventId = event.id;
            session.title = request.title().strip();
            session.startsAt = Times.required("startsAt", request.startsAt());
            session.endsAt = Times.required("endsAt", request.endsAt());
            session.place = blankToNull(request.place());
            session.capacity = request.capacity();
            if (request.cluster() != null) {
                session.cluster = Platform31Clusters.canonical(request.cluster());
                if (session.cluster == null) {
                    throw ProblemException.invalid("cluster", "is not one of the seven Platform31 clusters: "
                            + String.join(", ", Platform31Clusters.NAMES));
                }
                if (session.capacity != null) {
                    throw ProblemException.invalid("capacity", "a breakout group for a cluster takes every registrant of that "
                            + "cluster and has no capacity of its own");
                }
            }
            if (!session.endsAt.isAfter(session.startsAt)) {
                throw ProblemException.invalid("endsAt", "must be after startsAt");
            }
            if (session.startsAt.isBefore(event.startsAt) || session.endsAt.isAfter(event.endsAt)) {
                throw ProblemException.invalid("startsAt", "a session lies within its event: " + Times.dutch(event.startsAt)
                        + " to " + Times.dutch(event.endsAt));
            }
            Uni<List<SessionEntity>> existingGroups = session.cluster == null ? Uni.createFrom().item(List.of()) : sessions.ofEvent(event.id);
            return existingGroups.flatMap(existing -> {
                if (session.cluster != null && existing.stream().anyMatch(s -> session.cluster.equals(s.cluster))) {
                    throw ProblemException.conflict("cluster", "this event has a breakout group for " + session.cluster + " already");
                }
                event.sequence++;
                event.updatedAt = Times.now();
                return sessions.persist(session);
            }).flatMap(ignored -> view(event));
        });
    }

    /** Copies a request's details onto an event, checked: a 400 naming the field otherwise. */
    static void apply(EventEntity event, EventData request) {
        OffsetDateTime startsAt = Times.required("startsAt", request.startsAt());
        OffsetDateTime endsAt = Times.required("endsAt", request.endsAt());
        OffsetDateTime deadline = Times.optional("registrationDeadline", request.registrationDeadline());
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt " + Times.dutch(startsAt));
        }
        if (endsAt.isAfter(startsAt.plusDays(14))) {
            throw ProblemException.invalid("endsAt", "an event lasts at most 14 days");
        }
        if (deadline != null && deadline.isAfter(startsAt)) {
            throw ProblemException.invalid("registrationDeadline", "must not be after startsAt " + Times.dutch(startsAt));
        }
        String place = blankToNull(request.place());
        String link = blankToNull(request.onlineLink());
        if (place == null && link == null) {
            throw ProblemException.invalid("place", "a place or an onlineLink is required");
        }
        if (link != null) {
            checkLink(link);
        }
        event.partner = blankToNull(request.partner());
        event.kind = request.kind();
        event.title = request.title().strip();
        event.description = blankToNull(request.description());
        event.startsAt = startsAt;
        event.endsAt = endsAt;
        event.place = place;
        event.onlineLink = link;
        event.pillar = blankToNull(request.pillar());
        event.theme = blankToNull(request.theme());
        event.audience = request.audience();
        event.capacity = request.capacity();
        event.registrationDeadline = deadline;
        event.updatedAt = Times.now();
    }

    private static void checkLink(String link) {
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw ProblemException.invalid("onlineLink", "must be an https link");
            }
        } catch (java.net.URISyntaxException e) {
            throw ProblemException.invalid("onlineLink", "must be an https link");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Uni<EventView> view(EventEntity event) {
        return views(List.of(event)).map(found -> found.get(0));
    }

    private Uni<List<EventView>> views(List<EventEntity> found) {
        List<UUID> ids = found.stream().map(e -> e.id).filter(Objects::nonNull).toList();
        return events.flush().flatMap(ignored -> sessions.ofEvents(ids)).flatMap(all -> registrations.countsOf(ids)
                .map(counts -> {
                    List<EventView> views = new ArrayList<>();
                    found.forEach(e -> views.add(EventMapper.view(e, all, counts)));
                    return views;
                }));
    }
}
