package nl.municipalnetworks.contracts.member;

import nl.municipalnetworks.contracts.IntegrationEvent;
import nl.municipalnetworks.contracts.Topic;

import java.util.UUID;

/**
 * Events published by member-service. They are about one municipality and are keyed by its id, so that
 * the events of one municipality stay in order on the topic; {@link PersonRecorded} is keyed by the person.
 */
public sealed interface MemberEvent extends IntegrationEvent
        permits MunicipalityRegistered, MunicipalityChanged, PopulationRecorded, MemberJoined, NoticeGiven, MembershipEnded,
        ContactOfficialChanged, MunicipalityMerged, PersonRecorded {

    String TOPIC = Topic.MEMBER_EVENTS.name();

    UUID municipalityId();

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String subject() {
        return municipalityId().toString();
    }
}
