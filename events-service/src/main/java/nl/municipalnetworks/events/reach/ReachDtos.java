package nl.municipalnetworks.events.reach;

import java.util.List;
import java.util.UUID;

public final class ReachDtos {

    private ReachDtos() {
    }

    /**
     * One member in a year: eventsAttended (events of the network that at least one of its officials attended, checked
     * in at the door), officialsAttending (different people who came), attendances (people x events), registrations
     * (live or attended, not cancelled) and documentsDownloaded (downloads of meeting documents by its officials).
     */
    public record MemberReach(UUID municipalityId, String name, String cbsCode, String province, String cluster,
                              long eventsAttended, long officialsAttending, long attendances, long registrations,
                              long documentsDownloaded) {
    }

    /** The reach of a network in a year: its events that year (not cancelled) and, per member that year, who came. */
    public record NetworkReach(String network, int year, long events, List<MemberReach> members) {
    }

    /** Attendance of one event by a group (a Platform31 cluster or a province; null: not known, guests apart). */
    public record Count(String name, long attended) {
    }

    /** Who came to one event: in total, guests apart, and by cluster and province of their municipality. */
    public record EventReach(UUID eventId, String title, long registered, long attended, long guestsAttended,
                             List<Count> byCluster, List<Count> byProvince) {
    }
}
