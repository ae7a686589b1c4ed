package nl.municipalnetworks.pillar.theme;

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
import nl.municipalnetworks.pillar.pillar.Pillar;
import nl.municipalnetworks.pillar.pillar.PillarRepository;
import nl.municipalnetworks.pillar.theme.ThemeDtos.NewReference;
import nl.municipalnetworks.pillar.theme.ThemeDtos.ThemeData;
import nl.municipalnetworks.pillar.theme.ThemeDtos.ThemeGraph;
import nl.municipalnetworks.pillar.theme.ThemeDtos.ThemeSummary;
import nl.municipalnetworks.pillar.theme.ThemeDtos.ThemeView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ThemeService {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code");
    private static final String DEFAULT_ORDER = "name asc, id asc";

    private final ThemeRepository themes;
    private final PillarRepository pillars;

    ThemeService(ThemeRepository themes, PillarRepository pillars) {
        this.themes = themes;
        this.pillars = pillars;
    }

    @WithSession
    public Uni<Page<ThemeView>> list(String network, String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        Where where = new Where().and("network = :network", "network", network);
        return PagedQuery.find(themes, where, orderBy, page)
                .flatMap(found -> views(found.items()).map(found::withItems));
    }

    @WithSession
    public Uni<ThemeView> get(UUID id) {
        return themes.getExisting(id).flatMap(theme -> views(List.of(theme))).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<ThemeView> create(Caller caller, ThemeData request) {
        return pillarOf(request).flatMap(pillar -> {
            PillarAccess.requireMayManagePillar(caller, request.network(), pillar == null ? null : pillar.code);
            return themes.find("network = ?1 and code = ?2", request.network(), request.code()).firstResult();
        }).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("code", "network " + request.network() + " already has a theme " + request.code());
            }
            Theme theme = new Theme();
            theme.id = UUID.randomUUID();
            theme.network = request.network();
            theme.code = request.code();
            theme.pillarId = request.pillarId();
            theme.name = request.name();
            theme.description = request.description();
            return themes.persist(theme).flatMap(saved -> views(List.of(saved))).map(list -> list.get(0));
        });
    }

    /** Links two themes of the same network; adding a link that exists changes nothing. */
    @WithTransaction
    public Uni<ThemeView> addReference(Caller caller, UUID themeId, NewReference request) {
        ThemeReference reference = ThemeReference.between(themeId, request.otherThemeId());
        return themes.getExisting(themeId).flatMap(theme -> themes.getReferenced("otherThemeId", request.otherThemeId())
                .flatMap(other -> {
                    if (!other.network.equals(theme.network)) {
                        throw ProblemException.invalid("otherThemeId", "must be a theme of " + theme.network);
                    }
                    return pillars.codeOf(theme.pillarId).flatMap(code -> {
                        PillarAccess.requireMayManagePillar(caller, theme.network, code);
                        return themes.findReference(reference.pair);
                    });
                })
                .flatMap(existing -> existing != null ? Uni.createFrom().voidItem() : themes.persistReference(reference))
                .flatMap(ignored -> themes.getSession().flatMap(session -> session.flush()))
                .flatMap(ignored -> views(List.of(theme))).map(list -> list.get(0)));
    }

    @WithSession
    public Uni<ThemeGraph> graph(String network) {
        return pillars.list("network = ?1 order by validFrom, name", network).flatMap(pillarList ->
                themes.list("network = ?1 order by name", network).flatMap(themeList ->
                        themes.referencesOf(themeList.stream().map(t -> t.id).toList()).map(references -> {
                            List<ThemeGraph.Node> nodes = new ArrayList<>();
                            List<ThemeGraph.Edge> edges = new ArrayList<>();
                            pillarList.forEach(p -> nodes.add(new ThemeGraph.Node(p.id, "PILLAR", p.code, p.name)));
                            for (Theme theme : themeList) {
                                nodes.add(new ThemeGraph.Node(theme.id, "THEME", theme.code, theme.name));
                                if (theme.pillarId != null) {
                                    edges.add(new ThemeGraph.Edge(theme.id, theme.pillarId, "BELONGS_TO"));
                                }
                            }
                            references.forEach(r -> edges.add(new ThemeGraph.Edge(r.pair.themeId(), r.pair.otherThemeId(), "TOUCHES")));
                            return new ThemeGraph(network, nodes, edges);
                        })));
    }

    private Uni<Pillar> pillarOf(ThemeData request) {
        if (request.pillarId() == null) {
            return Uni.createFrom().nullItem();
        }
        return pillars.getReferenced("pillarId", request.pillarId()).map(pillar -> {
            if (!pillar.network.equals(request.network())) {
                throw ProblemException.invalid("pillarId", "must be a pillar of " + request.network());
            }
            return pillar;
        });
    }

    private Uni<List<ThemeView>> views(List<Theme> found) {
        List<UUID> ids = found.stream().map(t -> t.id).toList();
        return themes.referencesOf(ids).flatMap(references -> {
            List<UUID> others = references.stream().flatMap(r -> java.util.stream.Stream.of(r.pair.themeId(), r.pair.otherThemeId()))
                    .distinct().toList();
            Uni<List<Theme>> linked = others.isEmpty() ? Uni.createFrom().item(List.of()) : themes.list("id in ?1", others);
            return linked.map(linkedThemes -> {
                Map<UUID, Theme> byId = linkedThemes.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
                return found.stream().map(theme -> new ThemeView(theme.id, theme.network, theme.code, theme.pillarId,
                        theme.name, theme.description, references.stream()
                        .filter(r -> r.pair.themeId().equals(theme.id) || r.pair.otherThemeId().equals(theme.id))
                        .map(r -> byId.get(r.otherThan(theme.id)))
                        .sorted(Comparator.comparing(t -> t.name))
                        .map(t -> new ThemeSummary(t.id, t.code, t.name)).toList())).toList();
            });
        });
    }
}
