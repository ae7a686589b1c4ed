package nl.municipalnetworks.finance.bankstatement;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.Problem;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.accounts.ClosedYears;
import nl.municipalnetworks.finance.bankstatement.BankStatementDtos.ImportResult;
import nl.municipalnetworks.finance.bankstatement.BankStatementDtos.StatementSummary;
import nl.municipalnetworks.finance.bankstatement.Camt053Reader.BankStatementFile;
import nl.municipalnetworks.finance.bankstatement.Camt053Reader.Credit;
import nl.municipalnetworks.finance.bankstatement.Camt053Reader.Statement;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.payment.PaymentEntity;
import nl.municipalnetworks.finance.payment.PaymentMatching;
import nl.municipalnetworks.finance.payment.PaymentReferences;
import nl.municipalnetworks.finance.payment.PaymentRepository;
import nl.municipalnetworks.finance.payment.PaymentService;
import nl.municipalnetworks.finance.scheme.FeeSchemeRepository;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Imports a camt.053 bank statement into a network's payments, all or nothing, in one transaction:
 * <ul>
 *   <li>the file is read first ({@link Camt053Reader}); one that cannot be read is refused whole (400 naming the
 *       element and line) and nothing is written;</li>
 *   <li>every booked credit becomes a payment, once: the bank's reference of the entry (on the account) is kept, and
 *       a credit imported before, by this statement or another that holds it, is counted as already imported;</li>
 *   <li>a credit that quotes an invoice of another network and none of this network's is left to that network's
 *       import (the sellers that collect for two networks, Platform31, get both on one account);</li>
 *   <li>payments are matched by their reference ({@link PaymentMatching}) among the invoices of the seller whose
 *       account the statement is of: the {@code seller} the treasurer names, else the seller whose billing details
 *       give the statement's IBAN, else the one named for the account before; when none is known, among the
 *       network's invoices, where a reference two sellers share leaves the payment unmatched.</li>
 * </ul>
 * Imports of one account take turns (a transaction-scoped advisory lock), so that the same file sent twice at once
 * registers its payments once. A credit to register that was booked in a year whose annual accounts were adopted
 * refuses the whole statement (409), as a payment registered by hand on that day is refused.
 */
@ApplicationScoped
public class BankStatementService {

    private final BankStatementRepository statements;
    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final FeeSchemeRepository schemes;
    private final PaymentMatching matching;
    private final PaymentService paymentViews;
    private final FinanceClock clock;
    private final ClosedYears closedYears;

    BankStatementService(BankStatementRepository statements, PaymentRepository payments, InvoiceRepository invoices,
                         FeeSchemeRepository schemes, PaymentMatching matching, PaymentService paymentViews,
                         FinanceClock clock, ClosedYears closedYears) {
        this.statements = statements;
        this.payments = payments;
        this.invoices = invoices;
        this.schemes = schemes;
        this.matching = matching;
        this.paymentViews = paymentViews;
        this.clock = clock;
        this.closedYears = closedYears;
    }

    /** Reads the file (after the access check, so that a stranger learns nothing about it) and imports it. */
    @WithTransaction
    public Uni<ImportResult> importStatement(Caller caller, String network, String seller, byte[] xml) {
        FinanceAccess.requireMayManage(caller, network);
        BankStatementFile file;
        try {
            file = Camt053Reader.read(xml);
        } catch (UnreadableStatement e) {
            String where = e.element() + (e.line() > 0 ? " (line " + e.line() + ")" : "");
            throw ProblemException.invalid("The bank statement cannot be read, nothing was imported: " + where + ": " + e.reason(),
                    List.of(new Problem.InvalidParam(e.element(), (e.line() > 0 ? "line " + e.line() + ": " : "") + e.reason())));
        }
        Uni<Void> sellerKnown = seller == null ? Uni.createFrom().voidItem()
                : schemes.count("network = ?1 and collector = ?2", network, seller).invoke(count -> {
                    if (count == 0) {
                        throw ProblemException.invalid("seller", "'" + seller + "' collects no fee scheme of " + network);
                    }
                }).replaceWithVoid();
        return sellerKnown
                .flatMap(ignored -> lockAccounts(file))
                .flatMap(ignored -> importFile(caller, network, seller, file));
    }

    /** One import of an account at a time; the locks are taken in one order, so two imports never wait on each other. */
    private Uni<Void> lockAccounts(BankStatementFile file) {
        Set<String> accounts = new TreeSet<>();
        file.statements().forEach(s -> accounts.add(s.account()));
        return Multi.createFrom().iterable(accounts)
                .onItem().transformToUniAndConcatenate(account -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) as locked", Long.class)
                        .setParameter(1, "bank-account:" + account).getSingleResult()))
                .collect().last().replaceWithVoid();
    }

    private Uni<ImportResult> importFile(Caller caller, String network, String seller, BankStatementFile file) {
        List<String> keys = file.statements().stream().flatMap(s -> s.credits().stream()).map(Credit::entryKey).toList();
        Uni<List<String>> known = keys.isEmpty() ? Uni.createFrom().item(List.of())
                : payments.getSession().flatMap(session -> session
                        .createSelectionQuery("select p.entryKey from PaymentEntity p where p.entryKey in :keys", String.class)
                        .setParameter("keys", keys).getResultList());
        return known.flatMap(found -> othersNetworks(network, file).flatMap(foreign -> {
            Set<String> seen = new HashSet<>(found);
            OffsetDateTime now = clock.now();
            List<StatementSummary> summaries = new ArrayList<>();
            List<BankStatementEntity> stored = new ArrayList<>();
            Map<PaymentEntity, Statement> registered = new LinkedHashMap<>();
            int already = 0;
            int skipped = 0;
            int elsewhere = 0;
            for (Statement s : file.statements()) {
                BankStatementEntity statement = new BankStatementEntity();
                statement.id = UUID.randomUUID();
                statement.network = network;
                statement.statementId = s.id();
                statement.account = s.account();
                statement.seller = seller;
                statement.messageId = file.messageId();
                statement.importedAt = now;
                statement.importedBy = caller.username();
                stored.add(statement);
                skipped += s.skipped();
                for (Credit credit : s.credits()) {
                    if (!seen.add(credit.entryKey())) {
                        already++;
                        continue;
                    }
                    if (PaymentReferences.quotedIn(credit.remittance(), network).isEmpty()
                            && PaymentReferences.quotedOfAnyNetwork(credit.remittance()).stream().anyMatch(foreign::contains)) {
                        elsewhere++;
                        continue;
                    }
                    registered.put(payment(network, statement, credit, now, caller.username()), s);
                }
            }
            int alreadyImported = already;
            int skippedEntries = skipped;
            int forOtherNetworks = elsewhere;
            return requireOpenYears(network, registered.keySet()).flatMap(open -> Multi.createFrom().iterable(stored)
                    .onItem().transformToUniAndConcatenate(statement -> sellerOf(statement)
                            .invoke(resolved -> {
                                statement.seller = resolved;
                                summaries.add(new StatementSummary(statement.statementId, statement.account, resolved));
                                registered.keySet().stream().filter(p -> p.bankStatementId.equals(statement.id))
                                        .forEach(p -> p.seller = resolved);
                            }))
                    .collect().last()
                    .flatMap(ignored -> statements.persist(stored))
                    .flatMap(ignored -> registered.isEmpty() ? Uni.createFrom().voidItem() : payments.persist(registered.keySet()))
                    .flatMap(ignored -> matching.byReference(new ArrayList<>(registered.keySet()), network, caller.username()))
                    .flatMap(ignored -> paymentViews.views(new ArrayList<>(registered.keySet())))
                    .map(views -> {
                        int matched = (int) registered.keySet().stream().filter(p -> p.invoiceId != null).count();
                        return new ImportResult(network, file.version(), file.messageId(), summaries, registered.size(),
                                matched, registered.size() - matched, alreadyImported, skippedEntries, forOtherNetworks, views);
                    }));
        }));
    }

    /**
     * The statement as a whole is refused (409, nothing imported) when a credit it would register was booked in a year
     * whose annual accounts were adopted, as a payment registered by hand on that day would be: the books of that year
     * are closed. Credits imported before are not registered again and do not count, so importing an old statement
     * again stays harmless.
     */
    private Uni<Void> requireOpenYears(String network, Set<PaymentEntity> registered) {
        return closedYears.of(network, registered.stream().map(p -> p.receivedOn.getYear()).toList()).invoke(books -> registered
                .stream()
                .filter(p -> books.closing(p.receivedOn).isPresent())
                .min(java.util.Comparator.comparing((PaymentEntity p) -> p.receivedOn).thenComparing(p -> p.entryKey))
                .ifPresent(p -> books.requireOpen(p.receivedOn, "Stmt/Ntry/BookgDt", "the statement holds a credit booked on "
                        + p.receivedOn + " (" + p.amount.toPlainString() + " from " + p.payerName + ", entry " + p.entryKey
                        + "), so nothing was imported")))
                .replaceWithVoid();
    }

    /**
     * Whose account the statement is of: the seller named with this import; else the seller of the network whose
     * billing details ({@code party/}) give this IBAN, as its invoices state it; else the one named for the account
     * before; null when none says.
     */
    private Uni<String> sellerOf(BankStatementEntity statement) {
        if (statement.seller != null) {
            return Uni.createFrom().item(statement.seller);
        }
        return sellerByBillingDetails(statement.network, statement.account).flatMap(seller -> seller != null
                ? Uni.createFrom().item(seller) : statements.sellerOfAccount(statement.account));
    }

    /**
     * The one seller (a fee scheme's collector) of {@code network} whose party has {@code account} as its IBAN: the
     * party of the collecting municipality, or the party a fee scheme names as collector, as the e-invoice finds the
     * seller's party. Null when none or more than one.
     */
    private Uni<String> sellerByBillingDetails(String network, String account) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("select distinct s.collector "
                        + "from FeeSchemeEntity s, PartyEntity p where p.iban = :iban and s.network = :network "
                        + "and ((p.municipalityId is not null and s.collectorMunicipalityId = p.municipalityId) "
                        + "or s.collector = p.collectorName)", String.class)
                .setParameter("iban", account).setParameter("network", network).getResultList())
                .map(found -> found.size() == 1 ? found.get(0) : null);
    }

    /** The references quoted in the file that are invoices of other networks. */
    private Uni<Set<String>> othersNetworks(String network, BankStatementFile file) {
        Set<String> quoted = new HashSet<>();
        file.statements().forEach(s -> s.credits().forEach(c -> {
            if (PaymentReferences.quotedIn(c.remittance(), network).isEmpty()) {
                quoted.addAll(PaymentReferences.quotedOfAnyNetwork(c.remittance()));
            }
        }));
        if (quoted.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return invoices.getSession().flatMap(session -> session
                .createSelectionQuery("select distinct i.paymentReference from InvoiceEntity i where i.network <> :n "
                        + "and i.paymentReference in :refs", String.class)
                .setParameter("n", network).setParameter("refs", quoted).getResultList())
                .map(HashSet::new);
    }

    private static PaymentEntity payment(String network, BankStatementEntity statement, Credit credit,
                                         OffsetDateTime now, String user) {
        PaymentEntity p = new PaymentEntity();
        p.id = UUID.randomUUID();
        p.network = network;
        p.source = PaymentEntity.Source.BANK_STATEMENT;
        p.bankStatementId = statement.id;
        p.entryKey = credit.entryKey();
        p.receivedOn = credit.bookingDate();
        p.amount = credit.amount();
        p.payerName = credit.debtorName();
        p.payerAccount = credit.debtorAccount();
        p.account = statement.account;
        p.reference = credit.remittance() == null || credit.remittance().isBlank() ? null : credit.remittance();
        p.registeredAt = now;
        p.registeredBy = user;
        return p;
    }
}
