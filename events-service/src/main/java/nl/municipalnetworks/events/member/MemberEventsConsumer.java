package nl.municipalnetworks.events.member;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.inbox.EventConsumer;
import nl.municipalnetworks.commons.inbox.EventHandlers;
import nl.municipalnetworks.commons.inbox.UnprocessableEvent;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.MunicipalityChanged;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.contracts.member.Platform31Clusters;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.events.registration.RegistrationService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps events-service's view of municipalities and memberships in step with member-service, and applies what a
 * change means for registrations: a membership that ends cancels the municipality's future registrations for that
 * network's events (announced on meeting-events; past attendance is kept), a merger moves the merged municipalities'
 * future registrations to the successor. Every effect runs once per event id (service-commons {@link EventConsumer},
 * processed-event log in the same transaction), so a redelivery or a replay changes nothing more.
 */
@ApplicationScoped
public class MemberEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;
    private final RegistrationService registrations;

    MemberEventsConsumer(EventConsumer consumer, RegistrationService registrations) {
        this.consumer = consumer;
        this.registrations = registrations;
        this.handlers = new EventHandlers("events-service/member-events")
                .on(MunicipalityRegistered.TYPE, MunicipalityRegistered.class, this::registered)
                .on(MunicipalityChanged.TYPE, MunicipalityChanged.class, this::changed)
                .on(MemberJoined.TYPE, MemberJoined.class, this::joined)
                .on(MembershipEnded.TYPE, MembershipEnded.class, this::membershipEnded)
                .on(MunicipalityMerged.TYPE, MunicipalityMerged.class, this::merged);
    }

    @Incoming("member-events")
    public Uni<Void> onMemberEvent(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    Uni<Void> registered(MunicipalityRegistered event) {
        return municipality(event.municipalityId(), event.name(), event.cbsCode())
                .flatMap(ignored -> registerDetails(event.municipalityId(), event.province(), event.cluster()));
    }

    /** The register's details as they are now; a changed cluster counts for breakout groups placed from then on. */
    Uni<Void> changed(MunicipalityChanged event) {
        return municipality(event.municipalityId(), event.name(), event.cbsCode())
                .flatMap(ignored -> session(s -> s.find(KnownMunicipality.class, event.municipalityId())))
                .invoke(known -> known.cbsCode = event.cbsCode())
                .flatMap(ignored -> registerDetails(event.municipalityId(), event.province(), event.cluster()));
    }

    private Uni<Void> registerDetails(UUID municipalityId, String province, String cluster) {
        return session(s -> s.find(KnownMunicipality.class, municipalityId)).invoke(known -> {
            known.province = province;
            // A name outside the seven would never match a breakout group: kept as unknown.
            known.cluster = Platform31Clusters.canonical(cluster);
        }).replaceWithVoid();
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
            return session(Mutiny.Session::flush)
                    .flatMap(ignored -> registrations.membershipEnded(event.municipalityId(), event.network(), event.endedOn()))
                    .replaceWithVoid();
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
        return chain.flatMap(ignored -> session(Mutiny.Session::flush))
                .flatMap(ignored -> registrations.merged(event.merged().stream().map(MunicipalityMerged.MergedMunicipality::municipalityId).toList(),
                        event.successorMunicipalityId(), event.mergedOn()))
                .replaceWithVoid();
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
        return Panache.getSession().flatMap(work::apply);
    }
}
