package nl.municipalnetworks.contracts.pillar;

import nl.municipalnetworks.contracts.IntegrationEvent;
import nl.municipalnetworks.contracts.Topic;

/** Events published by pillar-service, each keyed by the id of what it is about (subject). */
public sealed interface PillarEvent extends IntegrationEvent
        permits ParticipationStarted, ParticipationEnded, ParticipationMoved, ChairChanged, ActivityTargetReached {

    String TOPIC = Topic.PILLAR_EVENTS.name();

    /** The network (M50, G40) the pillar, theme or activity belongs to. */
    String network();

    @Override
    default String topic() {
        return TOPIC;
    }
}
