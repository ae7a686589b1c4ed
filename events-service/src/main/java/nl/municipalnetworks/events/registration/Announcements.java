package nl.municipalnetworks.events.registration;

import nl.municipalnetworks.contracts.meeting.RegistrationCancelled;
import nl.municipalnetworks.contracts.meeting.RegistrationConfirmed;
import nl.municipalnetworks.contracts.meeting.WaitingListPromoted;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.event.EventEntity;

/** The integration events about registrations, built from what is stored (what the API answers). */
final class Announcements {

    private Announcements() {
    }

    static RegistrationConfirmed confirmed(EventEntity event, RegistrationEntity r) {
        return new RegistrationConfirmed(event.id, event.networkList(), r.id, r.sessionId, r.municipalityId, r.name, r.email,
                Times.dutch(event.startsAt));
    }

    static WaitingListPromoted promoted(EventEntity event, RegistrationEntity r) {
        return new WaitingListPromoted(event.id, event.networkList(), r.id, r.sessionId, r.municipalityId, r.name, r.email,
                Times.dutch(event.startsAt));
    }

    static RegistrationCancelled cancelled(EventEntity event, RegistrationEntity r, boolean wasConfirmed) {
        return new RegistrationCancelled(event.id, event.networkList(), r.id, r.sessionId, r.municipalityId, r.name, r.email,
                r.cancelReason.name(), wasConfirmed);
    }
}
