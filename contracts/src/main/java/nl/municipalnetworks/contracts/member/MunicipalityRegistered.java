package nl.municipalnetworks.contracts.member;

import java.util.UUID;

/** A municipality became known to the platform. cbsCode, province and cluster may be null. */
public record MunicipalityRegistered(UUID municipalityId, String cbsCode, String name, String province,
                                     String cluster) implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.municipality-registered.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
