package nl.municipalnetworks.finance.invoice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/**
 * The last number each seller issued in each year (table {@code invoice_number_counter}), taken in the
 * transaction of the invoices it numbers: the counter row stays locked until that transaction ends, so a
 * concurrent issuer waits, and a rolled-back one gives its numbers back. Invoices and credit notes draw from
 * the same sequence ({@link InvoiceNumbering}).
 */
public final class InvoiceNumberCounter {

    private InvoiceNumberCounter() {
    }

    /** Reserves {@code count} consecutive numbers of {@code seller} in {@code year} and answers the first. */
    public static Uni<InvoiceNumber> reserve(String seller, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("reserve at least one number, not " + count);
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into invoice_number_counter (seller, year, last_number) values (?1, ?2, 0) on conflict do nothing")
                .setParameter(1, seller).setParameter(2, year).executeUpdate()
                .flatMap(ignored -> session.createNativeQuery("select last_number from invoice_number_counter "
                                + "where seller = ?1 and year = ?2 for update", Integer.class)
                        .setParameter(1, seller).setParameter(2, year).getSingleResult())
                .flatMap(last -> {
                    InvoiceNumber first = InvoiceNumbering.next(year, last == 0 ? Optional.empty()
                            : Optional.of(new InvoiceNumber(year, last)));
                    return session.createNativeQuery("update invoice_number_counter set last_number = ?3 "
                                    + "where seller = ?1 and year = ?2")
                            .setParameter(1, seller).setParameter(2, year).setParameter(3, last + count)
                            .executeUpdate().map(updated -> first);
                }));
    }
}
