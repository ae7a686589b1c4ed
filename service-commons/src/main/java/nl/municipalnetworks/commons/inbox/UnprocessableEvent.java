package nl.municipalnetworks.commons.inbox;

/**
 * An event that no retry will make processable: a body that does not parse, or an event about something this
 * consumer has never heard of. {@link EventConsumer} sends it to the dead-letter topic at once, with this
 * message as the reason; every other failure is retried first.
 */
public class UnprocessableEvent extends RuntimeException {

    public UnprocessableEvent(String reason) {
        super(reason);
    }

    public UnprocessableEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
