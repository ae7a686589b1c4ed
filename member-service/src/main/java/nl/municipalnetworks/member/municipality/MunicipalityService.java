package nl.municipalnetworks.member.municipality;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.Problem;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.MunicipalityChanged;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.contracts.member.PopulationRecorded;
import nl.municipalnetworks.member.access.MemberAccess;
import nl.municipalnetworks.member.membership.MembershipRepository;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.ImportReport;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.ImportedRow;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.MunicipalityData;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.MunicipalityView;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.PopulationCountView;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.RecordPopulation;
import nl.municipalnetworks.member.names.DutchNames;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class MunicipalityService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "nameSortKey", "cbsCode", "cbsCode", "province", "province", "cluster", "cluster");
    /** Dutch order: 's-Gravenhage under G (see DutchNames). */
    private static final String DEFAULT_ORDER = "nameSortKey asc, id asc";

    private final MunicipalityRepository municipalities;
    private final PopulationCountRepository populations;
    private final MembershipRepository memberships;
    private final Outbox outbox;

    MunicipalityService(MunicipalityRepository municipalities, PopulationCountRepository populations,
                        MembershipRepository memberships, Outbox outbox) {
        this.municipalities = municipalities;
        this.populations = populations;
        this.memberships = memberships;
        this.outbox = outbox;
    }

    @WithSession
    public Uni<Page<MunicipalityView>> list(String name, Province province, Cluster cluster, String cbsCode,
                                            String sort, PageRequest page) {
        Where where = filter(name, province, cluster, cbsCode);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        return municipalities.find(where.condition() + " order by " + orderBy, where.parameters())
                .page(page.index(), page.pageSize()).list()
                .flatMap(found -> municipalities.count(where.condition(), where.parameters())
                        .flatMap(total -> withLatestPopulation(found).map(views -> Page.of(views, page, total))));
    }

    /**
     * Every municipality that matches the filters (no paging), with its latest count, as a CSV file
     * that Excel in the Netherlands opens directly and that the import takes back unchanged.
     */
    @WithSession
    public Uni<byte[]> export(String name, Province province, Cluster cluster, String cbsCode, String sort) {
        Where where = filter(name, province, cluster, cbsCode);
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        return municipalities.list(where.condition() + " order by " + orderBy, where.parameters())
                .flatMap(this::withLatestPopulation)
                .map(views -> PopulationCsv.write(views.stream().map(v -> new PopulationCsv.ExportRow(v.cbsCode(), v.name(),
                        v.latestPopulation() == null ? null : v.latestPopulation().inhabitants(),
                        v.latestPopulation() == null ? null : v.latestPopulation().referenceDate())).toList()));
    }

    /** Name by its search key (case, accents, apostrophes, hyphens do not count); cbsCode already checked. */
    private static Where filter(String name, Province province, Cluster cluster, String cbsCode) {
        return new Where()
                .contains("nameKey", "name", DutchNames.searchKey(name))
                .and("province = :province", "province", province)
                .and("cluster = :cluster", "cluster", cluster)
                .and("cbsCode = :cbsCode", "cbsCode", cbsCode);
    }

    @WithSession
    public Uni<MunicipalityView> get(UUID id) {
        return municipalities.getExisting(id)
                .flatMap(m -> withLatestPopulation(List.of(m)).map(views -> views.get(0)));
    }

    @WithTransaction
    public Uni<MunicipalityView> create(Caller caller, MunicipalityData request) {
        MemberAccess.requireRegisterKeeper(caller);
        Municipality municipality = new Municipality();
        municipality.id = UUID.randomUUID();
        return requireUnique(null, request).flatMap(ok -> {
            apply(municipality, request);
            return municipalities.persist(municipality);
        }).flatMap(saved -> outbox.record(registered(municipality)))
                .map(ignored -> MunicipalityView.from(municipality, null, null, List.of()));
    }

    @WithTransaction
    public Uni<MunicipalityView> update(Caller caller, UUID id, MunicipalityData request) {
        MemberAccess.requireRegisterKeeper(caller);
        return changeable(caller, id)
                .flatMap(municipality -> requireUnique(id, request).flatMap(ok -> {
                    MunicipalityChanged before = changed(municipality);
                    apply(municipality, request);
                    MunicipalityChanged after = changed(municipality);
                    // Other services keep these details (events-service places registrants by cluster).
                    return (before.equals(after) ? Uni.createFrom().voidItem() : outbox.record(after)).replaceWith(municipality);
                }))
                .flatMap(municipality -> withLatestPopulation(List.of(municipality)).map(views -> views.get(0)));
    }

    @WithSession
    public Uni<List<PopulationCountView>> populationHistory(UUID id) {
        return municipalities.getExisting(id)
                .flatMap(m -> populations.history(id))
                .map(list -> list.stream().map(PopulationCountView::from).toList());
    }

    /** Records a count; the same count again is accepted without change (created = false). */
    @WithTransaction
    public Uni<Recorded> recordPopulation(Caller caller, UUID id, RecordPopulation request) {
        MemberAccess.requireRegisterKeeper(caller);
        return changeable(caller, id).flatMap(municipality -> populations.history(id).flatMap(history -> {
            Map<LocalDate, PopulationCount> byDate = history.stream()
                    .collect(Collectors.toMap(c -> c.referenceDate, Function.identity()));
            PopulationHistory.Outcome outcome = PopulationHistory.check(counts(history), request.referenceDate(), request.inhabitants());
            return switch (outcome) {
                case UNCHANGED -> Uni.createFrom().item(new Recorded(PopulationCountView.from(byDate.get(request.referenceDate())), false));
                case CONFLICT -> throw ProblemException.conflict("inhabitants", PopulationHistory.conflictReason(
                        request.referenceDate(), byDate.get(request.referenceDate()).inhabitants, request.inhabitants()));
                case NEW -> store(municipality, request.referenceDate(), request.inhabitants(), request.source())
                        .map(count -> new Recorded(PopulationCountView.from(count), true));
            };
        }));
    }

    public record Recorded(PopulationCountView count, boolean created) {
    }

    /** The municipality, if this caller may change its register data (see MemberAccess). */
    private Uni<Municipality> changeable(Caller caller, UUID id) {
        return municipalities.getExisting(id).flatMap(municipality -> memberships.networksOf(id).map(networks -> {
            MemberAccess.requireMayChangeMunicipality(caller, municipality.name, networks);
            return municipality;
        }));
    }

    /**
     * Imports a CBS population file as one unit: every row is checked first, and if any row is
     * refused nothing is stored and the answer lists each refused row with its reason.
     */
    @WithTransaction
    public Uni<ImportReport> importCsv(Caller caller, byte[] csv, String source) {
        MemberAccess.requireRegisterKeeper(caller);
        PopulationCsv.Parsed parsed = PopulationCsv.parse(csv);
        List<String> codes = parsed.rows().stream().map(PopulationCsv.Row::cbsCode).distinct().toList();
        Uni<List<Municipality>> known = codes.isEmpty() ? Uni.createFrom().item(List.of()) : municipalities.findByCbsCodes(codes);
        return known.flatMap(found -> {
            Map<String, Municipality> byCode = found.stream().collect(Collectors.toMap(m -> m.cbsCode, Function.identity()));
            List<UUID> ids = found.stream().map(m -> m.id).toList();
            Uni<List<PopulationCount>> existing = ids.isEmpty() ? Uni.createFrom().item(List.of()) : populations.ofMunicipalities(ids);
            return memberships.networksOf(ids).flatMap(networksById -> existing.flatMap(counts -> {
                Map<UUID, Map<LocalDate, Integer>> recorded = new HashMap<>();
                counts.forEach(c -> recorded.computeIfAbsent(c.municipalityId, k -> new HashMap<>()).put(c.referenceDate, c.inhabitants));
                List<PopulationCsv.Rejection> rejections = new ArrayList<>(parsed.rejections());
                List<String> outOfScope = new ArrayList<>();
                List<ImportedRow> accepted = new ArrayList<>();
                List<PopulationCsv.Row> toStore = new ArrayList<>();
                for (PopulationCsv.Row row : parsed.rows()) {
                    Municipality m = byCode.get(row.cbsCode());
                    if (m == null) {
                        rejections.add(new PopulationCsv.Rejection(row.line(), "code", row.cbsCode() + " is not a registered municipality"));
                        continue;
                    }
                    if (!MemberAccess.mayChangeMunicipality(caller, networksById.getOrDefault(m.id, Set.of()))) {
                        outOfScope.add("line " + row.line() + " (" + m.name + ")");
                        continue;
                    }
                    if (!m.nameKey.equals(DutchNames.searchKey(row.name()))) {
                        rejections.add(new PopulationCsv.Rejection(row.line(), "name",
                                "'" + row.name() + "' does not match " + row.cbsCode() + " " + m.name));
                        continue;
                    }
                    Map<LocalDate, Integer> history = recorded.getOrDefault(m.id, Map.of());
                    switch (PopulationHistory.check(history, row.referenceDate(), row.inhabitants())) {
                        case CONFLICT -> rejections.add(new PopulationCsv.Rejection(row.line(), "count",
                                PopulationHistory.conflictReason(row.referenceDate(), history.get(row.referenceDate()), row.inhabitants())));
                        case UNCHANGED -> accepted.add(imported(row, "UNCHANGED"));
                        case NEW -> {
                            accepted.add(imported(row, "RECORDED"));
                            toStore.add(row);
                        }
                    }
                }
                if (!outOfScope.isEmpty()) {
                    throw ProblemException.forbidden("Nothing was imported: only the secretariat of their network records the counts of "
                            + String.join(", ", outOfScope));
                }
                if (!rejections.isEmpty()) {
                    throw refusedImport(rejections, parsed.rows().size() + parsed.rejections().size() + parsed.skippedLines().size());
                }
                return Multi.createFrom().iterable(toStore)
                        .onItem().transformToUniAndConcatenate(row -> store(byCode.get(row.cbsCode()), row.referenceDate(), row.inhabitants(), source))
                        .collect().asList()
                        .map(stored -> new ImportReport(accepted.size() + parsed.skippedLines().size(), stored.size(),
                                accepted.size() - stored.size(), parsed.skippedLines().size(),
                                accepted.stream().sorted(Comparator.comparingInt(ImportedRow::line)).toList()));
            }));
        });
    }

    private Uni<PopulationCount> store(Municipality municipality, LocalDate referenceDate, int inhabitants, String source) {
        PopulationCount count = new PopulationCount();
        count.id = UUID.randomUUID();
        count.municipalityId = municipality.id;
        count.referenceDate = referenceDate;
        count.inhabitants = inhabitants;
        count.source = source;
        count.recordedAt = OffsetDateTime.now();
        return populations.persist(count)
                .flatMap(saved -> outbox.record(new PopulationRecorded(municipality.id, municipality.cbsCode, referenceDate, inhabitants)))
                .map(ignored -> count);
    }

    private static ProblemException refusedImport(List<PopulationCsv.Rejection> rejections, int rows) {
        List<Problem.InvalidParam> params = rejections.stream()
                .sorted(Comparator.comparingInt(PopulationCsv.Rejection::line))
                .map(r -> new Problem.InvalidParam("line " + r.line() + ": " + r.field(), r.reason()))
                .toList();
        return ProblemException.invalid(rejections.size() + " of " + rows
                + " rows refused; nothing was imported. Correct the rows and send the whole file again.", params);
    }

    private static ImportedRow imported(PopulationCsv.Row row, String outcome) {
        return new ImportedRow(row.line(), row.cbsCode(), row.referenceDate(), row.inhabitants(), outcome);
    }

    private static Map<LocalDate, Integer> counts(List<PopulationCount> history) {
        return history.stream().collect(Collectors.toMap(c -> c.referenceDate, c -> c.inhabitants));
    }

    private Uni<Boolean> requireUnique(UUID self, MunicipalityData request) {
        Uni<Municipality> sameCode = request.cbsCode() == null ? Uni.createFrom().nullItem() : municipalities.findByCbsCode(request.cbsCode());
        return sameCode.flatMap(byCode -> {
            if (byCode != null && !byCode.id.equals(self)) {
                throw ProblemException.conflict("cbsCode", request.cbsCode() + " is already registered for " + byCode.name);
            }
            return municipalities.findByNameKey(DutchNames.searchKey(request.name()));
        }).map(byName -> {
            if (byName != null && !byName.id.equals(self)) {
                throw ProblemException.conflict("name", request.name() + " is already registered as " + byName.name + " (" + byName.id + ")");
            }
            return true;
        });
    }

    private static void apply(Municipality municipality, MunicipalityData request) {
        municipality.cbsCode = request.cbsCode();
        municipality.name = request.name().strip();
        municipality.province = request.province();
        municipality.cluster = request.cluster();
    }

    /** Views with the latest population count and the merger links of each municipality. */
    private Uni<List<MunicipalityView>> withLatestPopulation(List<Municipality> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = found.stream().map(m -> m.id).toList();
        List<UUID> successorIds = found.stream().map(m -> m.mergedInto).filter(Objects::nonNull).distinct().toList();
        Uni<List<Municipality>> successors = successorIds.isEmpty() ? Uni.createFrom().item(List.of())
                : municipalities.list("id in ?1", successorIds);
        return populations.ofMunicipalities(ids).flatMap(counts -> successors.flatMap(after ->
                municipalities.list("mergedInto in ?1 order by name", ids).map(before -> {
                    Map<UUID, PopulationCount> latest = new HashMap<>();
                    counts.forEach(c -> latest.merge(c.municipalityId, c,
                            (a, b) -> a.referenceDate.isAfter(b.referenceDate) ? a : b));
                    Map<UUID, Municipality> successorById = after.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
                    Map<UUID, List<Municipality>> predecessorsOf = before.stream().collect(Collectors.groupingBy(m -> m.mergedInto));
                    return found.stream().map(m -> MunicipalityView.from(m, latest.get(m.id),
                            m.mergedInto == null ? null : successorById.get(m.mergedInto),
                            predecessorsOf.getOrDefault(m.id, List.of()))).toList();
                })));
    }

    private static MunicipalityChanged changed(Municipality m) {
        return new MunicipalityChanged(m.id, m.cbsCode, m.name,
                m.province == null ? null : m.province.displayName(),
                m.cluster == null ? null : m.cluster.displayName());
    }

    private static MunicipalityRegistered registered(Municipality m) {
        return new MunicipalityRegistered(m.id, m.cbsCode, m.name,
                m.province == null ? null : m.province.displayName(),
                m.cluster == null ? null : m.cluster.displayName());
    }
}
