package nl.municipalnetworks.events.registration;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.events.access.EventsAccess;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.breakout.BreakoutPlacement;
import nl.municipalnetworks.events.breakout.ClusterBreakouts;
import nl.municipalnetworks.events.event.EventEntity;
import nl.municipalnetworks.events.event.EventRepository;
import nl.municipalnetworks.events.event.EventStatus;
import nl.municipalnetworks.events.event.Networks;
import nl.municipalnetworks.events.event.SessionRepository;
import nl.municipalnetworks.events.member.KnownMunicipality;
import nl.municipalnetworks.events.member.MemberView;
import nl.municipalnetworks.events.registration.RegistrationDtos.RegistrationData;
import nl.municipalnetworks.events.registration.RegistrationDtos.RegistrationView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registrations for events. <b>Never more confirmed than seats, also under many requests at once:</b> every change
 * to an event's registrations (a registration, a cancellation, a promotion, an effect of member-events) first locks
 * the event's row ({@code select ... for update}, EventRepository.getLocked) in its transaction. The next one for
 * the same event waits for that transaction to end; under READ COMMITTED each statement sees what committed before
 * it, so the count of confirmed seats it then reads includes the seat just taken or freed. Counting and taking a
 * seat is thereby one step per event, while registrations for different events do not wait for each other. (A
 * SERIALIZABLE transaction would also be correct, but would make the losers of a race fail and retry; the lock
 * queues them instead, and hands out waiting-list numbers in the order the lock was granted.)
 */
@ApplicationScoped
public class RegistrationService {

    private final EventRepository events;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final WaitingList waitingList;
    private final MemberView members;
    private final Outbox outbox;
    private final ClusterBreakouts breakouts;

    RegistrationService(EventRepository events, SessionRepository sessions, RegistrationRepository registrations,
                        WaitingList waitingList, MemberView members, Outbox outbox, ClusterBreakouts breakouts) {
        this.breakouts = breakouts;
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.waitingList = waitingList;
        this.members = members;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<RegistrationView> register(Caller caller, UUID eventId, RegistrationData request) {
        return events.getLocked(eventId).flatMap(event -> {
            EventsAccess.requireMayRegister(caller, event.scope());
            String closed = RegistrationRules.refusalOfRegistration(event.status, event.registrationCloses(), Instant.now());
            if (closed != null) {
                throw ProblemException.conflict(closed);
            }
            return municipalityOf(caller, event, request.municipalityId())
                    .flatMap(municipality -> checkSession(event, request.sessionId())
                            .flatMap(ignored -> registrations.liveWithEmail(event.id, request.email()))
                            .flatMap(existing -> {
                                if (existing > 0) {
                                    throw ProblemException.conflict("email", request.email().toLowerCase(java.util.Locale.ROOT)
                                            + " is already registered for this event");
                                }
                                return sessions.ofEvent(event.id);
                            })
                            .flatMap(sessionsOfEvent -> waitingList.taken(event, sessionsOfEvent).flatMap(taken -> (request.sessionId() != null
                                    ? Uni.createFrom().<BreakoutPlacement.Placement>nullItem()
                                    : breakouts.placeNew(event, sessionsOfEvent, municipality)).flatMap(group -> {
                                RegistrationEntity r = new RegistrationEntity();
                                r.id = UUID.randomUUID();
                                // No session named: the group of the municipality's cluster when the event has cluster breakouts.
                                r.sessionId = group == null ? request.sessionId() : group.sessionId();
                                r.placedByRule = group != null && group.byRule();
                                r.eventId = event.id;
                                r.number = ++event.lastNumber;
                                r.municipalityId = municipality == null ? null : municipality.id;
                                r.name = request.name().strip();
                                r.email = request.email().strip();
                                r.status = SeatAllocation.forNew(taken, r.sessionId);
                                r.registeredBy = caller.username();
                                r.registeredAt = Times.now();
                                r.confirmedAt = r.status == RegistrationStatus.CONFIRMED ? r.registeredAt : null;
                                Uni<Void> announced = r.status == RegistrationStatus.CONFIRMED
                                        ? outbox.record(Announcements.confirmed(event, r)) : Uni.createFrom().voidItem();
                                return registrations.persist(r).flatMap(saved -> announced)
                                        .flatMap(ignored -> view(r, municipality));
                            }))));
        });
    }

    /**
     * Whose registration it is. An official: their own municipality (the token's CBS code), which must be a member of
     * one of the event's networks; a municipalityId of another is refused. The organiser: the municipality named
     * (a member of one of the networks), or none for a guest.
     */
    private Uni<KnownMunicipality> municipalityOf(Caller caller, EventEntity event, UUID requested) {
        LocalDate day = event.startsAt.atZoneSameInstant(DutchTime.ZONE).toLocalDate();
        if (EventsAccess.mayOrganise(caller, event.scope())) {
            if (requested == null) {
                return Uni.createFrom().nullItem();
            }
            return members.municipality("municipalityId", requested).flatMap(m -> members.isMemberOfAny(m.id, event.networkList(), day)
                    .map(member -> {
                        if (!member) {
                            throw ProblemException.invalid("municipalityId", m.name + " is not a member of "
                                    + String.join(" or ", event.networkList()) + " on " + day + "; invite a guest without municipalityId");
                        }
                        return m;
                    }));
        }
        return members.byCbsCode(caller.municipality()).flatMap(own -> {
            if (own == null) {
                throw ProblemException.forbidden("Your municipality (" + caller.municipality() + ") is not known here as a member");
            }
            if (requested != null && !requested.equals(own.id)) {
                throw ProblemException.forbidden("An official registers colleagues of their own municipality only");
            }
            return members.isMemberOfAny(own.id, event.networkList(), day).map(member -> {
                if (!member) {
                    throw ProblemException.forbidden(own.name + " is not a member of " + String.join(" or ", event.networkList())
                            + " on " + day);
                }
                return own;
            });
        });
    }

    private Uni<Void> checkSession(EventEntity event, UUID sessionId) {
        if (sessionId == null) {
            return Uni.createFrom().voidItem();
        }
        return sessions.findById(sessionId).map(session -> {
            if (session == null || !session.eventId.equals(event.id)) {
                throw ProblemException.invalid("sessionId", "this event has no session " + sessionId);
            }
            return null;
        });
    }

    /** Cancels a registration: the official of its municipality, or the organiser; promotes the waiting list. */
    @WithTransaction
    public Uni<RegistrationView> cancel(Caller caller, UUID eventId, UUID registrationId) {
        return events.getLocked(eventId).flatMap(event -> registrations.getOf(eventId, registrationId)
                .flatMap(r -> ownMunicipality(caller, event, r).flatMap(own -> {
                    boolean organiser = EventsAccess.mayOrganise(caller, event.scope());
                    if (!organiser && !own) {
                        throw ProblemException.forbidden("A registration is cancelled by an official of its municipality or by the organiser");
                    }
                    String refusal = RegistrationRules.refusalOfCancellation(event.status, event.startsAt, r.status,
                            r.checkedInAt != null, Instant.now());
                    if (refusal != null) {
                        throw ProblemException.conflict(refusal);
                    }
                    boolean wasConfirmed = r.status == RegistrationStatus.CONFIRMED;
                    markCancelled(r, own ? CancelReason.BY_REGISTRANT : CancelReason.BY_ORGANISER);
                    return outbox.record(Announcements.cancelled(event, r, wasConfirmed))
                            .flatMap(ignored -> registrations.flush())
                            .flatMap(ignored -> wasConfirmed ? waitingList.promote(event) : Uni.createFrom().item(List.<UUID>of()))
                            .flatMap(ignored -> view(r, null));
                })));
    }

    /**
     * Check-in at the door (the organiser). Under the event's lock too: a cancellation of the same registration at the
     * same moment would otherwise be overwritten by the check-in's row (or the other way round).
     */
    @WithTransaction
    public Uni<RegistrationView> checkIn(Caller caller, UUID eventId, UUID registrationId) {
        return events.getLocked(eventId).flatMap(event -> {
            EventsAccess.requireMayOrganise(caller, event.scope());
            return registrations.getOf(eventId, registrationId).flatMap(r -> {
                String refusal = RegistrationRules.refusalOfCheckIn(event.status, r.status, r.checkedInAt != null);
                if (refusal != null) {
                    throw ProblemException.conflict(refusal);
                }
                r.checkedInAt = Times.now();
                return view(r, null);
            });
        });
    }

    @WithSession
    public Uni<Page<RegistrationView>> list(Caller caller, UUID eventId, RegistrationStatus status, UUID sessionId,
                                            PageRequest page) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayReadRegistrations(caller, event.scope());
            Uni<UUID> onlyMunicipality = EventsAccess.mayReadAllRegistrations(caller, event.scope()) ? Uni.createFrom().nullItem()
                    : members.byCbsCode(caller.municipality()).map(own -> own == null ? new UUID(0, 0) : own.id);
            return onlyMunicipality.flatMap(municipality -> {
                Where where = new Where().always("eventId = :eventId", Map.of("eventId", eventId))
                        .and("status = :status", "status", status)
                        .and("sessionId = :sessionId", "sessionId", sessionId)
                        .and("municipalityId = :municipalityId", "municipalityId", municipality);
                return PagedQuery.find(registrations, where, "number asc", page);
            }).flatMap(found -> registrations.waitingInOrder(eventId).flatMap(waiting -> members.municipalities(
                    found.items().stream().map(r -> r.municipalityId).filter(java.util.Objects::nonNull).toList())
                    .map(names -> found.map(r -> RegistrationMapper.view(r,
                            r.municipalityId == null ? null : names.get(r.municipalityId), waiting)))));
        });
    }

    private Uni<Boolean> ownMunicipality(Caller caller, EventEntity event, RegistrationEntity r) {
        if (r.municipalityId == null || !EventsAccess.isOfficialFor(caller, event.scope())) {
            return Uni.createFrom().item(false);
        }
        return members.byCbsCode(caller.municipality()).map(own -> own != null && own.id.equals(r.municipalityId));
    }

    private Uni<RegistrationView> view(RegistrationEntity r, KnownMunicipality municipality) {
        Uni<KnownMunicipality> known = municipality != null || r.municipalityId == null ? Uni.createFrom().item(municipality)
                : members.municipalities(List.of(r.municipalityId)).map(found -> found.get(r.municipalityId));
        return known.flatMap(m -> r.status == RegistrationStatus.WAITING
                ? registrations.flush().flatMap(ignored -> registrations.waitingPosition(r.eventId, r.number))
                        .map(position -> RegistrationMapper.view(r, m, position))
                : Uni.createFrom().item(RegistrationMapper.view(r, m, (Integer) null)));
    }

    private static void markCancelled(RegistrationEntity r, CancelReason reason) {
        r.status = RegistrationStatus.CANCELLED;
        r.cancelledAt = Times.now();
        r.cancelReason = reason;
    }

    // ---- effects of member-service's events (inside the consumer's transaction) ----

    /**
     * A membership of {@code network} ended on {@code endedOn}: the municipality's live registrations for events of that
     * network that start after that day are cancelled (reason MEMBERSHIP_ENDED, announced), unless the municipality is
     * still a member of another of the event's networks then. Attendance is kept: an event that was held, or a
     * registration that was checked in, is not touched. Freed seats go to the waiting list.
     */
    public Uni<Integer> membershipEnded(UUID municipalityId, String network, LocalDate endedOn) {
        OffsetDateTime after = endedOn.plusDays(1).atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        return members.membershipsOf(municipalityId).flatMap(memberships -> forEachFutureEvent(municipalityId, network, after,
                (event, ofEvent) -> {
                    LocalDate day = event.startsAt.atZoneSameInstant(DutchTime.ZONE).toLocalDate();
                    boolean stillMember = memberships.stream().anyMatch(m -> !m.network.equals(network)
                            && event.networkList().contains(m.network) && m.isMemberOn(day));
                    if (stillMember) {
                        return Uni.createFrom().item(0);
                    }
                    Uni<Void> announced = Uni.createFrom().voidItem();
                    boolean seatFreed = false;
                    for (RegistrationEntity r : ofEvent) {
                        boolean wasConfirmed = r.status == RegistrationStatus.CONFIRMED;
                        seatFreed |= wasConfirmed;
                        markCancelled(r, CancelReason.MEMBERSHIP_ENDED);
                        announced = announced.flatMap(ignored -> outbox.record(Announcements.cancelled(event, r, wasConfirmed)));
                    }
                    boolean promote = seatFreed;
                    return announced.flatMap(ignored -> registrations.flush())
                            .flatMap(ignored -> promote ? waitingList.promote(event) : Uni.createFrom().item(List.<UUID>of()))
                            .map(ignored -> ofEvent.size());
                }));
    }

    /**
     * Municipalities merged into a successor on {@code mergedOn}: their live registrations for events from that day on
     * become the successor's (the people stay registered; attendance before stays with the old municipality).
     */
    public Uni<Integer> merged(List<UUID> mergedMunicipalities, UUID successor, LocalDate mergedOn) {
        OffsetDateTime from = mergedOn.atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (UUID merged : mergedMunicipalities) {
            chain = chain.flatMap(count -> forEachFutureEvent(merged, null, from, (event, ofEvent) -> {
                ofEvent.forEach(r -> r.municipalityId = successor);
                return Uni.createFrom().item(ofEvent.size());
            }).map(moved -> count + moved));
        }
        return chain;
    }

    /**
     * For each live event (of a network, if given) starting at or after {@code after} where the municipality has live,
     * not checked-in registrations: locks the event, then reads those registrations (fresh, under the lock, so a
     * cancellation or promotion that just committed is seen) and applies {@code effect}. Events in id order, so two
     * of these never wait for each other crosswise. Answers the sum of what the effects answer.
     */
    private Uni<Integer> forEachFutureEvent(UUID municipalityId, String network, OffsetDateTime after,
                                            java.util.function.BiFunction<EventEntity, List<RegistrationEntity>, Uni<Integer>> effect) {
        String query = "select distinct r.eventId from RegistrationEntity r where r.municipalityId = :m and r.status <> :cancelled "
                + "and r.checkedInAt is null and r.eventId in (select e.id from EventEntity e where e.startsAt >= :after "
                + "and e.status not in :final" + (network == null ? "" : " and concat(',', e.networks, ',') like :networkPattern")
                + ") order by r.eventId";
        return registrations.getSession().flatMap(session -> {
            var q = session.createSelectionQuery(query, UUID.class)
                    .setParameter("m", municipalityId).setParameter("cancelled", RegistrationStatus.CANCELLED)
                    .setParameter("after", after).setParameter("final", List.of(EventStatus.HELD, EventStatus.CANCELLED));
            if (network != null) {
                q.setParameter("networkPattern", Networks.pattern(network));
            }
            return q.getResultList();
        }).flatMap(eventIds -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (UUID eventId : eventIds) {
                chain = chain.flatMap(count -> events.getLocked(eventId).flatMap(event -> !event.status.isLive()
                        ? Uni.createFrom().item(count)
                        : registrations.list("eventId = ?1 and municipalityId = ?2 and status <> ?3 and checkedInAt is null order by number",
                                        eventId, municipalityId, RegistrationStatus.CANCELLED)
                                .flatMap(ofEvent -> effect.apply(event, ofEvent)).map(done -> count + done)));
            }
            return chain;
        });
    }
}
