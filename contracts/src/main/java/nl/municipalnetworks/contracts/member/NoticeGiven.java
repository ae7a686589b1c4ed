package nl.municipalnetworks.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

/** A member gave notice; the membership ends on {@code endsOn}. */
public record NoticeGiven(UUID membershipId, String network, UUID municipalityId, LocalDate noticeGivenOn,
                          LocalDate endsOn) implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.notice-given.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
