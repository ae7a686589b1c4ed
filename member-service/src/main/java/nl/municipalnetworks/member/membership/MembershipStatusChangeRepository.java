package nl.municipalnetworks.member.membership;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipStatusChangeRepository implements PanacheRepositoryBase<MembershipStatusChange, UUID> {

    public Uni<List<MembershipStatusChange>> historyOf(UUID membershipId) {
        return list("membershipId = ?1 order by changedAt", membershipId);
    }
}
