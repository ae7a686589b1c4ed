package nl.municipalnetworks.finance.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccountsAdoptionRepository implements PanacheRepositoryBase<AccountsAdoptionEntity, UUID> {

    /** The adoption of a network's accounts of a year; null while they are a draft. */
    public Uni<AccountsAdoptionEntity> of(String network, int year) {
        return find("network = ?1 and year = ?2", network, year).firstResult();
    }

    /** The adoptions of a network among {@code years}. */
    public Uni<List<AccountsAdoptionEntity>> of(String network, Collection<Integer> years) {
        return list("network = ?1 and year in ?2", network, years);
    }

    public Uni<AccountsAdoptionEntity> byDecision(UUID decisionId) {
        return find("decisionId", decisionId).firstResult();
    }

    /**
     * The lock of a network's year that an adoption takes alone and every change of that year's books takes shared,
     * until the transaction ends: a change either commits before the adoption is recorded or finds it recorded.
     */
    public Uni<Void> lockYear(String network, int year, boolean exclusive) {
        return lock((exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared"), "accounts:" + network + ":" + year);
    }

    /** One adoption of a decision at a time, so that the same decision sent twice at once is recorded once. */
    public Uni<Void> lockDecision(UUID decisionId) {
        return lock("pg_advisory_xact_lock", "accounts-decision:" + decisionId);
    }

    private Uni<Void> lock(String function, String key) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "select count(*) from (select " + function + "(hashtext(?1))) as locked", Long.class)
                .setParameter(1, key).getSingleResult()).replaceWithVoid();
    }
}
