package nl.municipalnetworks.finance.agreement;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.agreement.AgreementDtos.AgreementData;
import nl.municipalnetworks.finance.agreement.AgreementDtos.AgreementView;
import nl.municipalnetworks.finance.agreement.AgreementDtos.NoticeData;
import nl.municipalnetworks.finance.agreement.AgreementDtos.SurplusData;
import nl.municipalnetworks.finance.member.KnownMunicipality;
import nl.municipalnetworks.finance.member.MemberView;
import nl.municipalnetworks.finance.scheme.FeeSchemeEntity;
import nl.municipalnetworks.finance.scheme.FeeSchemeRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementService {

    static final Map<String, String> SORTABLE = Map.of("reference", "reference", "termStart", "termStart",
            "termEnd", "termEnd", "effectiveEnd", "effectiveEnd");
    private static final String DEFAULT_ORDER = "termStart desc, reference asc, id asc";

    private final AgreementRepository agreements;
    private final FeeSchemeRepository schemes;
    private final MemberView members;

    AgreementService(AgreementRepository agreements, FeeSchemeRepository schemes, MemberView members) {
        this.agreements = agreements;
        this.schemes = schemes;
        this.members = members;
    }

    /** The whole network for its treasurer, board and secretariat; a member official's own municipality's only. */
    @WithSession
    public Uni<Page<AgreementView>> list(Caller caller, String network, UUID payerMunicipalityId, String sort, PageRequest page) {
        FinanceAccess.requireMayReadIn(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("payerMunicipalityId = :payer", "payer", payerMunicipalityId);
        if (!FinanceAccess.mayReadAllOf(caller, network)) {
            where.always("payerMunicipalityId in (select m.id from KnownMunicipality m where m.cbsCode = :cbs)",
                    Map.of("cbs", caller.municipality()));
        }
        return PagedQuery.find(agreements, where, orderBy, page)
                .flatMap(found -> views(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<AgreementView> get(Caller caller, UUID id) {
        return agreements.getExisting(id).flatMap(agreement -> views(List.of(agreement))).map(list -> list.get(0))
                .invoke(view -> FinanceAccess.requireMayReadMunicipality(caller, view.network(), view.payer().cbsCode()));
    }

    /**
     * The treasurer of the scheme's network records an agreement. The scheme must be one that agreements pay;
     * one payer has one agreement under a scheme at a time (a 409 for an overlapping term).
     */
    @WithTransaction
    public Uni<AgreementView> create(Caller caller, AgreementData request) {
        return schemes.getReferenced("feeSchemeId", request.feeSchemeId()).flatMap(scheme -> {
            FinanceAccess.requireMayManage(caller, scheme.network);
            if (scheme.payers != FeeSchemeEntity.Payers.AGREEMENTS) {
                throw ProblemException.invalid("feeSchemeId", "must be a fee scheme that agreements pay (payers AGREEMENTS); every member pays '"
                        + scheme.name + "' without one");
            }
            if (request.termEnd().isBefore(request.termStart())) {
                throw ProblemException.invalid("termEnd", "must not be before termStart " + request.termStart());
            }
            return members.municipality("payerMunicipalityId", request.payerMunicipalityId()).flatMap(payer -> agreements
                    .count("payerMunicipalityId = ?1 and feeSchemeId = ?2 and termStart <= ?3 and effectiveEnd >= ?4",
                            payer.id, scheme.id, request.termEnd(), request.termStart())
                    .flatMap(overlapping -> {
                        if (overlapping > 0) {
                            throw ProblemException.conflict("termStart", payer.name + " already has an agreement under '"
                                    + scheme.name + "' in " + request.termStart() + " to " + request.termEnd());
                        }
                        AgreementEntity agreement = new AgreementEntity();
                        agreement.id = UUID.randomUUID();
                        agreement.network = scheme.network;
                        agreement.reference = request.reference();
                        agreement.payerMunicipalityId = payer.id;
                        agreement.feeSchemeId = scheme.id;
                        agreement.termStart = request.termStart();
                        agreement.termEnd = request.termEnd();
                        agreement.effectiveEnd = domain(agreement, scheme, payer).effectiveEnd();
                        return agreements.persist(agreement)
                                .map(saved -> AgreementMapper.view(saved, scheme, payer));
                    }));
        });
    }

    /**
     * Records written notice (once, during the term) and answers the effective end it gives: notice sent before
     * 1 September ends the agreement on 31 December, later notice a year after; never after the term.
     */
    @WithTransaction
    public Uni<AgreementView> giveNotice(Caller caller, UUID id, NoticeData request) {
        return agreements.getExisting(id).flatMap(agreement -> {
            FinanceAccess.requireMayManage(caller, agreement.network);
            return schemes.getExisting(agreement.feeSchemeId).flatMap(scheme ->
                    members.municipality("payerMunicipalityId", agreement.payerMunicipalityId).map(payer -> {
                        Agreement current = domain(agreement, scheme, payer);
                        Agreement noticed;
                        try {
                            noticed = current.withNotice(new Notice(
                                    request.givenBy() == AgreementEntity.NoticeGivenBy.PAYER ? current.payer() : current.payee(),
                                    request.givenOn()));
                        } catch (IllegalStateException e) {
                            throw ProblemException.conflict("givenOn", "notice was already given on " + agreement.noticeGivenOn);
                        } catch (IllegalArgumentException e) {
                            throw ProblemException.invalid("givenOn", e.getMessage());
                        }
                        agreement.noticeGivenOn = request.givenOn();
                        agreement.noticeGivenBy = request.givenBy();
                        agreement.effectiveEnd = noticed.effectiveEnd();
                        return AgreementMapper.view(agreement, scheme, payer);
                    }));
        });
    }

    /**
     * Records the surplus both parties agreed (once), to be settled against the payer's contribution of the
     * agreement's last year, the year of its effective end. Refused when that year's invoice is already issued
     * (and not credited): the run would not see it, and an issued invoice is never edited.
     */
    @WithTransaction
    public Uni<AgreementView> agreeSurplus(Caller caller, UUID id, SurplusData request) {
        return agreements.getExisting(id).flatMap(agreement -> {
            FinanceAccess.requireMayManage(caller, agreement.network);
            if (agreement.surplusAmount != null) {
                throw ProblemException.conflict("amount", "a surplus of " + agreement.surplusAmount
                        + " was already agreed for this agreement");
            }
            for (var agreed : List.of(Map.entry("agreedByPayerOn", request.agreedByPayerOn()),
                    Map.entry("agreedByPayeeOn", request.agreedByPayeeOn()))) {
                if (agreed.getValue().isBefore(agreement.termStart)) {
                    throw ProblemException.invalid(agreed.getKey(), "a surplus is agreed during or after the term, "
                            + "not before its start " + agreement.termStart);
                }
            }
            int lastYear = agreement.effectiveEnd.getYear();
            return agreements.getSession().flatMap(session -> session.createNativeQuery(
                            "select count(*) from invoice where agreement_id = ?1 and year = ?2 and status <> 'CREDITED'", Long.class)
                    .setParameter(1, agreement.id).setParameter(2, lastYear).getSingleResult())
                    .flatMap(issued -> {
                        if (issued > 0) {
                            throw ProblemException.conflict("amount", "the invoice of " + lastYear
                                    + ", the agreement's last year, is already issued; credit it first, then run " + lastYear + " again");
                        }
                        return schemes.getExisting(agreement.feeSchemeId).flatMap(scheme ->
                                members.municipality("payerMunicipalityId", agreement.payerMunicipalityId).map(payer -> {
                                    agreement.surplusAmount = request.amount();
                                    agreement.surplusAgreedByPayerOn = request.agreedByPayerOn();
                                    agreement.surplusAgreedByPayeeOn = request.agreedByPayeeOn();
                                    domain(agreement, scheme, payer); // the domain's checks, before anything is kept
                                    return AgreementMapper.view(agreement, scheme, payer);
                                }));
                    });
        });
    }

    private static Agreement domain(AgreementEntity agreement, FeeSchemeEntity scheme, KnownMunicipality payer) {
        try {
            return AgreementMapper.toDomain(agreement, scheme, payer);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("termStart", e.getMessage());
        }
    }

    private Uni<List<AgreementView>> views(List<AgreementEntity> found) {
        List<UUID> schemeIds = found.stream().map(a -> a.feeSchemeId).distinct().toList();
        Uni<List<FeeSchemeEntity>> schemeList = schemeIds.isEmpty() ? Uni.createFrom().item(List.of())
                : schemes.list("id in ?1", schemeIds);
        return schemeList.flatMap(foundSchemes -> members.municipalities(found.stream().map(a -> a.payerMunicipalityId).distinct().toList())
                .map(municipalities -> {
                    Map<UUID, FeeSchemeEntity> schemeById = foundSchemes.stream()
                            .collect(Collectors.toMap(s -> s.id, Function.identity()));
                    return found.stream().map(a -> AgreementMapper.view(a, schemeById.get(a.feeSchemeId),
                            municipalities.get(a.payerMunicipalityId))).toList();
                }));
    }
}
