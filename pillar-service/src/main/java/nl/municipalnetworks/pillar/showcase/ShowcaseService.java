package nl.municipalnetworks.pillar.showcase;

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
import nl.municipalnetworks.pillar.access.PillarAccess;
import nl.municipalnetworks.pillar.member.KnownMunicipality;
import nl.municipalnetworks.pillar.member.MemberView;
import nl.municipalnetworks.pillar.pillar.PillarRepository;
import nl.municipalnetworks.pillar.showcase.ShowcaseDtos.ShowcaseData;
import nl.municipalnetworks.pillar.showcase.ShowcaseDtos.ShowcaseView;
import nl.municipalnetworks.pillar.theme.Theme;
import nl.municipalnetworks.pillar.theme.ThemeRepository;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ShowcaseService {

    static final Map<String, String> SORTABLE = Map.of("publishedOn", "publishedOn", "title", "title");
    private static final String DEFAULT_ORDER = "publishedOn desc nulls last, title asc, id asc";

    private final ShowcaseRepository showcases;
    private final ThemeRepository themes;
    private final PillarRepository pillars;
    private final MemberView members;

    ShowcaseService(ShowcaseRepository showcases, ThemeRepository themes, PillarRepository pillars, MemberView members) {
        this.showcases = showcases;
        this.themes = themes;
        this.pillars = pillars;
        this.members = members;
    }

    /** Newest first, stories without a publication date last, unless sorted otherwise. */
    @WithSession
    public Uni<Page<ShowcaseView>> list(String network, UUID themeId, String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where()
                .and("network = :network", "network", network)
                .and("themeId = :themeId", "themeId", themeId);
        return PagedQuery.find(showcases, where, orderBy, page)
                .flatMap(found -> views(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<ShowcaseView> get(UUID id) {
        return showcases.getExisting(id).flatMap(showcase -> views(List.of(showcase))).map(list -> list.get(0));
    }

    /** The secretariat adds stories of its network; a pillar chair those on a theme of their pillar. */
    @WithTransaction
    public Uni<ShowcaseView> create(Caller caller, ShowcaseData request) {
        Uni<Theme> theme = request.themeId() == null ? Uni.createFrom().nullItem()
                : themes.getReferenced("themeId", request.themeId()).invoke(t -> {
                    if (!t.network.equals(request.network())) {
                        throw ProblemException.invalid("themeId", "must be a theme of " + request.network());
                    }
                });
        return theme.flatMap(t -> pillars.codeOf(t == null ? null : t.pillarId))
                .invoke(pillarCode -> PillarAccess.requireMayManagePillar(caller, request.network(), pillarCode))
                .flatMap(ignored -> members.municipality("municipalityId", request.municipalityId()))
                .flatMap(municipality -> {
                    Showcase showcase = new Showcase();
                    showcase.id = UUID.randomUUID();
                    showcase.network = request.network();
                    showcase.themeId = request.themeId();
                    showcase.municipalityId = municipality.id;
                    showcase.title = request.title();
                    showcase.story = request.story();
                    showcase.publishedOn = request.publishedOn();
                    return showcases.persist(showcase);
                })
                .flatMap(saved -> views(List.of(saved))).map(list -> list.get(0));
    }

    private Uni<List<ShowcaseView>> views(List<Showcase> found) {
        List<UUID> themeIds = found.stream().map(s -> s.themeId).filter(Objects::nonNull).distinct().toList();
        Uni<List<Theme>> themeList = themeIds.isEmpty() ? Uni.createFrom().item(List.of()) : themes.list("id in ?1", themeIds);
        return themeList.flatMap(foundThemes -> members.municipalities(found.stream().map(s -> s.municipalityId).distinct().toList())
                .map(municipalities -> {
                    Map<UUID, Theme> themeById = foundThemes.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
                    return found.stream().map(s -> {
                        Theme theme = s.themeId == null ? null : themeById.get(s.themeId);
                        KnownMunicipality municipality = municipalities.get(s.municipalityId);
                        return new ShowcaseView(s.id, s.network, s.themeId, theme == null ? null : theme.name,
                                s.municipalityId, municipality == null ? null : municipality.name, s.title, s.story,
                                s.publishedOn);
                    }).toList();
                }));
    }
}
