package nl.municipalnetworks.finance.einvoice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceLineEntity;
import nl.municipalnetworks.finance.invoice.InvoiceLineRepository;
import nl.municipalnetworks.finance.invoice.InvoiceRepository;
import nl.municipalnetworks.finance.party.PartyEntity;
import nl.municipalnetworks.finance.party.PartyMapper;
import nl.municipalnetworks.finance.party.PartyRepository;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every e-invoice of a network's year as one ZIP ({@code Gemeente Meierijstad/2026-000001.xml}), for the treasurer
 * who hands the year's run to the collecting member's financial system or Peppol access point in one go. Streamed:
 * a page of invoices at a time is read, written as UBL and sent, so that 100,000 invoices never sit in memory at
 * once. Everything that would stop the archive halfway (billing details missing for a buyer or a seller) is
 * checked before the first byte, and refused with a 409 that names the parties.
 */
@ApplicationScoped
public class EInvoiceArchive {

    static final int PAGE = 1_000;
    private static final int NAMES_SHOWN = 20;

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final PartyRepository parties;
    private final EInvoiceService eInvoices;

    EInvoiceArchive(InvoiceRepository invoices, InvoiceLineRepository lines, PartyRepository parties,
                    EInvoiceService eInvoices) {
        this.invoices = invoices;
        this.lines = lines;
        this.parties = parties;
        this.eInvoices = eInvoices;
    }

    public Multi<byte[]> of(Caller caller, String network, int year) {
        if (!FinanceAccess.mayReadAllOf(caller, network)) {
            throw ProblemException.forbidden("The e-invoices of " + network + " are taken out by its treasurer, board and secretariat");
        }
        return Panache.withSession(() -> requireBuyers(network, year).flatMap(ignored -> sellers(network, year)))
                .onItem().transformToMulti(sellers -> {
                    Zip zip = new Zip();
                    return Multi.createBy().repeating()
                            .uni(() -> new Cursor(), cursor -> Panache.withSession(() -> page(network, year, cursor, sellers, zip)))
                            .whilst(bytes -> !zip.finished)
                            .onCompletion().continueWith(() -> List.of(zip.finish()))
                            .filter(bytes -> bytes.length > 0);
                });
    }

    /** Where the previous page ended, in the order seller, number. */
    private static final class Cursor {
        String seller = "";
        String number = "";
    }

    /** The ZIP being written, handing out what it has written so far. */
    private static final class Zip {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        final ZipOutputStream out = new ZipOutputStream(buffer);
        boolean finished;

        void add(String name, byte[] content) {
            try {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] take() {
            byte[] written = buffer.toByteArray();
            buffer.reset();
            return written;
        }

        byte[] finish() {
            try {
                out.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return take();
        }
    }

    /** The next page written into the ZIP; what it adds to the stream (empty at the end). */
    private Uni<byte[]> page(String network, int year, Cursor cursor, Map<UUID, PartyEntity> sellerByScheme, Zip zip) {
        return invoices.find("network = ?1 and year = ?2 and (seller, number) > (?3, ?4) "
                        + "order by seller, number", network, year, cursor.seller, cursor.number)
                .page(0, PAGE).list()
                .flatMap(page -> {
                    if (page.isEmpty()) {
                        zip.finished = true;
                        return Uni.createFrom().item(new byte[0]);
                    }
                    InvoiceEntity last = page.get(page.size() - 1);
                    cursor.seller = last.seller;
                    cursor.number = last.number;
                    List<UUID> ids = page.stream().map(i -> i.id).toList();
                    List<UUID> buyerIds = page.stream().map(i -> i.payerMunicipalityId).distinct().toList();
                    return lines.list("invoiceId in ?1 order by position", ids).flatMap(found -> parties
                            .list("municipalityId in ?1", buyerIds).map(buyers -> {
                                Map<UUID, List<InvoiceLineEntity>> linesOf = found.stream()
                                        .collect(Collectors.groupingBy(l -> l.invoiceId));
                                Map<UUID, PartyEntity> buyerOf = buyers.stream()
                                        .collect(Collectors.toMap(p -> p.municipalityId, Function.identity()));
                                for (InvoiceEntity invoice : page) {
                                    EInvoice e = EInvoice.of(invoice, linesOf.getOrDefault(invoice.id, List.of()),
                                            PartyMapper.details(sellerByScheme.get(invoice.feeSchemeId)),
                                            PartyMapper.details(buyerOf.get(invoice.payerMunicipalityId)));
                                    zip.add(invoice.seller + "/" + invoice.number + ".xml", UblInvoiceWriter.write(e));
                                }
                                return zip.take();
                            }));
                });
    }

    /**
     * The seller's billing details per fee scheme of the year's invoices, each checked by writing that scheme's first
     * invoice (a seller without an IBAN, or without a VAT number where VAT is charged, is refused here, not halfway).
     */
    private Uni<Map<UUID, PartyEntity>> sellers(String network, int year) {
        return invoices.getSession().flatMap(session -> session.createNativeQuery(
                        "select distinct on (fee_scheme_id) cast(id as varchar) from invoice where network = ?1 and year = ?2 "
                                + "order by fee_scheme_id, seller, number", String.class)
                .setParameter(1, network).setParameter(2, year).getResultList())
                .flatMap(firstIds -> {
                    Map<UUID, PartyEntity> sellers = new HashMap<>();
                    return Multi.createFrom().iterable(firstIds)
                            .onItem().transformToUniAndConcatenate(id -> invoices.findById(UUID.fromString(id))
                                    .flatMap(invoice -> eInvoices.seller(invoice).flatMap(seller -> {
                                        if (seller == null) {
                                            throw ProblemException.conflict("seller", "the seller " + invoice.seller
                                                    + " has no billing details: register them with POST /v1/parties");
                                        }
                                        sellers.put(invoice.feeSchemeId, seller);
                                        return eInvoices.requireComplete(invoice, seller);
                                    })))
                            .collect().last().map(ignored -> sellers);
                });
    }

    /** Refuses the archive when any buyer of the year has no billing details, naming them. */
    private Uni<Void> requireBuyers(String network, int year) {
        return invoices.getSession().flatMap(session -> session.createNativeQuery(
                        "select distinct i.payer_name from invoice i where i.network = ?1 and i.year = ?2 and not exists "
                                + "(select 1 from party p where p.municipality_id = i.payer_municipality_id) order by 1", String.class)
                .setParameter(1, network).setParameter(2, year).getResultList())
                .invoke(missing -> {
                    if (!missing.isEmpty()) {
                        String names = String.join(", ", missing.subList(0, Math.min(NAMES_SHOWN, missing.size())))
                                + (missing.size() > NAMES_SHOWN ? " and " + (missing.size() - NAMES_SHOWN) + " more" : "");
                        throw ProblemException.conflict("buyer", missing.size() + " buyers have no billing details ("
                                + names + "): register them with POST /v1/parties");
                    }
                }).replaceWithVoid();
    }
}
