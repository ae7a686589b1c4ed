package nl.municipalnetworks.finance.bankstatement;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class BankStatementRepository implements PanacheRepositoryBase<BankStatementEntity, UUID> {

    /** The seller named for the account's latest statement that named one, null if none did. */
    public Uni<String> sellerOfAccount(String account) {
        return find("account = ?1 and seller is not null order by importedAt desc", account).firstResult()
                .map(found -> found == null ? null : found.seller);
    }
}
