package nl.municipalnetworks.events.breakout;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.Platform31Clusters;
import nl.municipalnetworks.events.access.EventsAccess;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.breakout.BreakoutDtos.BreakoutData;
import nl.municipalnetworks.events.breakout.BreakoutDtos.ClusterBreakoutsView;
import nl.municipalnetworks.events.breakout.BreakoutDtos.GroupView;
import nl.municipalnetworks.events.breakout.BreakoutDtos.PlacedByRuleView;
import nl.municipalnetworks.events.breakout.BreakoutPlacement.Group;
import nl.municipalnetworks.events.breakout.BreakoutPlacement.Placement;
import nl.municipalnetworks.events.event.EventEntity;
import nl.municipalnetworks.events.event.EventRepository;
import nl.municipalnetworks.events.event.SessionEntity;
import nl.municipalnetworks.events.event.SessionRepository;
import nl.municipalnetworks.events.member.KnownMunicipality;
import nl.municipalnetworks.events.member.MemberView;
import nl.municipalnetworks.events.registration.RegistrationEntity;
import nl.municipalnetworks.events.registration.RegistrationRepository;
import nl.municipalnetworks.events.registration.RegistrationStatus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Breakout groups per Platform31 cluster (the Platform31 webinar of 11 December: "daarna splitsen we op in zeven
 * groepen"). The organiser creates them once; every live registration (confirmed or waiting) that is not for another
 * session is then placed by {@link BreakoutPlacement}, and so is every later registration that names no session.
 * Placing again (after member-service announced clusters) moves people whose cluster became known. All under the
 * event's row lock, like every change to the event's registrations.
 */
@ApplicationScoped
public class ClusterBreakouts {

    private final EventRepository events;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final MemberView members;

    ClusterBreakouts(EventRepository events, SessionRepository sessions, RegistrationRepository registrations, MemberView members) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.members = members;
    }

    /** Creates the groups that are missing (one per cluster) and places every registrant. */
    @WithTransaction
    public Uni<ClusterBreakoutsView> createAndPlace(Caller caller, UUID eventId, BreakoutData request) {
        return events.getLocked(eventId).flatMap(event -> {
            EventsAccess.requireMayOrganise(caller, event.scope());
            if (!event.status.isLive()) {
                throw ProblemException.conflict("an event that is " + event.status + " gets no breakout groups");
            }
            OffsetDateTime startsAt = request.startsAt() == null ? event.startsAt : Times.required("startsAt", request.startsAt());
            OffsetDateTime endsAt = request.endsAt() == null ? event.endsAt : Times.required("endsAt", request.endsAt());
            if (!endsAt.isAfter(startsAt)) {
                throw ProblemException.invalid("endsAt", "must be after startsAt " + Times.dutch(startsAt));
            }
            if (startsAt.isBefore(event.startsAt) || endsAt.isAfter(event.endsAt)) {
                throw ProblemException.invalid("startsAt", "the groups meet within the event: " + Times.dutch(event.startsAt)
                        + " to " + Times.dutch(event.endsAt));
            }
            return sessions.ofEvent(event.id).flatMap(existing -> {
                Set<String> present = existing.stream().map(s -> s.cluster).filter(Objects::nonNull).collect(Collectors.toSet());
                List<SessionEntity> missing = new ArrayList<>();
                for (String cluster : Platform31Clusters.NAMES) {
                    if (!present.contains(cluster)) {
                        SessionEntity group = new SessionEntity();
                        group.id = UUID.randomUUID();
                        group.eventId = event.id;
                        group.title = "Breakout " + cluster;
                        group.startsAt = startsAt;
                        group.endsAt = endsAt;
                        group.place = request.place() == null || request.place().isBlank() ? event.place : request.place().strip();
                        group.cluster = cluster;
                        missing.add(group);
                    }
                }
                if (missing.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                event.sequence++;
                event.updatedAt = Times.now();
                return sessions.persist(missing).flatMap(ignored -> sessions.flush());
            }).flatMap(ignored -> placeAll(event)).flatMap(ignored -> view(event));
        });
    }

    @WithSession
    public Uni<ClusterBreakoutsView> get(Caller caller, UUID eventId) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayReadAllRegistrations(caller, event.scope());
            return view(event);
        });
    }

    /**
     * The group for a new registration of a locked event that names no session: its cluster's, or by the rule;
     * null when the event has no cluster breakouts (then without a query: this runs under the event's lock).
     */
    public Uni<Placement> placeNew(EventEntity event, List<SessionEntity> sessionsOfEvent, KnownMunicipality municipality) {
        List<Group> groups = groups(sessionsOfEvent);
        if (groups.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return registrations.getSession().flatMap(session -> session.createSelectionQuery(
                        "select r.sessionId, count(r) from RegistrationEntity r where r.eventId = :e and r.status <> :cancelled "
                                + "and r.sessionId in :groups group by r.sessionId", Object[].class)
                .setParameter("e", event.id).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .setParameter("groups", groups.stream().map(Group::sessionId).toList()).getResultList())
                .map(rows -> {
                    Map<UUID, Integer> sizes = new HashMap<>();
                    rows.forEach(row -> sizes.put((UUID) row[0], ((Long) row[1]).intValue()));
                    return BreakoutPlacement.placeNew(groups, sizes, municipality == null ? null : municipality.cluster);
                });
    }

    private Uni<Void> placeAll(EventEntity event) {
        return sessions.ofEvent(event.id).map(ClusterBreakouts::groups).flatMap(groups -> liveIn(event.id).flatMap(live -> municipalitiesOf(live).map(known -> {
            List<BreakoutPlacement.Registrant> registrants = live.stream().map(r -> new BreakoutPlacement.Registrant(r.id,
                    r.municipalityId == null ? null : known.get(r.municipalityId).cluster, r.sessionId, r.placedByRule)).toList();
            List<Placement> placements = BreakoutPlacement.place(groups, registrants);
            for (int i = 0; i < live.size(); i++) {
                live.get(i).sessionId = placements.get(i).sessionId();
                live.get(i).placedByRule = placements.get(i).byRule();
            }
            return null;
        })));
    }

    /** The event's cluster groups in the report's order. */
    private static List<Group> groups(List<SessionEntity> sessionsOfEvent) {
        return sessionsOfEvent.stream().filter(s -> s.cluster != null)
                .sorted(Comparator.comparingInt(s -> Platform31Clusters.NAMES.indexOf(s.cluster)))
                .map(s -> new Group(s.id, s.cluster)).toList();
    }

    /** Live registrations that are in a cluster group or in no session, in registration order. */
    private Uni<List<RegistrationEntity>> liveIn(UUID eventId) {
        return registrations.list("eventId = ?1 and status <> ?2 and (sessionId is null or sessionId in "
                        + "(select s.id from SessionEntity s where s.eventId = ?1 and s.cluster is not null)) order by number",
                eventId, RegistrationStatus.CANCELLED);
    }

    private Uni<Map<UUID, KnownMunicipality>> municipalitiesOf(List<RegistrationEntity> live) {
        return members.municipalities(live.stream().map(r -> r.municipalityId).filter(Objects::nonNull).distinct().toList());
    }

    private Uni<ClusterBreakoutsView> view(EventEntity event) {
        return sessions.ofEvent(event.id).flatMap(all -> liveIn(event.id).flatMap(live -> municipalitiesOf(live).map(known -> {
            List<SessionEntity> clusterGroups = all.stream().filter(s -> s.cluster != null)
                    .sorted(Comparator.comparingInt(s -> Platform31Clusters.NAMES.indexOf(s.cluster))).toList();
            Map<UUID, String> clusterOf = new HashMap<>();
            clusterGroups.forEach(s -> clusterOf.put(s.id, s.cluster));
            Map<UUID, Long> sizes = live.stream().filter(r -> r.sessionId != null)
                    .collect(Collectors.groupingBy(r -> r.sessionId, Collectors.counting()));
            List<GroupView> groups = clusterGroups.stream().map(s -> new GroupView(s.id, s.cluster, s.title, Times.dutch(s.startsAt),
                    Times.dutch(s.endsAt), sizes.getOrDefault(s.id, 0L))).toList();
            List<PlacedByRuleView> byRule = live.stream().filter(r -> r.placedByRule).map(r -> {
                KnownMunicipality m = r.municipalityId == null ? null : known.get(r.municipalityId);
                return new PlacedByRuleView(r.id, r.name, r.municipalityId, m == null ? null : m.name,
                        m == null ? "GUEST" : "NO_CLUSTER", r.sessionId, clusterOf.get(r.sessionId));
            }).toList();
            return new ClusterBreakoutsView(event.id, BreakoutPlacement.RULE, groups, byRule);
        })));
    }
}
