package nl.municipalnetworks.finance.payment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.payment.PayerBalance.InvoiceFacts;
import nl.municipalnetworks.finance.payment.PaymentDtos.BalancePayer;
import nl.municipalnetworks.finance.payment.PaymentDtos.BalancesView;
import nl.municipalnetworks.finance.payment.PaymentDtos.PayerBalanceView;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The outstanding balance of every payer of a network ({@link PayerBalance}): from its invoices (read as plain
 * values, not entities: a network may have thousands) and the credit parts of its payments. A member official sees
 * its own municipality's only.
 */
@ApplicationScoped
public class BalanceService {

    private final FinanceClock clock;

    BalanceService(FinanceClock clock) {
        this.clock = clock;
    }

    private record PayerInvoices(BalancePayer payer, List<InvoiceFacts> invoices) {
    }

    @WithSession
    public Uni<BalancesView> balances(Caller caller, String network, Integer year) {
        FinanceAccess.requireMayReadIn(caller, network);
        String own = FinanceAccess.mayReadAllOf(caller, network) ? null : caller.municipality();
        LocalDate today = clock.today();
        String invoiceQuery = "select i.payerMunicipalityId, i.payerCbsCode, i.payerName, i.total, i.paidAmount, i.status, "
                + "i.dueDate from InvoiceEntity i where i.network = :n" + (year == null ? "" : " and i.year = :y")
                + (own == null ? "" : " and i.payerCbsCode = :cbs");
        String creditQuery = "select p.payerMunicipalityId, sum(p.creditAmount) from PaymentEntity p where p.network = :n "
                + "and p.invoiceId is not null"
                + (year == null ? "" : " and p.invoiceId in (select i.id from InvoiceEntity i where i.year = :y)")
                + (own == null ? "" : " and p.payerCbsCode = :cbs") + " group by p.payerMunicipalityId";
        return Panache.getSession().flatMap(session -> {
            var invoiceRows = session.createSelectionQuery(invoiceQuery, Object[].class).setParameter("n", network);
            var creditRows = session.createSelectionQuery(creditQuery, Object[].class).setParameter("n", network);
            if (year != null) {
                invoiceRows.setParameter("y", year);
                creditRows.setParameter("y", year);
            }
            if (own != null) {
                invoiceRows.setParameter("cbs", own);
                creditRows.setParameter("cbs", own);
            }
            return invoiceRows.getResultList().flatMap(rows -> creditRows.getResultList().map(credits -> {
                Map<UUID, PayerInvoices> byPayer = new LinkedHashMap<>();
                for (Object[] row : rows) {
                    UUID payer = (UUID) row[0];
                    byPayer.computeIfAbsent(payer, id -> new PayerInvoices(
                                    new BalancePayer(id, (String) row[1], (String) row[2]), new ArrayList<>()))
                            .invoices().add(new InvoiceFacts(new Money((BigDecimal) row[3]), new Money((BigDecimal) row[4]),
                                    (InvoiceStatus) row[5], (LocalDate) row[6]));
                }
                Map<UUID, Money> creditOf = new HashMap<>();
                for (Object[] row : credits) {
                    creditOf.put((UUID) row[0], new Money((BigDecimal) row[1]));
                }
                return view(network, year, today, byPayer, creditOf);
            }));
        });
    }

    private static BalancesView view(String network, Integer year, LocalDate today, Map<UUID, PayerInvoices> byPayer,
                                     Map<UUID, Money> creditOf) {
        List<PayerBalanceView> payers = new ArrayList<>();
        PayerBalance sum = new PayerBalance(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        for (PayerInvoices p : byPayer.values()) {
            PayerBalance b = PayerBalance.of(p.invoices(), creditOf.getOrDefault(p.payer().municipalityId(), Money.ZERO), today);
            payers.add(new PayerBalanceView(p.payer(), b.invoiced().amount(), b.paid().amount(), b.outstanding().amount(),
                    b.overdue().amount(), b.credit().amount()));
            sum = new PayerBalance(sum.invoiced().plus(b.invoiced()), sum.paid().plus(b.paid()),
                    sum.outstanding().plus(b.outstanding()), sum.overdue().plus(b.overdue()), sum.credit().plus(b.credit()));
        }
        payers.sort(Comparator.comparing((PayerBalanceView v) -> sortKey(v.payer().name())).thenComparing(v -> v.payer().municipalityId()));
        return new BalancesView(network, today, year, payers, sum.invoiced().amount(), sum.paid().amount(),
                sum.outstanding().amount(), sum.overdue().amount(), sum.credit().amount());
    }

    /** Dutch order: accents and case do not count, nor the article of 's-Hertogenbosch (under H). */
    static String sortKey(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceFirst("^(gemeente\\s+)?['\u2019]?[st][- ]", "$1");
    }
}
