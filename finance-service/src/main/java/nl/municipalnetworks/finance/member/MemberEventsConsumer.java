package nl.municipalnetworks.finance.member;

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
import nl.municipalnetworks.contracts.member.PopulationRecorded;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps finance-service's view of municipalities, memberships and CBS population counts in step with
 * member-service. Every effect is an upsert or is guarded by the processed-event log (service-commons
 * {@link EventConsumer}), so a redelivery or a replay from the beginning gives the same state. No handler
 * depends on the order of events about different municipalities (different partitions): a merger that
 * overtakes the merged municipality's join keeps the membership as ended, and the join fills in its date.
 */
@ApplicationScoped
public class MemberEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    MemberEventsConsumer(EventConsumer consumer) {
        this.consumer = consumer;
        this.handlers = new EventHandlers("finance-service/member-events")
                .on(MunicipalityRegistered.TYPE, MunicipalityRegistered.class, this::registered)
                .on(MemberJoined.TYPE, MemberJoined.class, this::joined)
                .on(MembershipEnded.TYPE, MembershipEnded.class, this::membershipEnded)
                .on(MunicipalityMerged.TYPE, MunicipalityMerged.class, this::merged)
                .on(PopulationRecorded.TYPE, PopulationRecorded.class, this::populationRecorded);
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
        return session(session -> session.find(KnownMembership.class, event.membershipId())).map(membership -> {
            if (membership == null) {
                throw new UnprocessableEvent("membership " + event.membershipId() + " of municipality "
                        + event.municipalityId() + " was never announced as joined");
            }
            membership.endedOn = event.endedOn();
            return null;
        });
    }

    Uni<Void> merged(MunicipalityMerged event) {
        Uni<Void> chain = municipality(event.successorMunicipalityId(), event.successorName(), event.successorCbsCode());
        for (MunicipalityMerged.MergedMunicipality merged : event.merged()) {
            chain = chain.flatMap(ignored -> municipality(merged.municipalityId(), merged.name(), merged.cbsCode()))
                    .flatMap(ignored -> session(s -> s.find(KnownMunicipality.class, merged.municipalityId())))
                    .invoke(known -> {
                        known.mergedInto = event.successorMunicipalityId();
                        known.mergedOn = event.mergedOn();
                    })
                    .replaceWithVoid();
        }
        // Keyed by the successor, the merger can overtake the merged municipality's own join (another partition):
        // a membership not seen yet is kept as ended without a join date, which its join fills in.
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
        return chain;
    }

    /** An upsert per municipality and reference date: a corrected count for the same date replaces the earlier one. */
    Uni<Void> populationRecorded(PopulationRecorded event) {
        if (event.inhabitants() <= 0) {
            throw new UnprocessableEvent("population count of municipality " + event.municipalityId() + " on "
                    + event.referenceDate() + " is " + event.inhabitants() + ", not above zero");
        }
        PopulationCount.Key key = new PopulationCount.Key(event.municipalityId(), event.referenceDate());
        return session(s -> s.find(PopulationCount.class, key)).flatMap(known -> {
            if (known != null) {
                known.inhabitants = event.inhabitants();
                return Uni.createFrom().voidItem();
            }
            PopulationCount count = new PopulationCount();
            count.municipalityId = event.municipalityId();
            count.referenceDate = event.referenceDate();
            count.inhabitants = event.inhabitants();
            return session(s -> s.persist(count));
        }).flatMap(ignored -> event.cbsCode() == null ? Uni.createFrom().voidItem()
                : session(s -> s.find(KnownMunicipality.class, event.municipalityId())).invoke(municipality -> {
                    if (municipality != null && municipality.cbsCode == null) {
                        municipality.cbsCode = event.cbsCode();
                    }
                }).replaceWithVoid());
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
