package nl.municipalnetworks.contracts.member;

import nl.municipalnetworks.contracts.IntegrationEvent;

import java.util.UUID;

/**
 * Events published by member-service. All of them are about one municipality and are keyed by its
 * id, so that the events of one municipality stay in order on the topic.
 */
public sealed interface MemberEvent extends IntegrationEvent
        permits MunicipalityRegistered, PopulationRecorded, MemberJoined, NoticeGiven, MembershipEnded,
        ContactOfficialChanged, MunicipalityMerged {

    String TOPIC = "member-events";
    String SOURCE = "urn:nl:municipalnetworks:member-service";

    UUID municipalityId();

    @Override
    default String source() {
        return SOURCE;
    }

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String subject() {
        return municipalityId().toString();
    }
}
