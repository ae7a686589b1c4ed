package nl.municipalnetworks.events.registration;

import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.member.KnownMunicipality;
import nl.municipalnetworks.events.registration.RegistrationDtos.RegistrationView;

import java.util.List;

final class RegistrationMapper {

    private RegistrationMapper() {
    }

    /** @param waitingInOrder the event's waiting list, for a WAITING registration's place on it */
    static RegistrationView view(RegistrationEntity r, KnownMunicipality municipality, List<RegistrationEntity> waitingInOrder) {
        Integer position = null;
        if (r.status == RegistrationStatus.WAITING) {
            for (int i = 0; i < waitingInOrder.size(); i++) {
                if (waitingInOrder.get(i).id.equals(r.id)) {
                    position = i + 1;
                    break;
                }
            }
        }
        return view(r, municipality, position);
    }

    /** @param waitingPosition a WAITING registration's place on the waiting list, else null */
    static RegistrationView view(RegistrationEntity r, KnownMunicipality municipality, Integer waitingPosition) {
        Integer position = r.status == RegistrationStatus.WAITING ? waitingPosition : null;
        return new RegistrationView(r.id, r.eventId, r.sessionId, r.placedByRule, r.number, r.municipalityId,
                municipality == null ? null : municipality.name, r.municipalityId == null, r.name, r.email, r.status, position,
                Times.dutch(r.registeredAt), Times.dutch(r.confirmedAt), Times.dutch(r.cancelledAt), r.cancelReason,
                Times.dutch(r.checkedInAt));
    }
}
