package nl.municipalnetworks.member.merger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.member.access.MemberAccess;
import nl.municipalnetworks.member.membership.Membership;
import nl.municipalnetworks.member.membership.MembershipRepository;
import nl.municipalnetworks.member.membership.MembershipService;
import nl.municipalnetworks.member.merger.MergerDtos.EndedMembershipView;
import nl.municipalnetworks.member.merger.MergerDtos.MergerView;
import nl.municipalnetworks.member.merger.MergerDtos.RecordMerger;
import nl.municipalnetworks.member.merger.MergerDtos.SuccessorMembershipView;
import nl.municipalnetworks.member.municipality.Municipality;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.MergerLink;
import nl.municipalnetworks.member.municipality.MunicipalityRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Municipal mergers (herindeling): who merged into whom, and what that does to memberships. */
@ApplicationScoped
public class MergerService {

    private final MergerRepository mergers;
    private final MunicipalityRepository municipalities;
    private final MembershipRepository memberships;
    private final MembershipService membershipService;
    private final Outbox outbox;

    MergerService(MergerRepository mergers, MunicipalityRepository municipalities, MembershipRepository memberships,
                  MembershipService membershipService, Outbox outbox) {
        this.mergers = mergers;
        this.municipalities = municipalities;
        this.memberships = memberships;
        this.membershipService = membershipService;
        this.outbox = outbox;
    }

    /**
     * Records a merger as one unit: the link between old and new on each municipality, the end of the
     * merged municipalities' memberships on the day before, the successor's memberships where networks
     * decided so, and one municipality-merged event. Any refusal leaves everything as it was.
     */
    @WithTransaction
    public Uni<MergerView> record(Caller caller, RecordMerger request) {
        MemberAccess.requireRegisterKeeper(caller);
        Set<UUID> ids = new HashSet<>(request.mergingMunicipalityIds());
        ids.add(request.successorId());
        return municipalities.list("id in ?1", ids).flatMap(found -> {
            Map<UUID, Municipality> byId = found.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
            Municipality successor = byId.get(request.successorId());
            if (successor == null) {
                throw ProblemException.invalid("successorId", "no such municipality");
            }
            List<Municipality> merging = new ArrayList<>();
            for (UUID id : request.mergingMunicipalityIds()) {
                Municipality m = byId.get(id);
                if (m == null) {
                    throw ProblemException.invalid("mergingMunicipalityIds", "no such municipality: " + id);
                }
                merging.add(m);
            }
            return memberships.networksOf(ids).flatMap(networksById -> {
                for (Municipality m : found) {
                    MemberAccess.requireMayChangeMunicipality(caller, m.name, networksById.getOrDefault(m.id, Set.of()));
                }
                Merger merger = Merger.record(successor, merging, request.mergedOn(), caller.username());
                return mergers.persist(merger)
                        .flatMap(saved -> endMemberships(caller, merging, merger))
                        .flatMap(ended -> continueWithSuccessor(caller, request, successor)
                                .flatMap(continued -> outbox.record(event(merger, successor, merging, ended, continued))
                                        .map(ignored -> view(merger, successor, merging, ended, continued))));
            });
        });
    }

    @WithSession
    public Uni<MergerView> get(UUID id) {
        return mergers.getExisting(id).flatMap(this::view);
    }

    /** Mergers, the latest first. */
    @WithSession
    public Uni<Page<MergerView>> list(PageRequest page) {
        return mergers.findAll(io.quarkus.panache.common.Sort.descending("mergedOn").and("id"))
                .page(page.index(), page.pageSize()).list()
                .flatMap(found -> mergers.count().flatMap(total -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(this::view).collect().asList()
                        .map(views -> Page.of(views, page, total))));
    }

    private Uni<List<Membership>> endMemberships(Caller caller, List<Municipality> merging, Merger merger) {
        return Multi.createFrom().iterable(merging)
                .onItem().transformToUniAndConcatenate(m -> membershipService.endForMerger(caller, m, merger.mergedOn))
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Uni<List<Membership>> continueWithSuccessor(Caller caller, RecordMerger request, Municipality successor) {
        List<String> networks = request.successorMemberships() == null ? List.of()
                : request.successorMemberships().stream().sorted().toList();
        return Multi.createFrom().iterable(networks)
                .onItem().transformToUniAndConcatenate(network ->
                        membershipService.continueWithSuccessor(caller, network, successor, request.mergedOn()))
                .collect().asList();
    }

    private Uni<MergerView> view(Merger merger) {
        return municipalities.getExisting(merger.successorId).flatMap(successor ->
                municipalities.list("mergerId = ?1 order by name", merger.id).flatMap(merged ->
                        memberships.endedByMerger(merger.id).flatMap(ended ->
                                memberships.openOf(successor.id).map(current ->
                                        view(merger, successor, merged, ended, current)))));
    }

    private static MergerView view(Merger merger, Municipality successor, List<Municipality> merged,
                                   List<Membership> ended, List<Membership> successorMemberships) {
        return new MergerView(merger.id, merger.mergedOn, MergerLink.of(successor, merger.mergedOn),
                merged.stream().sorted(Comparator.comparing(m -> m.name)).map(m -> MergerLink.of(m, merger.mergedOn)).toList(),
                ended.stream().map(m -> new EndedMembershipView(m.id, m.network, m.municipality.name, m.endsOn)).toList(),
                successorMemberships.stream().filter(m -> m.status.isCurrentMember())
                        .map(m -> new SuccessorMembershipView(m.id, m.network, m.status, m.joinedOn)).toList(),
                merger.recordedAt);
    }

    private static MunicipalityMerged event(Merger merger, Municipality successor, List<Municipality> merging,
                                            List<Membership> ended, List<Membership> continued) {
        return new MunicipalityMerged(merger.id, successor.id, successor.name, successor.cbsCode, merger.mergedOn,
                merging.stream().map(m -> new MunicipalityMerged.MergedMunicipality(m.id, m.name, m.cbsCode)).toList(),
                ended.stream().map(m -> new MunicipalityMerged.EndedMembership(m.id, m.network, m.municipality.id, m.endsOn)).toList(),
                continued.stream().map(m -> new MunicipalityMerged.SuccessorMembership(m.id, m.network)).toList());
    }
}
