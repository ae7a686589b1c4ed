package nl.municipalnetworks.contracts.member;

import java.util.UUID;

/**
 * The register's details of a municipality changed: all of them as they are now (a consumer overwrites what it
 * keeps). cbsCode, province and cluster may be null. Not sent for a merger (municipality-merged says that).
 */
public record MunicipalityChanged(UUID municipalityId, String cbsCode, String name, String province,
                                  String cluster) implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.municipality-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
