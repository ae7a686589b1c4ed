package nl.municipalnetworks.contracts.meeting;

import nl.municipalnetworks.contracts.IntegrationEvent;
import nl.municipalnetworks.contracts.Topic;

import java.util.List;
import java.util.UUID;

/**
 * Events published by events-service about its meetings (general assemblies, webinars, ...). All are keyed by the
 * meeting's id, so that what happens to one meeting and its registrations stays in order on the topic.
 */
public sealed interface MeetingEvent extends IntegrationEvent
        permits RegistrationConfirmed, RegistrationCancelled, WaitingListPromoted, MeetingCancelled, DecisionRecorded {

    String TOPIC = Topic.MEETING_EVENTS.name();

    /** The meeting (events-service's event id). */
    UUID eventId();

    /** The networks the meeting is of (one, or several for a partner's meeting). */
    List<String> networks();

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String subject() {
        return eventId().toString();
    }
}
