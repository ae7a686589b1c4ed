package nl.municipalnetworks.events.reach;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.Platform31Clusters;
import nl.municipalnetworks.events.access.EventsAccess;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.event.EventRepository;
import nl.municipalnetworks.events.event.EventStatus;
import nl.municipalnetworks.events.event.Networks;
import nl.municipalnetworks.events.member.KnownMunicipality;
import nl.municipalnetworks.events.reach.ReachDtos.Count;
import nl.municipalnetworks.events.reach.ReachDtos.EventReach;
import nl.municipalnetworks.events.reach.ReachDtos.MemberReach;
import nl.municipalnetworks.events.reach.ReachDtos.NetworkReach;
import nl.municipalnetworks.events.registration.RegistrationStatus;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The reach of a network (the convenant's "Deventer took part in 10 meetings"): per member per year, the events its
 * officials attended and how many came, counted from check-ins at the door; per event, who came by cluster and
 * province. An event of several networks (the Platform31 webinar with G40 and M50) counts for each of them.
 */
@ApplicationScoped
public class ReachService {

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl-NL"));

    private final EventRepository events;

    ReachService(EventRepository events) {
        this.events = events;
    }

    @WithSession
    public Uni<NetworkReach> ofNetwork(Caller caller, String network, int year) {
        EventsAccess.requireMayReadReach(caller, network);
        OffsetDateTime from = Times.startOfYear(year);
        OffsetDateTime to = Times.startOfYear(year + 1);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        String pattern = Networks.pattern(network);
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select distinct m from KnownMunicipality m, KnownMembership s where s.municipalityId = m.id "
                                + "and s.network = :n and (s.joinedOn is null or s.joinedOn <= :last) "
                                + "and (s.endedOn is null or s.endedOn >= :first)", KnownMunicipality.class)
                .setParameter("n", network).setParameter("first", first).setParameter("last", last).getResultList()
                .flatMap(members -> session.createSelectionQuery(
                                "select count(e) from EventEntity e where concat(',', e.networks, ',') like :p "
                                        + "and e.startsAt >= :from and e.startsAt < :to and e.status <> :cancelled", Long.class)
                        .setParameter("p", pattern).setParameter("from", from).setParameter("to", to)
                        .setParameter("cancelled", EventStatus.CANCELLED).getSingleResult()
                        .flatMap(eventCount -> session.createSelectionQuery(
                                        "select r.municipalityId, count(distinct r.eventId), count(distinct lower(r.email)), count(r) "
                                                + "from RegistrationEntity r where r.checkedInAt is not null and r.municipalityId is not null "
                                                + "and r.eventId in (select e.id from EventEntity e where concat(',', e.networks, ',') like :p "
                                                + "and e.startsAt >= :from and e.startsAt < :to) group by r.municipalityId", Object[].class)
                                .setParameter("p", pattern).setParameter("from", from).setParameter("to", to).getResultList()
                                .flatMap(attended -> session.createSelectionQuery(
                                                "select r.municipalityId, count(r) from RegistrationEntity r where r.status <> :cancelled "
                                                        + "and r.municipalityId is not null and r.eventId in (select e.id from EventEntity e "
                                                        + "where concat(',', e.networks, ',') like :p and e.startsAt >= :from and e.startsAt < :to) "
                                                        + "group by r.municipalityId", Object[].class)
                                        .setParameter("cancelled", RegistrationStatus.CANCELLED).setParameter("p", pattern)
                                        .setParameter("from", from).setParameter("to", to).getResultList()
                                        .map(registered -> report(network, year, eventCount, members, attended, registered, Map.of()))))));
    }

    @WithSession
    public Uni<EventReach> ofEvent(Caller caller, UUID eventId) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayReadAllRegistrations(caller, event.scope());
            return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                            "select m.cluster, m.province, r.municipalityId, r.checkedInAt from RegistrationEntity r "
                                    + "left join KnownMunicipality m on m.id = r.municipalityId "
                                    + "where r.eventId = :e and r.status <> :cancelled", Object[].class)
                    .setParameter("e", eventId).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList()
                    .map(rows -> {
                        long attended = 0;
                        long guests = 0;
                        Map<String, Long> byCluster = new HashMap<>();
                        Map<String, Long> byProvince = new HashMap<>();
                        for (Object[] row : rows) {
                            if (row[3] == null) {
                                continue;
                            }
                            attended++;
                            if (row[2] == null) {
                                guests++;
                                continue;
                            }
                            byCluster.merge(Objects.toString(row[0], ""), 1L, Long::sum);
                            byProvince.merge(Objects.toString(row[1], ""), 1L, Long::sum);
                        }
                        return new EventReach(event.id, event.title, rows.size(), attended, guests,
                                counts(byCluster, Comparator.comparingInt(ReachService::clusterOrder)),
                                counts(byProvince, Comparator.<String, Boolean>comparing(String::isEmpty).thenComparing(DUTCH)));
                    }));
        });
    }

    static NetworkReach report(String network, int year, long eventCount, List<KnownMunicipality> members, List<Object[]> attended,
                               List<Object[]> registered, Map<UUID, Long> downloads) {
        Map<UUID, Object[]> attendedBy = new HashMap<>();
        attended.forEach(row -> attendedBy.put((UUID) row[0], row));
        Map<UUID, Long> registeredBy = new HashMap<>();
        registered.forEach(row -> registeredBy.put((UUID) row[0], (Long) row[1]));
        List<MemberReach> rows = new ArrayList<>();
        for (KnownMunicipality m : members) {
            Object[] a = attendedBy.get(m.id);
            rows.add(new MemberReach(m.id, m.name, m.cbsCode, m.province, m.cluster,
                    a == null ? 0 : (Long) a[1], a == null ? 0 : (Long) a[2], a == null ? 0 : (Long) a[3],
                    registeredBy.getOrDefault(m.id, 0L), downloads.getOrDefault(m.id, 0L)));
        }
        rows.sort(Comparator.comparing(MemberReach::name, DUTCH).thenComparing(r -> r.municipalityId().toString()));
        return new NetworkReach(network, year, eventCount, rows);
    }

    /** Counts by name, the unknown ("" here) last as null. */
    private static List<Count> counts(Map<String, Long> byName, Comparator<String> order) {
        return byName.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> new Count(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList();
    }

    private static int clusterOrder(String cluster) {
        int index = Platform31Clusters.NAMES.indexOf(cluster);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
