package nl.municipalnetworks.member.membership;

import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.member.municipality.Cluster;
import nl.municipalnetworks.member.municipality.Province;
import nl.municipalnetworks.member.names.DutchNames;

import java.util.Collection;

/** Filters of the membership lists; null means "any". {@code name} matches part of the municipality name
 * (compared by {@link DutchNames#searchKey}: case, accents, apostrophes and hyphens do not count). */
public record MembershipFilter(String network, Collection<MembershipStatus> statuses, Province province,
                               Cluster cluster, String name) {

    /** The condition over {@code m} (membership) and {@code mu} (municipality). */
    Where where() {
        return new Where()
                .and("m.network = :network", "network", network)
                .and("m.status in :statuses", "statuses", statuses)
                .and("mu.province = :province", "province", province)
                .and("mu.cluster = :cluster", "cluster", cluster)
                .contains("mu.nameKey", "name", DutchNames.searchKey(name));
    }
}
