package nl.municipalnetworks.contracts;

import java.util.List;

/**
 * A Kafka topic as the platform declares it: the one place for its name, partitions, replication in
 * production, retention and key. The local platform and the tests create topics from these
 * declarations (brokers do not create topics on their own); the Kubernetes manifests will too.
 *
 * @param retentionMs how long records are kept; {@link #KEEP_FOREVER} for domain events, so that a new
 *                    or reset consumer rebuilds its state by reading the topic from the beginning
 * @param key         what the record key is, which is what keeps records in order (per key)
 */
public record Topic(String name, int partitions, short productionReplicas, long retentionMs, String cleanupPolicy,
                    String key) {

    public static final long KEEP_FOREVER = -1;

    /** member-service's domain events, keyed by municipality id. */
    public static final Topic MEMBER_EVENTS = new Topic("member-events", 3, (short) 3, KEEP_FOREVER, "delete",
            "municipality id");

    /** Every topic of the platform. */
    public static final List<Topic> ALL = List.of(MEMBER_EVENTS);
}
