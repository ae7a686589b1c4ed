package nl.municipalnetworks.finance.party;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.Problem;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.member.MemberView;
import nl.municipalnetworks.finance.party.PartyDtos.PartyData;
import nl.municipalnetworks.finance.party.PartyDtos.PartyView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The billing details of parties: shared by the networks, managed by their treasurers (see {@link FinanceAccess}). */
@ApplicationScoped
public class PartyService {

    static final Map<String, String> SORTABLE = Map.of("legalName", "legalName", "collectorName", "collectorName",
            "city", "city");
    private static final String DEFAULT_ORDER = "legalName asc, id asc";

    private final PartyRepository parties;
    private final MemberView members;

    PartyService(PartyRepository parties, MemberView members) {
        this.parties = parties;
        this.members = members;
    }

    @WithSession
    public Uni<Page<PartyView>> list(Caller caller, UUID municipalityId, String sort, PageRequest page) {
        FinanceAccess.requireMayReadParties(caller);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("municipalityId = :municipality", "municipality", municipalityId);
        if (!FinanceAccess.mayReadAllParties(caller)) {
            where.always("municipalityId in (select m.id from KnownMunicipality m where m.cbsCode = :cbs)",
                    Map.of("cbs", caller.municipality()));
        }
        return PagedQuery.find(parties, where, orderBy, page).map(found -> found.map(PartyMapper::view));
    }

    @WithSession
    public Uni<PartyView> get(Caller caller, UUID id) {
        return parties.getExisting(id)
                .call(party -> mayRead(caller, party))
                .map(PartyMapper::view);
    }

    private Uni<Void> mayRead(Caller caller, PartyEntity party) {
        if (FinanceAccess.mayReadAllParties(caller) || party.municipalityId == null) {
            FinanceAccess.requireMayReadParty(caller, null);
            return Uni.createFrom().voidItem();
        }
        return members.municipality("id", party.municipalityId)
                .invoke(municipality -> FinanceAccess.requireMayReadParty(caller, municipality.cbsCode))
                .replaceWithVoid();
    }

    /** Registers a party's billing details: a 400 naming each wrong field, a 409 when the party has them already. */
    @WithTransaction
    public Uni<PartyView> create(Caller caller, PartyData request) {
        FinanceAccess.requireMayManageParties(caller);
        PartyEntity party = new PartyEntity();
        party.id = UUID.randomUUID();
        return write(party, request).flatMap(parties::persist).map(PartyMapper::view);
    }

    /** Replaces a party's billing details (and how it is found) with those of the request. */
    @WithTransaction
    public Uni<PartyView> update(Caller caller, UUID id, PartyData request) {
        FinanceAccess.requireMayManageParties(caller);
        return parties.getExisting(id).flatMap(party -> write(party, request)).map(PartyMapper::view);
    }

    /** Checks the request (fields, the municipality, no other party found the same way) and applies it. */
    private Uni<PartyEntity> write(PartyEntity party, PartyData request) {
        BillingDetails details = parse(request);
        String collectorName = request.collectorName() == null || request.collectorName().isBlank() ? null
                : request.collectorName().trim();
        if (request.municipalityId() == null && collectorName == null) {
            throw ProblemException.invalid("municipalityId", "is required unless collectorName is given: a party is "
                    + "a municipality, or the collector a fee scheme names");
        }
        Uni<Void> municipality = request.municipalityId() == null ? Uni.createFrom().voidItem()
                : members.municipality("municipalityId", request.municipalityId()).replaceWithVoid();
        return municipality
                .flatMap(ignored -> request.municipalityId() == null ? Uni.createFrom().nullItem()
                        : parties.ofMunicipality(request.municipalityId()))
                .invoke(other -> {
                    if (other != null && !other.id.equals(party.id)) {
                        throw ProblemException.conflict("municipalityId", "this municipality has billing details "
                                + "already (party " + other.id + "); change those with PUT /v1/parties/" + other.id);
                    }
                })
                .flatMap(ignored -> collectorName == null ? Uni.createFrom().nullItem() : parties.ofCollectorName(collectorName))
                .map(other -> {
                    if (other != null && !other.id.equals(party.id)) {
                        throw ProblemException.conflict("collectorName", "the collector '" + collectorName
                                + "' has billing details already (party " + other.id + ")");
                    }
                    party.municipalityId = request.municipalityId();
                    party.collectorName = collectorName;
                    PartyMapper.apply(details, party);
                    return party;
                });
    }

    private static BillingDetails parse(PartyData request) {
        try {
            return request.draft().parse();
        } catch (BillingDetails.Invalid e) {
            List<Problem.InvalidParam> params = e.problems().entrySet().stream()
                    .map(problem -> new Problem.InvalidParam(problem.getKey(), problem.getValue())).toList();
            throw ProblemException.invalid(e.getMessage(), params);
        }
    }
}
