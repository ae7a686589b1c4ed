package nl.municipalnetworks.member.membership;

import io.quarkus.panache.common.Parameters;
import nl.municipalnetworks.member.municipality.Cluster;
import nl.municipalnetworks.member.municipality.Province;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Filters of the membership lists; null means "any". {@code name} matches part of the municipality name. */
public record MembershipFilter(String network, Collection<MembershipStatus> statuses, Province province,
                               Cluster cluster, String name) {

    /** The HQL condition over {@code m} (membership) and {@code mu} (municipality), with its parameters. */
    String where(Parameters params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (network != null) {
            conditions.add("m.network = :network");
            params.and("network", network);
        }
        if (statuses != null && !statuses.isEmpty()) {
            conditions.add("m.status in :statuses");
            params.and("statuses", statuses);
        }
        if (province != null) {
            conditions.add("mu.province = :province");
            params.and("province", province);
        }
        if (cluster != null) {
            conditions.add("mu.cluster = :cluster");
            params.and("cluster", cluster);
        }
        if (name != null && !name.isBlank()) {
            conditions.add("lower(mu.name) like :name");
            params.and("name", "%" + name.strip().toLowerCase() + "%");
        }
        return String.join(" and ", conditions);
    }
}
