package nl.municipalnetworks.contracts;

/**
 * The body of an integration event. The CloudEvents attributes are derived from it (the {@code source}
 * is not: it names the organisation that operates the platform, so it is deployment configuration, see
 * service-commons' EventSource):
 * {@code type} is versioned ({@code nl.municipalnetworks.<service>.<event>.v1}), {@code subject}
 * names the thing the event is about, and the Kafka key keeps the events of one thing in order.
 * Records implementing this are serialised with their components only.
 */
public interface IntegrationEvent {

    /** Versioned CloudEvents type, e.g. {@code nl.municipalnetworks.member.joined.v1}. */
    String type();

    /** The Kafka topic the event is published on. */
    String topic();

    /** CloudEvents subject, also used as the Kafka key. */
    String subject();
}
