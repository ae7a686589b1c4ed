package nl.municipalnetworks.finance.invoice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes many new invoices and their lines at once, one insert per table with each column as an array, in the caller's
 * transaction. The yearly run issues thousands of invoices; one statement per chunk instead of one per row (and
 * no entity bookkeeping for rows nobody edits in this transaction) is what lets 10,000 invoices be issued in
 * seconds. The entities stay the one description of the columns read back everywhere else.
 */
final class InvoiceWriter {

    private static final List<Column<InvoiceEntity>> INVOICE = List.of(
            uuid("id", i -> i.id), text("network", i -> i.network), text("number", i -> i.number),
            text("seller", i -> i.seller), new Column<>("year", "integer", Integer.class, i -> i.year),
            uuid("fee_scheme_id", i -> i.feeSchemeId), uuid("agreement_id", i -> i.agreementId),
            uuid("payer_municipality_id", i -> i.payerMunicipalityId),
            text("payer_cbs_code", i -> i.payerCbsCode), text("payer_name", i -> i.payerName),
            text("status", i -> i.status.name()), date("issue_date", i -> i.issueDate),
            date("due_date", i -> i.dueDate), text("payment_reference", i -> i.paymentReference),
            amount("net_total", i -> i.netTotal), amount("vat_total", i -> i.vatTotal), amount("total", i -> i.total));

    private static final List<Column<InvoiceLineEntity>> LINE = List.of(
            uuid("id", l -> l.id), uuid("invoice_id", l -> l.invoiceId),
            new Column<>("position", "integer", Integer.class, l -> l.position), text("description", l -> l.description),
            amount("quantity", l -> l.quantity), text("unit", l -> l.unit), amount("unit_price", l -> l.unitPrice),
            amount("base_quantity", l -> l.baseQuantity), amount("net_amount", l -> l.netAmount),
            text("vat_category", l -> l.vatCategory), amount("vat_percent", l -> l.vatPercent));

    /** A column, its SQL type, and how to read it from an entity. */
    private record Column<T>(String name, String sqlType, Class<?> javaType, Function<T, Object> value) {

        /** This column of all rows, as one array parameter. */
        Object[] of(List<T> rows) {
            Object[] values = (Object[]) Array.newInstance(javaType, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                values[i] = value.apply(rows.get(i));
            }
            return values;
        }
    }

    private static <T> Column<T> uuid(String name, Function<T, Object> value) {
        return new Column<>(name, "uuid", UUID.class, value);
    }

    private static <T> Column<T> text(String name, Function<T, Object> value) {
        return new Column<>(name, "text", String.class, value);
    }

    private static <T> Column<T> date(String name, Function<T, Object> value) {
        return new Column<>(name, "date", LocalDate.class, value);
    }

    private static <T> Column<T> amount(String name, Function<T, Object> value) {
        return new Column<>(name, "numeric", BigDecimal.class, value);
    }

    private InvoiceWriter() {
    }

    static Uni<Void> insert(List<InvoiceEntity> invoices, List<InvoiceLineEntity> lines) {
        return Panache.getSession().flatMap(session -> insert(session, "invoice", INVOICE, invoices)
                .flatMap(ignored -> insert(session, "invoice_line", LINE, lines)));
    }

    /** One statement for all rows: each column is one array parameter, unnested into rows. */
    private static <T> Uni<Void> insert(Mutiny.Session session, String table, List<Column<T>> columns, List<T> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringBuilder unnest = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            unnest.append(i == 0 ? "" : ", ").append("cast(?").append(i + 1).append(" as ")
                    .append(columns.get(i).sqlType()).append("[])");
        }
        var query = session.createNativeQuery("insert into " + table + " ("
                + String.join(", ", columns.stream().map(Column::name).toList()) + ") select * from unnest(" + unnest + ")");
        for (int i = 0; i < columns.size(); i++) {
            query.setParameter(i + 1, columns.get(i).of(rows));
        }
        return query.executeUpdate().replaceWithVoid();
    }
}
