package nl.municipalnetworks.contracts;

import java.util.List;

/**
 * A Kafka topic as the platform declares it: the one place for its name, partitions, replication in
 * production, retention and key. The local platform and the tests create topics from these
 * declarations (brokers do not create topics on their own), and so do the Kubernetes manifests
 * ({@link TopicManifests}).
 *
 * @param retentionMs how long records are kept; {@link #KEEP_FOREVER} for domain events, so that a new
 *                    or reset consumer rebuilds its state by reading the topic from the beginning
 * @param key         what the record key is, which is what keeps records in order (per key)
 */
public record Topic(String name, int partitions, short productionReplicas, long retentionMs, String cleanupPolicy,
                    String key) {

    public static final long KEEP_FOREVER = -1;
    public static final long DAY_MS = 24L * 60 * 60 * 1000;

    /** member-service's domain events, keyed by municipality id. */
    public static final Topic MEMBER_EVENTS = new Topic("member-events", 3, (short) 3, KEEP_FOREVER, "delete",
            "municipality id");

    /** pillar-service's domain events, keyed by the pillar, participation or activity they are about. */
    public static final Topic PILLAR_EVENTS = new Topic("pillar-events", 3, (short) 3, KEEP_FOREVER, "delete",
            "pillar, participation or activity id");

    /** finance-service's domain events, keyed by the invoice, budget or annual accounts adoption they are about. */
    public static final Topic FINANCE_EVENTS = new Topic("finance-events", 3, (short) 3, KEEP_FOREVER, "delete",
            "the id of the invoice, budget or annual accounts adoption the event is about");

    /** events-service's domain events about meetings and their registrations, keyed by the meeting (event id). */
    public static final Topic MEETING_EVENTS = new Topic("meeting-events", 3, (short) 3, KEEP_FOREVER, "delete",
            "event id");

    /**
     * What pillar-service could not process, with the reason in the record headers (service-commons'
     * EventConsumer). Kept 90 days: long enough for the ops team to look, replay or discard.
     */
    public static final Topic PILLAR_SERVICE_DEAD_LETTERS = new Topic("pillar-service-dead-letters", 1, (short) 3,
            90 * DAY_MS, "delete", "the key of the failed record");

    /** What finance-service could not process, with the reason in the record headers; kept 90 days. */
    public static final Topic FINANCE_SERVICE_DEAD_LETTERS = new Topic("finance-service-dead-letters", 1, (short) 3,
            90 * DAY_MS, "delete", "the key of the failed record");

    /** What events-service could not process, with the reason in the record headers; kept 90 days. */
    public static final Topic EVENTS_SERVICE_DEAD_LETTERS = new Topic("events-service-dead-letters", 1, (short) 3,
            90 * DAY_MS, "delete", "the key of the failed record");

    /** Every topic of the platform. */
    public static final List<Topic> ALL = List.of(MEMBER_EVENTS, PILLAR_EVENTS, FINANCE_EVENTS, MEETING_EVENTS,
            PILLAR_SERVICE_DEAD_LETTERS, FINANCE_SERVICE_DEAD_LETTERS, EVENTS_SERVICE_DEAD_LETTERS);
}
