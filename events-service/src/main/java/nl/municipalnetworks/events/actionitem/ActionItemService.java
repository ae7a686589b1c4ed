package nl.municipalnetworks.events.actionitem;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.events.access.EventsAccess;
import nl.municipalnetworks.events.actionitem.ActionItemDtos.ActionItemData;
import nl.municipalnetworks.events.actionitem.ActionItemDtos.ActionItemView;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.event.EventEntity;
import nl.municipalnetworks.events.event.EventRepository;
import nl.municipalnetworks.events.event.EventStatus;
import nl.municipalnetworks.events.member.KnownMunicipality;
import nl.municipalnetworks.events.member.MemberView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ActionItemService {

    static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "createdAt", "createdAt", "status", "status");
    static final String DUE_DATE_EXPECTED = "must be a day such as 2025-06-30, in the years " + Times.FIRST_YEAR + " to " + Times.LAST_YEAR;
    private static final UUID NOBODY = new UUID(0, 0);

    private final ActionItemRepository items;
    private final EventRepository events;
    private final MemberView members;

    ActionItemService(ActionItemRepository items, EventRepository events, MemberView members) {
        this.items = items;
        this.events = events;
        this.members = members;
    }

    /** Adds an action item to an event (the secretariat of its host network); not to a cancelled event. */
    @WithTransaction
    public Uni<ActionItemView> create(Caller caller, UUID eventId, ActionItemData request) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayKeepActionItems(caller, event.network);
            if (event.status == EventStatus.CANCELLED) {
                throw ProblemException.conflict("a cancelled event gets no action items");
            }
            LocalDate dueDate = dueDate(request.dueDate());
            Uni<KnownMunicipality> owner = request.ownerMunicipalityId() == null ? Uni.createFrom().nullItem()
                    : members.municipality("ownerMunicipalityId", request.ownerMunicipalityId())
                    .flatMap(m -> members.isMemberOfAny(m.id, event.networkList(), DutchTime.today()).map(member -> {
                        if (!member) {
                            throw ProblemException.invalid("ownerMunicipalityId", m.name + " is not a member of "
                                    + String.join(" or ", event.networkList()));
                        }
                        return m;
                    }));
            return owner.flatMap(municipality -> {
                ActionItemEntity item = new ActionItemEntity();
                item.id = UUID.randomUUID();
                item.eventId = event.id;
                item.network = event.network;
                item.description = request.description().strip();
                item.ownerName = request.ownerName().strip();
                item.ownerEmail = request.ownerEmail().strip();
                item.ownerMunicipalityId = municipality == null ? null : municipality.id;
                item.ownerPillar = request.ownerPillar() == null || request.ownerPillar().isBlank() ? null : request.ownerPillar().strip();
                item.dueDate = dueDate;
                item.status = ActionItemStatus.OPEN;
                item.createdAt = Times.now();
                item.updatedAt = item.createdAt;
                return items.persist(item).map(saved -> view(saved, event.title, municipality, DutchTime.today()));
            });
        });
    }

    /** The action items of an event: all for its network's secretariat and board, an official's own otherwise. */
    @WithSession
    public Uni<Page<ActionItemView>> ofEvent(Caller caller, UUID eventId, ActionItemStatus status, PageRequest page) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayReadActionItems(caller, event.network);
            return visible(caller, event.network).flatMap(where -> find(where.and("eventId = :eventId", "eventId", event.id)
                    .and("status = :status", "status", status), null, page));
        });
    }

    /** The action items of a network (status, owner: name or e-mail contains), overdue first unless sorted otherwise. */
    @WithSession
    public Uni<Page<ActionItemView>> list(Caller caller, String network, ActionItemStatus status, String owner, String sort,
                                          PageRequest page) {
        EventsAccess.requireMayReadActionItems(caller, network);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, OverdueFirst.HQL);
        return visible(caller, network).flatMap(where -> find(where.and("status = :status", "status", status)
                .contains("ownerName || ' ' || ownerEmail", "owner", owner), orderBy, page));
    }

    /** OPEN -> DONE or CANCELLED, DONE -> OPEN (see {@link ActionItemStatus}); an official marks its own item DONE. */
    @WithTransaction
    public Uni<ActionItemView> changeStatus(Caller caller, UUID id, ActionItemStatus target) {
        return items.getLocked(id).flatMap(item -> ownMunicipality(caller, item.network).flatMap(own -> {
            EventsAccess.requireMayChangeActionItem(caller, item.network, own.equals(item.ownerMunicipalityId),
                    target == ActionItemStatus.DONE);
            String refusal = item.status.refusalOfChangeTo(target);
            if (refusal != null) {
                throw ProblemException.conflict("status", refusal);
            }
            item.status = target;
            item.updatedAt = Times.now();
            return items.flush().flatMap(ignored -> views(List.of(item))).map(found -> found.get(0));
        }));
    }

    /** The items of the network this caller may read: all, or (an official) those its municipality owns. */
    private Uni<Where> visible(Caller caller, String network) {
        Where where = new Where().always("network = :network", Map.of("network", network));
        if (EventsAccess.mayReadAllActionItems(caller, network)) {
            return Uni.createFrom().item(where);
        }
        return ownMunicipality(caller, network).map(own -> where.always("ownerMunicipalityId = :own", Map.of("own", own)));
    }

    /** The official's municipality (by the token's CBS code), or an id no item has. */
    private Uni<UUID> ownMunicipality(Caller caller, String network) {
        if (!EventsAccess.isOfficialIn(caller, network)) {
            return Uni.createFrom().item(NOBODY);
        }
        return members.byCbsCode(caller.municipality()).map(m -> m == null ? NOBODY : m.id);
    }

    private Uni<Page<ActionItemView>> find(Where where, String orderBy, PageRequest page) {
        Parameters withToday = new Parameters();
        where.parameters().map().forEach(withToday::and);
        withToday.and("today", DutchTime.today());
        return items.find(where.condition() + " order by " + (orderBy == null ? OverdueFirst.HQL : orderBy), withToday)
                .page(page.index(), page.pageSize()).list()
                .flatMap(found -> items.count(where.condition(), where.parameters())
                        .flatMap(total -> views(found).map(views -> Page.of(views, page, total))));
    }

    private Uni<List<ActionItemView>> views(List<ActionItemEntity> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        LocalDate today = DutchTime.today();
        List<UUID> eventIds = found.stream().map(i -> i.eventId).distinct().toList();
        List<UUID> municipalityIds = found.stream().map(i -> i.ownerMunicipalityId).filter(Objects::nonNull).distinct().toList();
        return events.list("id in ?1", eventIds)
                .map(list -> list.stream().collect(Collectors.toMap(e -> e.id, Function.identity())))
                .flatMap(byId -> members.municipalities(municipalityIds).map(names -> found.stream()
                        .map(i -> view(i, title(byId.get(i.eventId)), i.ownerMunicipalityId == null ? null
                                : names.get(i.ownerMunicipalityId), today)).toList()));
    }

    private static String title(EventEntity event) {
        return event == null ? null : event.title;
    }

    static ActionItemView view(ActionItemEntity i, String eventTitle, KnownMunicipality municipality, LocalDate today) {
        return new ActionItemView(i.id, i.eventId, eventTitle, i.network, i.description, i.ownerName, i.ownerEmail,
                i.ownerMunicipalityId, municipality == null ? null : municipality.name, i.ownerPillar, i.dueDate, i.status,
                OverdueFirst.isOverdue(i.status, i.dueDate, today), Times.dutch(i.createdAt), Times.dutch(i.updatedAt));
    }

    /** A due date: an ISO day (strict: no 30 February) in the years a meeting can be planned in. */
    static LocalDate dueDate(String text) {
        if (text == null) {
            throw ProblemException.invalid("dueDate", "is required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("dueDate", DUE_DATE_EXPECTED);
        }
        if (day.getYear() < Times.FIRST_YEAR || day.getYear() > Times.LAST_YEAR) {
            throw ProblemException.invalid("dueDate", DUE_DATE_EXPECTED);
        }
        return day;
    }
}
