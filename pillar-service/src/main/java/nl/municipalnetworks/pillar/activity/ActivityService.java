package nl.municipalnetworks.pillar.activity;

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
import nl.municipalnetworks.contracts.pillar.ActivityTargetReached;
import nl.municipalnetworks.pillar.access.PillarAccess;
import nl.municipalnetworks.pillar.activity.ActivityDtos.ActivityView;
import nl.municipalnetworks.pillar.activity.ActivityDtos.NewActivity;
import nl.municipalnetworks.pillar.activity.ActivityDtos.NewParticipant;
import nl.municipalnetworks.pillar.activity.ActivityDtos.Participant;
import nl.municipalnetworks.pillar.member.KnownMunicipality;
import nl.municipalnetworks.pillar.member.MemberView;
import nl.municipalnetworks.pillar.pillar.PillarRepository;
import nl.municipalnetworks.pillar.theme.Theme;
import nl.municipalnetworks.pillar.theme.ThemeRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ActivityService implements PanacheRepositoryBase<Activity, UUID> {

    static final Map<String, String> SORTABLE = Map.of("title", "title", "kind", "kind", "status", "status");
    private static final String DEFAULT_ORDER = "title asc, id asc";

    private final ThemeRepository themes;
    private final PillarRepository pillars;
    private final MemberView members;
    private final Outbox outbox;

    ActivityService(ThemeRepository themes, PillarRepository pillars, MemberView members, Outbox outbox) {
        this.themes = themes;
        this.pillars = pillars;
        this.members = members;
        this.outbox = outbox;
    }

    /** Every activity of a network with its progress: the overview of all targets and how far each is. */
    @WithSession
    public Uni<Page<ActivityView>> list(String network, String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where().and("network = :network", "network", network);
        return PagedQuery.find(this, where, orderBy, page)
                .flatMap(found -> views(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<ActivityView> get(UUID id) {
        return existing(id).flatMap(activity -> views(List.of(activity))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<ActivityView> create(Caller caller, NewActivity request) {
        return themes.getReferenced("themeId", request.themeId()).flatMap(theme -> requireMayManage(caller, theme)
                .flatMap(ignored -> {
                    Activity activity = new Activity();
                    activity.id = UUID.randomUUID();
                    activity.network = theme.network;
                    activity.themeId = theme.id;
                    activity.kind = request.kind();
                    activity.title = request.title();
                    activity.description = request.description();
                    activity.status = request.status() == null ? ActivityStatus.PLANNED : request.status();
                    if (request.target() != null) {
                        activity.targetNumber = request.target().number();
                        activity.targetUnit = request.target().unit();
                    }
                    return persist(activity);
                }))
                .flatMap(activity -> views(List.of(activity))).map(list -> list.get(0));
    }

    /**
     * A member municipality takes part in an activity. When that brings the count to the target for the first
     * time, the activity records the day and announces activity-target-reached (once).
     */
    @WithTransaction
    public Uni<ActivityView> addParticipant(Caller caller, UUID activityId, NewParticipant request) {
        return existing(activityId).flatMap(activity -> themes.getExisting(activity.themeId)
                .flatMap(theme -> requireMayManage(caller, theme))
                .flatMap(ignored -> members.municipality("municipalityId", request.municipalityId()))
                .flatMap(municipality -> members.memberships(municipality.id, activity.network))
                .flatMap(memberships -> {
                    if (!MemberView.isMemberOn(memberships, request.since())) {
                        throw ProblemException.invalid("municipalityId", "is not a member of " + activity.network + " on "
                                + request.since() + "; only members take part");
                    }
                    ActivityParticipant.Key key = new ActivityParticipant.Key(activityId, request.municipalityId());
                    return getSession().flatMap(s -> s.createSelectionQuery(
                            "from ActivityParticipant where key.activityId = :a and key.municipalityId = :m",
                            ActivityParticipant.class).setParameter("a", activityId)
                            .setParameter("m", request.municipalityId()).getSingleResultOrNull()).flatMap(existing -> {
                        if (existing != null) {
                            throw ProblemException.conflict("municipalityId", "already takes part since " + existing.since);
                        }
                        ActivityParticipant participant = new ActivityParticipant();
                        participant.key = key;
                        participant.since = request.since();
                        return getSession().flatMap(s -> s.persist(participant).flatMap(v -> s.flush()));
                    });
                })
                .flatMap(ignored -> participants(List.of(activityId)))
                .flatMap(participants -> {
                    TargetProgress progress = TargetProgress.of(activity.targetNumber, activity.targetUnit, participants.size());
                    if (!progress.targetReached() || activity.targetReachedOn != null) {
                        return Uni.createFrom().voidItem();
                    }
                    activity.targetReachedOn = request.since();
                    return outbox.record(new ActivityTargetReached(activity.id, activity.network, activity.themeId,
                            activity.title, activity.targetNumber, activity.targetUnit, activity.targetReachedOn));
                })
                .flatMap(ignored -> views(List.of(activity))).map(list -> list.get(0)));
    }

    private Uni<Activity> existing(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Activity", id));
    }

    private Uni<Void> requireMayManage(Caller caller, Theme theme) {
        return pillars.codeOf(theme.pillarId).invoke(code -> PillarAccess.requireMayManagePillar(caller, theme.network, code)).replaceWithVoid();
    }

    private Uni<List<ActivityParticipant>> participants(List<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "from ActivityParticipant where key.activityId in :ids order by since", ActivityParticipant.class)
                .setParameter("ids", activityIds).getResultList());
    }

    private Uni<List<ActivityView>> views(List<Activity> found) {
        List<UUID> ids = found.stream().map(a -> a.id).toList();
        List<UUID> themeIds = found.stream().map(a -> a.themeId).distinct().toList();
        Uni<List<Theme>> themeList = themeIds.isEmpty() ? Uni.createFrom().item(List.of()) : themes.list("id in ?1", themeIds);
        return themeList.flatMap(themesFound -> participants(ids).flatMap(all -> members.municipalities(
                all.stream().map(p -> p.key.municipalityId()).distinct().toList()).map(municipalities -> {
            Map<UUID, Theme> themeById = themesFound.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
            return found.stream().map(activity -> {
                List<Participant> participants = all.stream()
                        .filter(p -> p.key.activityId().equals(activity.id))
                        .map(p -> {
                            KnownMunicipality m = municipalities.get(p.key.municipalityId());
                            return new Participant(p.key.municipalityId(), m == null ? null : m.name, p.since);
                        })
                        .sorted(Comparator.comparing(Participant::since))
                        .toList();
                Theme theme = themeById.get(activity.themeId);
                return new ActivityView(activity.id, activity.network, activity.themeId, theme == null ? null : theme.name,
                        activity.kind, activity.title, activity.description, activity.status,
                        TargetProgress.of(activity.targetNumber, activity.targetUnit, participants.size()),
                        activity.targetReachedOn, participants);
            }).toList();
        })));
    }
}
