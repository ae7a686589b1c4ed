package nl.municipalnetworks.finance.contribution;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.agreement.Agreement;
import nl.municipalnetworks.finance.agreement.AgreementEntity;
import nl.municipalnetworks.finance.agreement.AgreementMapper;
import nl.municipalnetworks.finance.agreement.AgreementRepository;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.Charged;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.MissingPopulation;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.OwnContribution;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.SurplusExceedsContribution;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.ContributionPreview;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Line;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Payer;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.PayerContribution;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.PreviewException;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Totals;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.InvoiceTotals;
import nl.municipalnetworks.finance.member.KnownMembership;
import nl.municipalnetworks.finance.member.KnownMunicipality;
import nl.municipalnetworks.finance.member.MemberView;
import nl.municipalnetworks.finance.member.PopulationCount;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.scheme.FeeSchemeEntity;
import nl.municipalnetworks.finance.scheme.FeeSchemeMapper;
import nl.municipalnetworks.finance.scheme.FeeSchemeRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contribution of every payer of a network for a year, computed by the domain's
 * {@link ContributionCalculator}: every member under each scheme that members pay (M50: EUR 3,500), and every
 * agreement in force that year under its scheme (G40 cities: inhabitants on the reference date x the rate). A
 * per-inhabitant fee without a CBS count is an exception, never a zero amount.
 */
@ApplicationScoped
public class ContributionPreviewService {

    /** A membership whose join date is unknown (a member since before the register began) counts from long ago. */
    private static final LocalDate LONG_AGO = LocalDate.of(1800, 1, 1);

    private final FeeSchemeRepository schemes;
    private final AgreementRepository agreements;
    private final MemberView members;

    ContributionPreviewService(FeeSchemeRepository schemes, AgreementRepository agreements, MemberView members) {
        this.schemes = schemes;
        this.agreements = agreements;
        this.members = members;
    }

    /** The whole network for its treasurer, board and secretariat; a member official sees its own municipality's lines. */
    @WithSession
    public Uni<ContributionPreview> preview(Caller caller, String network, int year) {
        FinanceAccess.requireMayReadIn(caller, network);
        return computeFor(caller, network, year);
    }

    /**
     * The computation itself, in the caller's session (the preview's and the contribution run's one place): the
     * rows {@code caller} may see; the contribution run asks it for a caller that sees the whole network.
     */
    public Uni<ContributionPreview> computeFor(Caller caller, String network, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return schemes.list("network = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?3)", network, last, first)
                .flatMap(foundSchemes -> members.memberships(network).flatMap(memberships -> agreements
                        .list("network = ?1 and termStart <= ?2 and effectiveEnd >= ?3", network, last, first)
                        .flatMap(foundAgreements -> agreementSchemes(foundSchemes, foundAgreements).flatMap(schemeById -> {
                            // the members are asked by network; the agreements' payers (a few) by id
                            Set<UUID> payers = new HashSet<>();
                            foundAgreements.forEach(a -> payers.add(a.payerMunicipalityId));
                            Set<LocalDate> referenceDates = schemeById.values().stream()
                                    .filter(s -> s.referenceDate != null).map(s -> s.referenceDate).collect(Collectors.toSet());
                            return members.municipalitiesOf(network, payers).flatMap(this::withSuccessors).flatMap(municipalities -> members
                                    .populationsOf(network, payers, referenceDates)
                                    .map(populations -> compute(caller, network, year, foundSchemes, schemeById, memberships,
                                            foundAgreements, municipalities, populations)));
                        }))));
    }

    /** Adds the successors of merged municipalities, to whom their agreements moved. */
    private Uni<Map<UUID, KnownMunicipality>> withSuccessors(Map<UUID, KnownMunicipality> municipalities) {
        Set<UUID> successors = municipalities.values().stream().map(m -> m.mergedInto)
                .filter(id -> id != null && !municipalities.containsKey(id)).collect(Collectors.toSet());
        if (successors.isEmpty()) {
            return Uni.createFrom().item(municipalities);
        }
        return members.municipalities(successors).map(found -> {
            Map<UUID, KnownMunicipality> all = new HashMap<>(municipalities);
            all.putAll(found);
            return all;
        });
    }

    /** The schemes of the year plus those of agreements in force whose scheme's own validity lies elsewhere. */
    private Uni<Map<UUID, FeeSchemeEntity>> agreementSchemes(List<FeeSchemeEntity> ofYear, List<AgreementEntity> found) {
        Map<UUID, FeeSchemeEntity> byId = ofYear.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<UUID> missing = found.stream().map(a -> a.feeSchemeId).filter(id -> !byId.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return Uni.createFrom().item(byId);
        }
        return schemes.list("id in ?1", missing).map(more -> {
            more.forEach(s -> byId.put(s.id, s));
            return byId;
        });
    }

    private static ContributionPreview compute(Caller caller, String network, int year, List<FeeSchemeEntity> ofYear,
                                               Map<UUID, FeeSchemeEntity> schemeById, List<KnownMembership> memberships,
                                               List<AgreementEntity> found, Map<UUID, KnownMunicipality> municipalities,
                                               Map<PopulationCount.Key, Long> populations) {
        boolean whole = FinanceAccess.mayReadAllOf(caller, network);
        java.util.function.Predicate<KnownMunicipality> visible = m -> whole
                || (m != null && m.cbsCode != null && caller.actsFor(m.cbsCode));
        ContributionCalculator calculator = new ContributionCalculator((party, referenceDate) -> {
            Long count = populations.get(new PopulationCount.Key(UUID.fromString(party.id()), referenceDate));
            return count == null || count > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(count.intValue());
        });
        List<PayerContribution> contributions = new ArrayList<>();
        List<PreviewException> exceptions = new ArrayList<>();
        for (FeeSchemeEntity scheme : ofYear) {
            if (scheme.payers != FeeSchemeEntity.Payers.MEMBERS) {
                continue;
            }
            for (KnownMembership membership : memberships) {
                KnownMunicipality municipality = municipalities.get(membership.municipalityId);
                if (municipality == null || !visible.test(municipality)) {
                    continue;
                }
                LocalDate from = membership.joinedOn == null ? LONG_AGO : membership.joinedOn;
                if (membership.endedOn != null && membership.endedOn.isBefore(from)) {
                    continue;
                }
                Participation participation = new Participation(AgreementMapper.payer(municipality), from, membership.endedOn);
                add(calculator.forYear(FeeSchemeMapper.toDomain(scheme), participation, year), municipality, scheme, null,
                        contributions, exceptions);
            }
        }
        for (AgreementEntity agreement : found) {
            KnownMunicipality municipality = municipalities.get(agreement.payerMunicipalityId);
            if (municipality == null) {
                continue;
            }
            FeeSchemeEntity scheme = schemeById.get(agreement.feeSchemeId);
            Agreement domain = AgreementMapper.toDomain(agreement, scheme, municipality);
            KnownMunicipality successor = municipality.mergedInto == null ? null : municipalities.get(municipality.mergedInto);
            List<ContributionOutcome> outcomes = successor == null ? List.of(calculator.forYear(domain, year))
                    : calculator.forYear(domain, AgreementMapper.payer(successor), municipality.mergedOn, year);
            boolean countMissing = false;
            for (ContributionOutcome outcome : outcomes) {
                // after a merger, part of the year (or all of it) is the successor's; a missing count is the merged
                // municipality's, reported once
                KnownMunicipality payer = municipalities.get(UUID.fromString(outcome.payer().id()));
                if (outcome instanceof MissingPopulation && countMissing) {
                    continue;
                }
                countMissing |= outcome instanceof MissingPopulation;
                if (visible.test(payer)) {
                    add(outcome, payer, scheme, agreement.id, contributions, exceptions);
                }
            }
        }
        contributions.sort(Comparator.comparing((PayerContribution c) -> c.payer().name()).thenComparing(PayerContribution::feeSchemeName));
        exceptions.sort(Comparator.comparing((PreviewException e) -> e.payer().name()));
        Money net = Money.ZERO;
        Money vat = Money.ZERO;
        Money total = Money.ZERO;
        for (PayerContribution c : contributions) {
            net = net.plus(new Money(c.netTotal()));
            vat = vat.plus(new Money(c.vatTotal()));
            total = total.plus(new Money(c.total()));
        }
        return new ContributionPreview(network, year, contributions, exceptions,
                new Totals(net.amount(), vat.amount(), total.amount()));
    }

    private static void add(ContributionOutcome outcome, KnownMunicipality municipality, FeeSchemeEntity scheme, UUID agreementId,
                            List<PayerContribution> contributions, List<PreviewException> exceptions) {
        Payer payer = new Payer(municipality.id, municipality.cbsCode, municipality.name);
        if (outcome instanceof Charged charged) {
            contributions.add(contribution(payer, scheme, agreementId, "CHARGED", charged.invoice().lines(),
                    charged.invoice().totals()));
        } else if (outcome instanceof OwnContribution own) {
            contributions.add(contribution(payer, scheme, agreementId, "OWN_CONTRIBUTION", own.lines(), own.totals()));
        } else if (outcome instanceof MissingPopulation missing) {
            exceptions.add(new PreviewException(payer, scheme.id, agreementId, "MISSING_POPULATION", missing.reason(),
                    missing.referenceDate()));
        } else if (outcome instanceof SurplusExceedsContribution surplus) {
            exceptions.add(new PreviewException(payer, scheme.id, agreementId, "SURPLUS_EXCEEDS_CONTRIBUTION",
                    "the agreed surplus " + surplus.surplus() + " exceeds the contribution " + surplus.contribution()
                            + " it is to be settled against", null));
        }
        // NothingDue: the payer does not take part under the scheme that year; left out.
    }

    private static PayerContribution contribution(Payer payer, FeeSchemeEntity scheme, UUID agreementId, String kind,
                                                  List<InvoiceLine> lines, InvoiceTotals totals) {
        List<Line> shown = lines.stream().map(l -> new Line(l.description(), l.quantity(), l.unit().name(), l.unitPrice(),
                l.baseQuantity(), l.netAmount().amount(), l.vat().category().name(), l.vat().rate().percent())).toList();
        return new PayerContribution(payer, scheme.id, scheme.name, agreementId, kind, scheme.collector, shown,
                totals.netTotal().amount(), totals.vatTotal().amount(), totals.total().amount());
    }
}
