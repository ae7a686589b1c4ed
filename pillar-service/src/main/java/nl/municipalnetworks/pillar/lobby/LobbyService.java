package nl.municipalnetworks.pillar.lobby;

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
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.pillar.access.PillarAccess;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.ContactData;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.ContactView;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.DueList;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.LobbyItemData;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.LobbyItemView;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.StakeholderData;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.StakeholderSummary;
import nl.municipalnetworks.pillar.lobby.LobbyDtos.StakeholderView;
import nl.municipalnetworks.pillar.pillar.Pillar;
import nl.municipalnetworks.pillar.pillar.PillarRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class LobbyService {

    static final Map<String, String> STAKEHOLDERS_SORTABLE = Map.of("name", "name", "kind", "kind");
    private static final String STAKEHOLDERS_ORDER = "name asc, id asc";
    static final Map<String, String> ITEMS_SORTABLE = Map.of(
            "deadline", "deadline", "title", "title", "status", "status", "kind", "kind");
    private static final String ITEMS_ORDER = "deadline asc nulls last, title asc, id asc";

    private final LobbyRepository lobby;
    private final StakeholderRepository stakeholders;
    private final PillarRepository pillars;

    LobbyService(LobbyRepository lobby, StakeholderRepository stakeholders, PillarRepository pillars) {
        this.lobby = lobby;
        this.stakeholders = stakeholders;
        this.pillars = pillars;
    }

    // ---- stakeholders ----------------------------------------------------------------------------------------

    /** A network's stakeholders with their contact persons; by name unless sorted otherwise. */
    @WithSession
    public Uni<Page<StakeholderView>> stakeholders(Caller caller, String network, String sort, PageRequest page) {
        PillarAccess.requireMayReadLobby(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, STAKEHOLDERS_SORTABLE, STAKEHOLDERS_ORDER);
        Where where = new Where().and("network = :network", "network", network);
        return PagedQuery.find(stakeholders, where, orderBy, page)
                .flatMap(found -> stakeholderViews(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<StakeholderView> stakeholder(Caller caller, UUID id) {
        return stakeholders.getExisting(id).invoke(s -> PillarAccess.requireMayReadLobby(caller, s.network))
                .flatMap(s -> stakeholderViews(List.of(s))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<StakeholderView> createStakeholder(Caller caller, StakeholderData request) {
        PillarAccess.requireMayManageStakeholders(caller, request.network());
        return stakeholders.named(request.network(), request.name()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("name", request.network() + " already has a stakeholder named " + existing.name);
            }
            Stakeholder stakeholder = new Stakeholder();
            stakeholder.id = UUID.randomUUID();
            stakeholder.network = request.network();
            stakeholder.name = request.name().strip();
            stakeholder.kind = request.kind();
            stakeholder.description = request.description();
            return stakeholders.persist(stakeholder);
        }).flatMap(saved -> stakeholderViews(List.of(saved))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<StakeholderView> addContact(Caller caller, UUID stakeholderId, ContactData request) {
        return stakeholders.getExisting(stakeholderId).flatMap(stakeholder -> {
            PillarAccess.requireMayManageStakeholders(caller, stakeholder.network);
            StakeholderContact contact = new StakeholderContact();
            contact.id = UUID.randomUUID();
            contact.stakeholderId = stakeholder.id;
            contact.name = request.name().strip();
            contact.jobTitle = request.jobTitle();
            contact.email = request.email();
            contact.phone = request.phone();
            return stakeholders.persistContact(contact)
                    .flatMap(ignored -> stakeholders.flush())
                    .flatMap(ignored -> stakeholderViews(List.of(stakeholder))).map(list -> list.get(0));
        });
    }

    // ---- lobby items -----------------------------------------------------------------------------------------

    /** A network's lobby items, optionally of one pillar and in one status; earliest deadline first unless sorted otherwise. */
    @WithSession
    public Uni<Page<LobbyItemView>> items(Caller caller, String network, UUID pillarId, LobbyStatus status, String sort,
                                          PageRequest page) {
        PillarAccess.requireMayReadLobby(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, ITEMS_SORTABLE, ITEMS_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("pillarId = :pillarId", "pillarId", pillarId)
                .and("status = :status", "status", status);
        return PagedQuery.find(lobby, where, orderBy, page)
                .flatMap(found -> itemViews(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<LobbyItemView> item(Caller caller, UUID id) {
        return lobby.getExisting(id).invoke(item -> PillarAccess.requireMayReadLobby(caller, item.network))
                .flatMap(item -> itemViews(List.of(item))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<LobbyItemView> createItem(Caller caller, LobbyItemData request) {
        LobbyRules.requireDeadlineWhereNeeded(request.kind(), request.deadline());
        Set<UUID> stakeholderIds = request.stakeholderIds() == null ? Set.of() : new LinkedHashSet<>(request.stakeholderIds());
        return pillars.getReferenced("pillarId", request.pillarId()).flatMap(pillar -> {
            PillarAccess.requireMayManagePillar(caller, pillar.network, pillar.code);
            return stakeholders.byIds(stakeholderIds).flatMap(found -> {
                requireStakeholdersOf(pillar, stakeholderIds, found);
                LobbyItem item = new LobbyItem();
                item.id = UUID.randomUUID();
                item.network = pillar.network;
                item.pillarId = pillar.id;
                item.kind = request.kind();
                item.title = request.title().strip();
                item.body = request.body();
                item.status = request.status() == null ? LobbyStatus.PLANNED : request.status();
                item.deadline = request.deadline();
                item.parliamentaryMoment = request.parliamentaryMoment();
                Uni<Void> saved = lobby.persist(item).replaceWithVoid();
                for (UUID stakeholderId : stakeholderIds) {
                    saved = saved.flatMap(ignored -> lobby.persistLink(new LobbyItemStakeholder(item.id, stakeholderId)));
                }
                return saved.flatMap(ignored -> lobby.flush()).replaceWith(item);
            });
        }).flatMap(item -> itemViews(List.of(item))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<LobbyItemView> changeStatus(Caller caller, UUID id, LobbyStatus status) {
        return lobby.getExisting(id).flatMap(item -> pillars.codeOf(item.pillarId).map(code -> {
            PillarAccess.requireMayManagePillar(caller, item.network, code);
            item.status = status;
            return item;
        })).flatMap(item -> itemViews(List.of(item))).map(list -> list.get(0));
    }

    /** Open items due before the end of the coming weeks, overdue ones first: the secretariat's weekly list. */
    @WithSession
    public Uni<DueList> due(Caller caller, String network, int weeks) {
        PillarAccess.requireMayReadLobby(caller, network);
        LocalDate today = DutchTime.today();
        return lobby.list("network = ?1 and deadline is not null and status in ?2", network,
                        List.of(LobbyStatus.PLANNED, LobbyStatus.IN_PROGRESS))
                .map(items -> LobbyRules.due(items, today, weeks))
                .flatMap(this::itemViews)
                .map(views -> new DueList(network, today, today.plusWeeks(weeks).minusDays(1),
                        (int) views.stream().filter(v -> v.deadline().isBefore(today)).count(), views));
    }

    private static void requireStakeholdersOf(Pillar pillar, Set<UUID> wanted, List<Stakeholder> found) {
        Set<UUID> foundIds = found.stream().map(s -> s.id).collect(Collectors.toSet());
        for (UUID id : wanted) {
            if (!foundIds.contains(id)) {
                throw ProblemException.invalid("stakeholderIds", "no stakeholder with id " + id);
            }
        }
        for (Stakeholder stakeholder : found) {
            if (!stakeholder.network.equals(pillar.network)) {
                throw ProblemException.invalid("stakeholderIds", stakeholder.name + " is not a stakeholder of " + pillar.network);
            }
        }
    }

    private Uni<List<StakeholderView>> stakeholderViews(List<Stakeholder> found) {
        return stakeholders.contacts(found.stream().map(s -> s.id).toList()).map(contacts -> found.stream()
                .map(s -> new StakeholderView(s.id, s.network, s.name, s.kind, s.description, contacts.stream()
                        .filter(c -> c.stakeholderId.equals(s.id))
                        .map(c -> new ContactView(c.id, c.name, c.jobTitle, c.email, c.phone)).toList()))
                .toList());
    }

    private Uni<List<LobbyItemView>> itemViews(List<LobbyItem> items) {
        List<UUID> itemIds = items.stream().map(i -> i.id).toList();
        List<UUID> pillarIds = items.stream().map(i -> i.pillarId).distinct().toList();
        Uni<List<Pillar>> pillarList = pillarIds.isEmpty() ? Uni.createFrom().item(List.of()) : pillars.list("id in ?1", pillarIds);
        return pillarList.flatMap(foundPillars -> lobby.links(itemIds).flatMap(links ->
                stakeholders.byIds(links.stream().map(l -> l.key.stakeholderId()).distinct().toList()).map(linked -> {
                    Map<UUID, Pillar> pillarById = foundPillars.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
                    Map<UUID, Stakeholder> stakeholderById = linked.stream()
                            .collect(Collectors.toMap(s -> s.id, Function.identity()));
                    List<LobbyItemView> views = new ArrayList<>();
                    for (LobbyItem item : items) {
                        List<StakeholderSummary> aimedAt = links.stream()
                                .filter(l -> l.key.lobbyItemId().equals(item.id))
                                .map(l -> stakeholderById.get(l.key.stakeholderId()))
                                .sorted(Comparator.comparing((Stakeholder s) -> s.name))
                                .map(s -> new StakeholderSummary(s.id, s.name, s.kind)).toList();
                        views.add(new LobbyItemView(item.id, item.network, item.pillarId, pillarById.get(item.pillarId).name,
                                item.kind, item.title, item.body, item.status, item.deadline, item.parliamentaryMoment, aimedAt));
                    }
                    return views;
                })));
    }
}
