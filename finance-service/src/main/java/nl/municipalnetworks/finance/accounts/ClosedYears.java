package nl.municipalnetworks.finance.accounts;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Which years of a network are closed, for the places that book money on a year: bills (recorded, approved, paid),
 * payments registered by hand or imported from a bank statement, credit notes and the contribution run. Each reads it
 * in its own transaction, after taking the year's lock shared ({@link AccountsAdoptionRepository#lockYear}): an
 * adoption recorded at the same moment waits for the change to commit, or the change waits and then finds the year
 * closed. Changes of open years never wait for each other.
 */
@ApplicationScoped
public class ClosedYears {

    private final AccountsAdoptionRepository adoptions;

    ClosedYears(AccountsAdoptionRepository adoptions) {
        this.adoptions = adoptions;
    }

    /** The closed years among {@code years} of {@code network}; their locks held until the transaction ends. */
    public Uni<ClosedBooks> of(String network, Collection<Integer> years) {
        List<Integer> sorted = List.copyOf(new TreeSet<>(years)); // one order, so that two callers never wait on each other
        if (sorted.isEmpty()) {
            return Uni.createFrom().item(ClosedBooks.of(List.of()));
        }
        return Multi.createFrom().iterable(sorted)
                .onItem().transformToUniAndConcatenate(year -> adoptions.lockYear(network, year, false))
                .collect().last()
                .flatMap(locked -> adoptions.of(network, sorted))
                .map(found -> ClosedBooks.of(found.stream().map(AccountsMapper::closedYear).toList()));
    }

    /** Nothing when {@code year} of {@code network} is open; else the 409 of {@link ClosedBooks#requireOpen}. */
    public Uni<Void> requireOpen(String network, int year, String field, String change) {
        return of(network, List.of(year)).invoke(books -> books.requireOpen(year, field, change)).replaceWithVoid();
    }

    /** As {@link #requireOpen(String, int, String, String)} for the year {@code date} falls in. */
    public Uni<Void> requireOpen(String network, LocalDate date, String field, String change) {
        return requireOpen(network, date.getYear(), field, change);
    }
}
