package nl.municipalnetworks.pillar.participation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.PagedQuery;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.pillar.ParticipationEnded;
import nl.municipalnetworks.contracts.pillar.ParticipationMoved;
import nl.municipalnetworks.contracts.pillar.ParticipationStarted;
import nl.municipalnetworks.pillar.access.PillarAccess;
import nl.municipalnetworks.pillar.member.KnownPerson;
import nl.municipalnetworks.pillar.member.MemberView;
import nl.municipalnetworks.pillar.participation.ParticipationDtos.NewParticipation;
import nl.municipalnetworks.pillar.participation.ParticipationDtos.ParticipationEnd;
import nl.municipalnetworks.pillar.participation.ParticipationDtos.ParticipationView;
import nl.municipalnetworks.pillar.pillar.Pillar;
import nl.municipalnetworks.pillar.pillar.PillarRepository;
import nl.municipalnetworks.pillar.theme.Theme;
import nl.municipalnetworks.pillar.theme.ThemeRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class ParticipationService implements PanacheRepositoryBase<Participation, UUID> {

    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String MEMBERSHIP_ENDED = "MEMBERSHIP_ENDED";
    public static final String MERGED = "MERGED";

    static final Map<String, String> SORTABLE = Map.of("startedOn", "startedOn", "endedOn", "endedOn");
    private static final String DEFAULT_ORDER = "startedOn asc, id asc";

    private final MemberView members;
    private final PillarRepository pillars;
    private final ThemeRepository themes;
    private final Outbox outbox;

    ParticipationService(MemberView members, PillarRepository pillars, ThemeRepository themes, Outbox outbox) {
        this.members = members;
        this.pillars = pillars;
        this.themes = themes;
        this.outbox = outbox;
    }

    /** The participations of a network, optionally of one municipality, current ones only unless all=true. */
    @WithSession
    public Uni<Page<ParticipationView>> list(Caller caller, String network, UUID municipalityId, boolean all,
                                             String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("municipalityId = :municipalityId", "municipalityId", municipalityId);
        if (!all) {
            where.always("endedOn is null", Map.of());
        }
        return PagedQuery.find(this, where, orderBy, page)
                .flatMap(found -> views(caller, network, found.items()).map(found::withItems));
    }

    @WithTransaction
    public Uni<ParticipationView> start(Caller caller, NewParticipation request) {
        if ((request.pillarId() == null) == (request.themeId() == null)) {
            throw ProblemException.invalid(request.pillarId() == null ? "pillarId" : "themeId",
                    "give either a pillarId or a themeId");
        }
        return scope(request).flatMap(scope -> members.municipality("municipalityId", request.municipalityId())
                .flatMap(municipality -> {
                    PillarAccess.requireMayManageParticipation(caller, scope.network(), scope.pillarCode(), municipality.cbsCode);
                    return members.memberships(municipality.id, scope.network());
                })
                .flatMap(memberships -> members.person("officialId", request.officialId()).flatMap(official ->
                        supporter(request).map(supporter -> {
                            ParticipationRules.requireMayTakePart(scope.network(), request.municipalityId(), memberships,
                                    request.startedOn(), official, supporter);
                            return official;
                        })))
                .flatMap(ignored -> runningFor(request))
                .flatMap(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("municipalityId", "this municipality already takes part since "
                                + existing.startedOn);
                    }
                    Participation participation = new Participation();
                    participation.id = UUID.randomUUID();
                    participation.network = scope.network();
                    participation.municipalityId = request.municipalityId();
                    participation.pillarId = request.pillarId();
                    participation.themeId = request.themeId();
                    participation.officialId = request.officialId();
                    participation.supporterId = request.supporterId();
                    participation.startedOn = request.startedOn();
                    return persist(participation)
                            .flatMap(saved -> outbox.record(new ParticipationStarted(saved.id, saved.network,
                                    saved.municipalityId, saved.pillarId, saved.themeId, saved.startedOn)))
                            .flatMap(saved -> views(caller, scope.network(), List.of(participation)))
                            .map(list -> list.get(0));
                }));
    }

    @WithTransaction
    public Uni<ParticipationView> end(Caller caller, UUID id, ParticipationEnd request) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Participation", id))
                .flatMap(participation -> scopeOf(participation).flatMap(pillarCode ->
                        members.municipality("municipalityId", participation.municipalityId).flatMap(municipality -> {
                            PillarAccess.requireMayManageParticipation(caller, participation.network, pillarCode,
                                    municipality.cbsCode);
                            ParticipationRules.end(participation, request.endedOn(), WITHDRAWN);
                            return announceEnd(participation);
                        }))
                        .flatMap(ignored -> views(caller, participation.network, List.of(participation)))
                        .map(list -> list.get(0)));
    }

    /**
     * A membership ended in member-service: the municipality's running participations in that network end on
     * the membership's last day (kept, with reason MEMBERSHIP_ENDED). Runs inside the consumer's transaction.
     */
    public Uni<Void> endForMembership(MembershipEnded event) {
        return list("municipalityId = ?1 and network = ?2 and endedOn is null", event.municipalityId(), event.network())
                .flatMap(running -> {
                    // One after the other: a reactive session runs one statement at a time.
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Participation p : running) {
                        ParticipationRules.end(p, later(event.endedOn(), p.startedOn), MEMBERSHIP_ENDED);
                        chain = chain.flatMap(ignored -> announceEnd(p));
                    }
                    return chain;
                });
    }

    /**
     * Municipalities merged: in each network where the successor is a member after the merger, the merged
     * municipalities' running participations continue as the successor's (moved), unless the successor already
     * takes part in that pillar or theme; then, and in networks the successor is not a member of, they end
     * (reason MERGED) on the day before the merger.
     */
    public Uni<Void> moveForMerger(UUID successorId, List<UUID> mergedIds, Set<String> successorNetworks,
                                   LocalDate mergedOn) {
        if (mergedIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return list("municipalityId in ?1 and endedOn is null order by startedOn", mergedIds)
                .flatMap(running -> list("municipalityId = ?1 and endedOn is null", successorId).flatMap(successors -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    List<UUID> taken = new java.util.ArrayList<>(successors.stream().map(ParticipationService::target).toList());
                    for (Participation p : running) {
                        if (successorNetworks.contains(p.network) && !taken.contains(target(p))) {
                            taken.add(target(p));
                            UUID from = p.municipalityId;
                            p.movedFrom = from;
                            p.municipalityId = successorId;
                            chain = chain.flatMap(ignored -> outbox.record(new ParticipationMoved(p.id, p.network, from,
                                    successorId, mergedOn)));
                        } else {
                            ParticipationRules.end(p, later(mergedOn.minusDays(1), p.startedOn), MERGED);
                            chain = chain.flatMap(ignored -> announceEnd(p));
                        }
                    }
                    return chain;
                }));
    }

    private Uni<Participation> runningFor(NewParticipation request) {
        return find("municipalityId = ?1 and endedOn is null and (pillarId = ?2 or themeId = ?2)",
                request.municipalityId(), request.pillarId() != null ? request.pillarId() : request.themeId())
                .firstResult();
    }

    private static UUID target(Participation p) {
        return p.pillarId != null ? p.pillarId : p.themeId;
    }

    private static LocalDate later(LocalDate day, LocalDate other) {
        return day.isBefore(other) ? other : day;
    }

    private Uni<Void> announceEnd(Participation p) {
        return outbox.record(new ParticipationEnded(p.id, p.network, p.municipalityId, p.endedOn, p.endReason));
    }

    private Uni<KnownPerson> supporter(NewParticipation request) {
        return request.supporterId() == null ? Uni.createFrom().nullItem() : members.person("supporterId", request.supporterId());
    }

    /** The network and (for a pillar, or a theme under one) the pillar code that decide who may manage it. */
    private record Scope(String network, String pillarCode) {
    }

    private Uni<Scope> scope(NewParticipation request) {
        if (request.pillarId() != null) {
            return pillars.getReferenced("pillarId", request.pillarId()).map(pillar -> {
                if (!pillar.runsOn(request.startedOn())) {
                    throw ProblemException.invalid("startedOn", "the pillar does not run on " + request.startedOn());
                }
                return new Scope(pillar.network, pillar.code);
            });
        }
        return themes.getReferenced("themeId", request.themeId()).flatMap(this::scopeOfTheme);
    }

    private Uni<Scope> scopeOfTheme(Theme theme) {
        return pillars.codeOf(theme.pillarId).map(code -> new Scope(theme.network, code));
    }

    /** The code of the pillar the participation is in, directly or through its theme. */
    private Uni<String> scopeOf(Participation p) {
        if (p.pillarId != null) {
            return pillars.codeOf(p.pillarId);
        }
        return themes.findById(p.themeId).flatMap(theme -> pillars.codeOf(theme.pillarId));
    }

    private Uni<List<ParticipationView>> views(Caller caller, String network, List<Participation> found) {
        boolean names = PillarAccess.maySeeNamesIn(caller, network);
        List<UUID> people = found.stream().flatMap(p -> Stream.of(p.officialId, p.supporterId)).filter(Objects::nonNull)
                .distinct().toList();
        return members.people(people).flatMap(byPerson -> members.municipalities(
                found.stream().map(p -> p.municipalityId).distinct().toList()).map(byMunicipality -> found.stream()
                .map(p -> new ParticipationView(p.id, p.network, p.municipalityId,
                        byMunicipality.containsKey(p.municipalityId) ? byMunicipality.get(p.municipalityId).name : null,
                        p.pillarId, p.themeId, p.officialId, names ? nameOf(byPerson.get(p.officialId)) : null,
                        p.supporterId, names && p.supporterId != null ? nameOf(byPerson.get(p.supporterId)) : null,
                        p.startedOn, p.endedOn, p.endReason, p.movedFrom))
                .toList()));
    }

    private static String nameOf(KnownPerson person) {
        return person == null ? null : person.fullName();
    }
}
