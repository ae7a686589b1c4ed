package nl.municipalnetworks.pillar.member;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.inbox.EventConsumer;
import nl.municipalnetworks.commons.inbox.EventHandlers;
import nl.municipalnetworks.commons.inbox.UnprocessableEvent;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.contracts.member.PersonRecorded;
import nl.municipalnetworks.pillar.participation.ParticipationService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps this service's view of municipalities, memberships and people in step with member-service, and ends
 * or moves participations when a membership ends or municipalities merge. Every effect is an upsert or is
 * guarded by the processed-event log, so a redelivery or a replay from the beginning gives the same state.
 */
@ApplicationScoped
public class MemberEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;
    private final ParticipationService participations;

    MemberEventsConsumer(EventConsumer consumer, ParticipationService participations) {
        this.consumer = consumer;
        this.participations = participations;
        this.handlers = new EventHandlers("pillar-service/member-events")
                .on(MunicipalityRegistered.TYPE, MunicipalityRegistered.class, this::registered)
                .on(MemberJoined.TYPE, MemberJoined.class, this::joined)
                .on(MembershipEnded.TYPE, MembershipEnded.class, this::membershipEnded)
                .on(MunicipalityMerged.TYPE, MunicipalityMerged.class, this::merged)
                .on(PersonRecorded.TYPE, PersonRecorded.class, this::personRecorded);
    }

    @Incoming("member-events")
    public Uni<Void> onMemberEvent(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    Uni<Void> registered(MunicipalityRegistered event) {
        return municipality(event.municipalityId(), event.name(), event.cbsCode());
    }

    Uni<Void> joined(MemberJoined event) {
        return municipality(event.municipalityId(), event.municipalityName(), null)
                .flatMap(ignored -> membership(event.membershipId(), event.network(), event.municipalityId(), event.joinedOn()));
    }

    Uni<Void> membershipEnded(MembershipEnded event) {
        return session(session -> session.find(KnownMembership.class, event.membershipId())).flatMap(membership -> {
            if (membership == null) {
                throw new UnprocessableEvent("membership " + event.membershipId() + " of municipality "
                        + event.municipalityId() + " was never announced as joined");
            }
            membership.endedOn = event.endedOn();
            return participations.endForMembership(event);
        });
    }

    Uni<Void> merged(MunicipalityMerged event) {
        Uni<Void> chain = municipality(event.successorMunicipalityId(), event.successorName(), event.successorCbsCode());
        for (MunicipalityMerged.MergedMunicipality merged : event.merged()) {
            chain = chain.flatMap(ignored -> session(s -> s.find(KnownMunicipality.class, merged.municipalityId())))
                    .flatMap(known -> {
                        if (known == null) {
                            return municipality(merged.municipalityId(), merged.name(), merged.cbsCode())
                                    .flatMap(ignored -> session(s -> s.find(KnownMunicipality.class, merged.municipalityId())));
                        }
                        return Uni.createFrom().item(known);
                    })
                    .invoke(known -> {
                        known.mergedInto = event.successorMunicipalityId();
                        known.mergedOn = event.mergedOn();
                    })
                    .replaceWithVoid();
        }
        // The merger is keyed by the successor, so it can overtake the merged municipality's own events (another
        // partition), as on a replay: a membership not seen yet is kept as ended, and its join fills in the date.
        for (MunicipalityMerged.EndedMembership ended : event.endedMemberships()) {
            chain = chain.flatMap(ignored -> membership(ended.membershipId(), ended.network(), ended.municipalityId(), null))
                    .flatMap(ignored -> session(s -> s.find(KnownMembership.class, ended.membershipId())))
                    .invoke(membership -> membership.endedOn = ended.endedOn())
                    .replaceWithVoid();
        }
        for (MunicipalityMerged.SuccessorMembership continued : event.successorMemberships()) {
            chain = chain.flatMap(ignored -> membership(continued.membershipId(), continued.network(),
                    event.successorMunicipalityId(), event.mergedOn()));
        }
        List<UUID> mergedIds = event.merged().stream().map(MunicipalityMerged.MergedMunicipality::municipalityId).toList();
        return chain
                .flatMap(ignored -> session(s -> s.createSelectionQuery(
                                "select network from KnownMembership where municipalityId = :m and endedOn is null", String.class)
                        .setParameter("m", event.successorMunicipalityId()).getResultList()))
                .flatMap(networks -> participations.moveForMerger(event.successorMunicipalityId(), mergedIds,
                        new HashSet<>(networks), event.mergedOn()));
    }

    Uni<Void> personRecorded(PersonRecorded event) {
        return session(s -> s.find(KnownPerson.class, event.personId())).flatMap(known -> {
            KnownPerson person = known != null ? known : new KnownPerson();
            person.id = event.personId();
            person.municipalityId = event.municipalityId();
            person.firstName = event.firstName();
            person.lastName = event.lastName();
            return known != null ? Uni.createFrom().voidItem() : session(s -> s.persist(person));
        });
    }

    /** Creates or completes a municipality; a later event may bring the CBS code or a corrected name. */
    private Uni<Void> municipality(UUID id, String name, String cbsCode) {
        return session(s -> s.find(KnownMunicipality.class, id)).flatMap(known -> {
            KnownMunicipality municipality = known != null ? known : new KnownMunicipality();
            municipality.id = id;
            if (name != null) {
                municipality.name = name;
            }
            if (cbsCode != null) {
                municipality.cbsCode = cbsCode;
            }
            if (municipality.name == null) {
                throw new UnprocessableEvent("municipality " + id + " has no name");
            }
            return known != null ? Uni.createFrom().voidItem() : session(s -> s.persist(municipality));
        });
    }

    /** Creates a membership, or completes one an earlier-handled merger ended before its join date was known. */
    private Uni<Void> membership(UUID id, String network, UUID municipalityId, LocalDate joinedOn) {
        return session(s -> s.find(KnownMembership.class, id)).flatMap(known -> {
            if (known != null) {
                if (known.joinedOn == null) {
                    known.joinedOn = joinedOn;
                }
                return Uni.createFrom().voidItem();
            }
            KnownMembership membership = new KnownMembership();
            membership.id = id;
            membership.network = network;
            membership.municipalityId = municipalityId;
            membership.joinedOn = joinedOn;
            return session(s -> s.persist(membership));
        });
    }

    private static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().flatMap(session -> work.apply(session));
    }
}
