package nl.municipalnetworks.finance.scheme;

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
import nl.municipalnetworks.finance.member.MemberView;
import nl.municipalnetworks.finance.scheme.FeeSchemeDtos.FeeSchemeData;
import nl.municipalnetworks.finance.scheme.FeeSchemeDtos.FeeSchemeView;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FeeSchemeService {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "validFrom", "validFrom", "validTo", "validTo");
    private static final String DEFAULT_ORDER = "validFrom desc, name asc, id asc";

    private final FeeSchemeRepository schemes;
    private final MemberView members;

    FeeSchemeService(FeeSchemeRepository schemes, MemberView members) {
        this.schemes = schemes;
        this.members = members;
    }

    @WithSession
    public Uni<Page<FeeSchemeView>> list(Caller caller, String network, FeeSchemeEntity.Payers payers, String sort, PageRequest page) {
        FinanceAccess.requireMayReadIn(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("payers = :payers", "payers", payers);
        return PagedQuery.find(schemes, where, orderBy, page).map(found -> found.map(FeeSchemeMapper::view));
    }

    @WithSession
    public Uni<FeeSchemeView> get(Caller caller, UUID id) {
        return schemes.getExisting(id)
                .invoke(scheme -> FinanceAccess.requireMayReadIn(caller, scheme.network))
                .map(FeeSchemeMapper::view);
    }

    /**
     * The treasurer adds a scheme. Two schemes that every member pays (payers MEMBERS) may not overlap in one
     * network, or every member would pay twice: a 409.
     */
    @WithTransaction
    public Uni<FeeSchemeView> create(Caller caller, FeeSchemeData request) {
        FinanceAccess.requireMayManage(caller, request.network());
        FeeSchemeEntity scheme = toEntity(request);
        Uni<Void> collector = request.collectorMunicipalityId() == null ? Uni.createFrom().voidItem()
                : members.municipality("collectorMunicipalityId", request.collectorMunicipalityId()).replaceWithVoid();
        return collector
                .flatMap(ignored -> scheme.payers == FeeSchemeEntity.Payers.MEMBERS ? overlapping(scheme) : Uni.createFrom().item(0L))
                .flatMap(overlaps -> {
                    if (overlaps > 0) {
                        throw ProblemException.conflict("validFrom", "another fee scheme that every member of "
                                + scheme.network + " pays overlaps " + scheme.validFrom + " to "
                                + (scheme.validTo == null ? "(no end)" : scheme.validTo) + ": members would pay twice");
                    }
                    return schemes.persist(scheme);
                })
                .map(FeeSchemeMapper::view);
    }

    private Uni<Long> overlapping(FeeSchemeEntity scheme) {
        LocalDate to = scheme.validTo == null ? LocalDate.of(9999, 12, 31) : scheme.validTo;
        return schemes.count("network = ?1 and payers = ?2 and validFrom <= ?3 and (validTo is null or validTo >= ?4)",
                scheme.network, FeeSchemeEntity.Payers.MEMBERS, to, scheme.validFrom);
    }

    /** The entity for a request, checked by the domain's {@link FeeScheme}: a 400 naming the field otherwise. */
    static FeeSchemeEntity toEntity(FeeSchemeData request) {
        FeeSchemeEntity scheme = new FeeSchemeEntity();
        scheme.id = UUID.randomUUID();
        scheme.network = request.network();
        scheme.name = request.name();
        scheme.payers = request.payers();
        scheme.payee = request.payee();
        scheme.collector = request.collector();
        scheme.collectorMunicipalityId = request.collectorMunicipalityId();
        scheme.validFrom = request.validFrom();
        scheme.validTo = request.validTo();
        scheme.basis = request.basis();
        scheme.vat = request.vat();
        scheme.midYearPolicy = request.midYearPolicy();
        if (request.basis() == FeeSchemeEntity.BasisKind.FLAT_PER_MEMBER) {
            require("amountPerYear", request.amountPerYear() != null, "is required for a flat fee per member");
            require("ratePerInhabitant", request.ratePerInhabitant() == null, "is only for a fee per inhabitant");
            require("referenceDate", request.referenceDate() == null, "is only for a fee per inhabitant");
            scheme.amountPerYear = request.amountPerYear();
        } else {
            require("ratePerInhabitant", request.ratePerInhabitant() != null, "is required for a fee per inhabitant");
            require("referenceDate", request.referenceDate() != null, "is required for a fee per inhabitant: the CBS reference date of the count");
            require("amountPerYear", request.amountPerYear() == null, "is only for a flat fee per member");
            scheme.ratePerInhabitant = request.ratePerInhabitant();
            scheme.referenceDate = request.referenceDate();
        }
        require("validTo", request.validTo() == null || !request.validTo().isBefore(request.validFrom()),
                "must not be before validFrom " + request.validFrom());
        try {
            FeeSchemeMapper.toDomain(scheme);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("basis", e.getMessage());
        }
        return scheme;
    }

    private static void require(String field, boolean condition, String reason) {
        if (!condition) {
            throw ProblemException.invalid(field, reason);
        }
    }
}
