package nl.municipalnetworks.finance.invoice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.contracts.finance.InvoiceIssued;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.accounts.ClosedYears;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.ContributionPreview;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Line;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.PayerContribution;
import nl.municipalnetworks.finance.contribution.ContributionPreviewService;
import nl.municipalnetworks.finance.invoice.InvoiceDtos.ContributionRunResult;
import nl.municipalnetworks.finance.invoice.InvoiceDtos.InvoiceSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The yearly contribution run: what the contribution preview computes ({@link ContributionPreviewService}, one
 * place) issued as invoices, one per payer per fee scheme (and agreement) per year, numbered per seller without
 * gaps. Running it again issues nothing new: it skips what an earlier run issued (and the database's unique
 * index on scheme, payer, agreement and year refuses a second one), unless a credit note cancelled it: a credited
 * invoice is no longer the contribution's, and the next run issues a fresh one with a new number (the treasurer's
 * correction path: credit the wrong invoice, correct what it was computed from, run again). Exceptions are reported, not invoiced; the
 * collector's own contribution is never invoiced. Every invoice issued is announced (invoice-issued, through the
 * outbox, in the same transaction).
 */
@ApplicationScoped
public class ContributionRunService {

    static final String CHARGED = "CHARGED";

    /** Invoices written per flush. */
    private static final int CHUNK = 500;

    private final ContributionPreviewService previews;
    private final InvoiceRepository invoices;
    private final Outbox outbox;
    private final ClosedYears closedYears;

    ContributionRunService(ContributionPreviewService previews, InvoiceRepository invoices, Outbox outbox,
                           ClosedYears closedYears) {
        this.previews = previews;
        this.invoices = invoices;
        this.outbox = outbox;
        this.closedYears = closedYears;
    }

    private record Key(UUID feeSchemeId, UUID payerMunicipalityId, UUID agreementId) {
    }

    @WithTransaction
    public Uni<ContributionRunResult> run(Caller caller, String network, int year) {
        FinanceAccess.requireMayManage(caller, network);
        LocalDate issueDate = DutchTime.today();
        // One run of a network at a time: a second, concurrent one waits and then finds everything issued.
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) as locked", Long.class)
                        .setParameter(1, "contribution-run:" + network).getSingleResult())
                // the contributions of a year whose accounts were adopted are in those accounts as they were (409)
                .flatMap(locked -> closedYears.requireOpen(network, year, "year", "the contributions of " + year
                        + " cannot be invoiced any more"))
                .flatMap(open -> previews.computeFor(caller, network, year))
                // what the computation read is not changed here: let go of it before thousands of rows are written
                .call(preview -> Panache.getSession().invoke(session -> session.clear()))
                .flatMap(preview -> existing(preview, year).flatMap(found -> issue(preview, found, issueDate)));
    }

    private Uni<Set<Key>> existing(ContributionPreview preview, int year) {
        List<UUID> schemeIds = preview.contributions().stream().map(PayerContribution::feeSchemeId).distinct().toList();
        if (schemeIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        // a credited invoice no longer stands for its contribution: the run issues a fresh one (the correction path)
        // Only the three columns of the key: a second run over 100,000 invoices would otherwise load (and keep in the
        // session) every invoice entity just to skip it.
        return invoices.getSession().flatMap(session -> session.createSelectionQuery(
                        "select i.feeSchemeId, i.payerMunicipalityId, i.agreementId from InvoiceEntity i "
                                + "where i.year = :year and i.feeSchemeId in :schemes and i.status <> :credited", Object[].class)
                .setParameter("year", year).setParameter("schemes", schemeIds).setParameter("credited", InvoiceStatus.CREDITED)
                .getResultList())
                .map(rows -> {
                    Set<Key> keys = new HashSet<>();
                    rows.forEach(row -> keys.add(new Key((UUID) row[0], (UUID) row[1], (UUID) row[2])));
                    return keys;
                });
    }

    private Uni<ContributionRunResult> issue(ContributionPreview preview, Set<Key> existing, LocalDate issueDate) {
        List<PayerContribution> toIssue = new ArrayList<>();
        int alreadyExisting = 0;
        for (PayerContribution c : preview.contributions()) {
            if (!CHARGED.equals(c.kind())) {
                continue; // the collector's own contribution: booked, not invoiced
            }
            if (existing.contains(new Key(c.feeSchemeId(), c.payer().municipalityId(), c.agreementId()))) {
                alreadyExisting++;
            } else {
                toIssue.add(c);
            }
        }
        int already = alreadyExisting;
        // Numbers first, one block per seller; then the invoices in chunks, each written in one flush and let go
        // of, so that a run of 100,000 invoices neither holds them all in the session nor checks them all again at
        // every statement.
        Map<String, List<PayerContribution>> bySeller = new LinkedHashMap<>();
        toIssue.forEach(c -> bySeller.computeIfAbsent(c.collector(), seller -> new ArrayList<>()).add(c));
        List<InvoiceSummary> created = new ArrayList<>();
        return Multi.createFrom().iterable(bySeller.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> InvoiceNumberCounter.reserve(entry.getKey(), issueDate.getYear(), entry.getValue().size())
                        .flatMap(first -> Multi.createFrom().iterable(chunks(entry.getValue(), first))
                                .onItem().transformToUniAndConcatenate(chunk -> write(preview, chunk, issueDate).invoke(created::addAll))
                                .collect().last()))
                .collect().last()
                .map(ignored -> new ContributionRunResult(preview.network(), preview.year(), issueDate, created.size(),
                        already, created, preview.exceptions()));
    }

    /** A chunk of one seller's contributions with the number each gets. */
    private record Numbered(PayerContribution contribution, InvoiceNumber number) {
    }

    private static List<List<Numbered>> chunks(List<PayerContribution> ofSeller, InvoiceNumber first) {
        List<List<Numbered>> chunks = new ArrayList<>();
        InvoiceNumber number = first;
        for (int from = 0; from < ofSeller.size(); from += CHUNK) {
            List<Numbered> chunk = new ArrayList<>();
            for (PayerContribution c : ofSeller.subList(from, Math.min(ofSeller.size(), from + CHUNK))) {
                chunk.add(new Numbered(c, number));
                number = number.next();
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    /** Persists a chunk of invoices with their lines and invoice-issued events, flushes it and lets go of it. */
    private Uni<List<InvoiceSummary>> write(ContributionPreview preview, List<Numbered> chunk, LocalDate issueDate) {
        List<InvoiceEntity> stored = new ArrayList<>();
        List<InvoiceLineEntity> storedLines = new ArrayList<>();
        List<InvoiceIssued> events = new ArrayList<>();
        List<InvoiceSummary> summaries = new ArrayList<>();
        for (Numbered numbered : chunk) {
            PayerContribution c = numbered.contribution();
            InvoiceEntity invoice = invoice(preview, c, numbered.number(), issueDate);
            stored.add(invoice);
            storedLines.addAll(lines(invoice, c));
            // announced in the same transaction as the invoice (the outbox), with what is stored
            events.add(new InvoiceIssued(invoice.id, invoice.network, invoice.number, invoice.seller,
                    invoice.payerMunicipalityId, invoice.payerCbsCode, invoice.feeSchemeId, invoice.agreementId,
                    invoice.year, invoice.issueDate, invoice.dueDate, invoice.paymentReference, invoice.netTotal,
                    invoice.vatTotal, invoice.total));
            summaries.add(new InvoiceSummary(invoice.id, invoice.number, invoice.seller, c.payer(), invoice.feeSchemeId,
                    invoice.agreementId, invoice.total));
        }
        return InvoiceWriter.insert(stored, storedLines)
                .flatMap(ignored -> outbox.recordAll(events))
                .flatMap(ignored -> Panache.getSession())
                .flatMap(session -> session.flush().invoke(session::clear))
                .map(ignored -> summaries);
    }

    private static InvoiceEntity invoice(ContributionPreview preview, PayerContribution c, InvoiceNumber number,
                                         LocalDate issueDate) {
        InvoiceEntity invoice = new InvoiceEntity();
        invoice.id = UUID.randomUUID();
        invoice.network = preview.network();
        invoice.number = number.toString();
        invoice.seller = c.collector();
        invoice.year = preview.year();
        invoice.feeSchemeId = c.feeSchemeId();
        invoice.agreementId = c.agreementId();
        invoice.payerMunicipalityId = c.payer().municipalityId();
        invoice.payerCbsCode = c.payer().cbsCode();
        invoice.payerName = c.payer().name();
        invoice.status = InvoiceStatus.DRAFT.moveTo(InvoiceStatus.ISSUED);
        invoice.issueDate = issueDate;
        invoice.dueDate = PaymentTerms.dueDate(issueDate);
        invoice.paymentReference = PaymentTerms.paymentReference(invoice.network, number);
        invoice.netTotal = c.netTotal();
        invoice.vatTotal = c.vatTotal();
        invoice.total = c.total();
        return invoice;
    }

    private static List<InvoiceLineEntity> lines(InvoiceEntity invoice, PayerContribution c) {
        List<InvoiceLineEntity> stored = new ArrayList<>();
        int position = 1;
        for (Line line : c.lines()) {
            InvoiceLineEntity l = new InvoiceLineEntity();
            l.id = UUID.randomUUID();
            l.invoiceId = invoice.id;
            l.position = position++;
            l.description = line.description();
            l.quantity = line.quantity();
            l.unit = line.unit();
            l.unitPrice = line.unitPrice();
            l.baseQuantity = line.baseQuantity();
            l.netAmount = line.netAmount();
            l.vatCategory = line.vatCategory();
            l.vatPercent = line.vatPercent();
            stored.add(l);
        }
        return stored;
    }
}
