package nl.municipalnetworks.pillar.pillar;

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
import nl.municipalnetworks.contracts.pillar.ChairChanged;
import nl.municipalnetworks.pillar.access.PillarAccess;
import nl.municipalnetworks.pillar.member.KnownMunicipality;
import nl.municipalnetworks.pillar.member.KnownPerson;
import nl.municipalnetworks.pillar.member.MemberView;
import nl.municipalnetworks.pillar.pillar.PillarDtos.Appointment;
import nl.municipalnetworks.pillar.pillar.PillarDtos.PillarData;
import nl.municipalnetworks.pillar.pillar.PillarDtos.PillarDetail;
import nl.municipalnetworks.pillar.pillar.PillarDtos.PillarView;
import nl.municipalnetworks.pillar.pillar.PillarDtos.RoleHolder;
import nl.municipalnetworks.pillar.pillar.PillarDtos.TermEnd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PillarService {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "code", "code", "validFrom", "validFrom", "validTo", "validTo");
    private static final String DEFAULT_ORDER = "validFrom desc, name asc, id asc";

    private final PillarRepository pillars;
    private final MemberView members;
    private final Outbox outbox;

    PillarService(PillarRepository pillars, MemberView members, Outbox outbox) {
        this.pillars = pillars;
        this.members = members;
        this.outbox = outbox;
    }

    /**
     * The pillars of a network, those running on {@code on} when given (as {@link Pillar#runsOn}), with their
     * current role holders.
     */
    @WithSession
    public Uni<Page<PillarView>> list(Caller caller, String network, LocalDate on, String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("validFrom <= :on and (validTo is null or validTo >= :on)", "on", on);
        return PagedQuery.find(pillars, where, orderBy, page)
                .flatMap(found -> views(caller, found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<PillarDetail> get(Caller caller, UUID id) {
        return pillars.getExisting(id).flatMap(pillar -> detail(caller, pillar));
    }

    @WithTransaction
    public Uni<PillarView> create(Caller caller, PillarData request) {
        PillarAccess.requireMayManageNetwork(caller, request.network());
        requireOrderedPeriod(request);
        return pillars.findByCode(request.network(), request.code()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("code", "network " + request.network() + " already has a pillar " + request.code());
            }
            Pillar pillar = new Pillar();
            pillar.id = UUID.randomUUID();
            apply(pillar, request);
            return pillars.persist(pillar).flatMap(saved -> views(caller, List.of(saved))).map(list -> list.get(0));
        });
    }

    @WithTransaction
    public Uni<PillarView> update(Caller caller, UUID id, PillarData request) {
        requireOrderedPeriod(request);
        return pillars.getExisting(id).flatMap(pillar -> {
            PillarAccess.requireMayManagePillar(caller, pillar.network, pillar.code);
            if (!pillar.network.equals(request.network()) || !pillar.code.equals(request.code())) {
                // The code is what a chair's token names; changing it would silently move their rights.
                throw ProblemException.invalid(!pillar.network.equals(request.network()) ? "network" : "code",
                        "cannot be changed; add a new pillar instead");
            }
            apply(pillar, request);
            return views(caller, List.of(pillar)).map(list -> list.get(0));
        });
    }

    @WithTransaction
    public Uni<PillarDetail> appoint(Caller caller, UUID pillarId, Appointment request) {
        return pillars.getExisting(pillarId).flatMap(pillar -> {
            if (request.role().isSingle()) {
                PillarAccess.requireMayManageNetwork(caller, pillar.network);
            } else {
                PillarAccess.requireMayManagePillar(caller, pillar.network, pillar.code);
            }
            return members.person("personId", request.personId())
                    .flatMap(person -> pillars.roles(List.of(pillar.id)))
                    .flatMap(history -> {
                        UUID previousChair = PillarRoles.current(history, PillarRoleKind.CHAIR, null)
                                .map(r -> r.personId).orElse(null);
                        PillarRole role = PillarRoles.appoint(pillar, history, request.role(), request.personId(), request.from());
                        // The previous holder's end first: Hibernate would insert before it updates, and the new
                        // term would meet the one-current-chair index while the old one still looks current.
                        Uni<Void> saved = pillars.getSession().flatMap(session -> session.flush())
                                .flatMap(ignored -> pillars.persistRole(role));
                        if (request.role() == PillarRoleKind.CHAIR) {
                            saved = saved.flatMap(ignored -> outbox.record(new ChairChanged(pillar.id, pillar.network,
                                    pillar.name, request.personId(), previousChair, request.from())));
                        }
                        return saved;
                    })
                    .flatMap(ignored -> pillars.getSession().flatMap(session -> session.flush()))
                    .flatMap(ignored -> detail(caller, pillar));
        });
    }

    @WithTransaction
    public Uni<PillarDetail> endTerm(Caller caller, UUID pillarId, UUID roleId, TermEnd request) {
        return pillars.getExisting(pillarId).flatMap(pillar -> pillars.role(pillarId, roleId).flatMap(role -> {
            if (role.role.isSingle()) {
                PillarAccess.requireMayManageNetwork(caller, pillar.network);
            } else {
                PillarAccess.requireMayManagePillar(caller, pillar.network, pillar.code);
            }
            PillarRoles.end(role, request.to());
            Uni<Void> announced = role.role == PillarRoleKind.CHAIR
                    ? outbox.record(new ChairChanged(pillar.id, pillar.network, pillar.name, null, role.personId,
                    request.to().plusDays(1)))
                    : Uni.createFrom().voidItem();
            return announced.flatMap(ignored -> detail(caller, pillar));
        }));
    }

    private static void requireOrderedPeriod(PillarData request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
    }

    private static void apply(Pillar pillar, PillarData request) {
        pillar.network = request.network();
        pillar.code = request.code();
        pillar.name = request.name();
        pillar.description = request.description();
        pillar.validFrom = request.validFrom();
        pillar.validTo = request.validTo();
    }

    private Uni<PillarDetail> detail(Caller caller, Pillar pillar) {
        return pillars.roles(List.of(pillar.id)).flatMap(history -> holders(caller, pillar.network, history)
                .map(byRole -> new PillarDetail(view(pillar, history, byRole),
                        history.stream().map(byRole::get).toList())));
    }

    private Uni<List<PillarView>> views(Caller caller, List<Pillar> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pillars.roles(found.stream().map(p -> p.id).toList()).flatMap(roles -> {
            boolean sameNetwork = found.stream().map(p -> p.network).distinct().count() == 1;
            String network = sameNetwork ? found.get(0).network : null;
            return holders(caller, network, roles).map(byRole -> found.stream()
                    .map(p -> view(p, roles.stream().filter(r -> r.pillarId.equals(p.id)).toList(), byRole))
                    .toList());
        });
    }

    private static PillarView view(Pillar pillar, List<PillarRole> history, Map<PillarRole, RoleHolder> byRole) {
        RoleHolder chair = PillarRoles.current(history, PillarRoleKind.CHAIR, null).map(byRole::get).orElse(null);
        RoleHolder vice = PillarRoles.current(history, PillarRoleKind.VICE_CHAIR, null).map(byRole::get).orElse(null);
        List<RoleHolder> supporters = history.stream()
                .filter(r -> r.role == PillarRoleKind.SUPPORTER && r.isCurrent()).map(byRole::get).toList();
        return new PillarView(pillar.id, pillar.network, pillar.code, pillar.name, pillar.description, pillar.validFrom,
                pillar.validTo, chair, vice, supporters);
    }

    /** Role holders with names where the caller may see them (PillarAccess), municipalities always. */
    private Uni<Map<PillarRole, RoleHolder>> holders(Caller caller, String network, List<PillarRole> roles) {
        boolean names = network != null && PillarAccess.maySeeNamesIn(caller, network);
        return members.people(roles.stream().map(r -> r.personId).distinct().toList()).flatMap(people ->
                members.municipalities(people.values().stream().map(p -> p.municipalityId).filter(Objects::nonNull)
                                .distinct().toList())
                        .map(municipalities -> roles.stream().collect(Collectors.toMap(r -> r, r -> {
                            KnownPerson person = people.get(r.personId);
                            KnownMunicipality municipality = person == null || person.municipalityId == null
                                    ? null : municipalities.get(person.municipalityId);
                            return new RoleHolder(r.id, r.role, r.personId,
                                    names && person != null ? person.fullName() : null,
                                    municipality == null ? null : municipality.id,
                                    municipality == null ? null : municipality.name, r.from, r.to);
                        }))));
    }
}
