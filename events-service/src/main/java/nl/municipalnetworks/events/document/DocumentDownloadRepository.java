package nl.municipalnetworks.events.document;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.event.Networks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The downloads of documents, recorded for reach (downloads of documents per member per year). */
@ApplicationScoped
public class DocumentDownloadRepository implements PanacheRepositoryBase<DocumentDownloadEntity, UUID> {

    /**
     * How many downloads each municipality's officials made in a calendar year (Dutch time: from 1 January 00:00 in
     * Europe/Amsterdam) of the documents of the network's events, including events the network shares with others
     * (the Platform31 webinar of M50 and G40 counts for both) and documents withdrawn since. Downloads by anyone
     * who is not an official of a municipality (the secretariat, the board, a partner, anonymous readers) are not
     * counted. Whether a municipality was a member of the network is the reach report's question, not this one's.
     */
    public Uni<Map<UUID, Long>> downloadsPerMunicipality(String network, int year) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select d.municipalityId, count(d) from DocumentDownloadEntity d, DocumentEntity doc, EventEntity e "
                                + "where doc.id = d.documentId and e.id = doc.eventId and concat(',', e.networks, ',') like :networkPattern "
                                + "and d.municipalityId is not null and d.downloadedAt >= :from and d.downloadedAt < :to "
                                + "group by d.municipalityId order by d.municipalityId", Object[].class)
                .setParameter("networkPattern", Networks.pattern(network))
                .setParameter("from", Times.startOfYear(year))
                .setParameter("to", Times.startOfYear(year + 1))
                .getResultList())
                .map(rows -> {
                    Map<UUID, Long> counts = new LinkedHashMap<>();
                    rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
                    return counts;
                });
    }
}
