package nl.municipalnetworks.member.membership;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.NoticeGiven;
import nl.municipalnetworks.member.access.MemberAccess;
import nl.municipalnetworks.member.membership.MembershipDtos.ChangeStatus;
import nl.municipalnetworks.member.membership.MembershipDtos.CreateMembership;
import nl.municipalnetworks.member.membership.MembershipDtos.MembershipDetail;
import nl.municipalnetworks.member.membership.MembershipDtos.MembershipView;
import nl.municipalnetworks.member.membership.MembershipDtos.NewNote;
import nl.municipalnetworks.member.membership.MembershipDtos.NoteView;
import nl.municipalnetworks.member.membership.MembershipDtos.PublicMember;
import nl.municipalnetworks.member.membership.MembershipDtos.StatusChangeView;
import nl.municipalnetworks.member.membership.MembershipDtos.UpdateRecruitment;
import nl.municipalnetworks.member.municipality.Municipality;
import nl.municipalnetworks.member.municipality.MunicipalityRepository;
import nl.municipalnetworks.member.network.GrowthProgress;
import nl.municipalnetworks.member.network.NetworkRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MembershipService {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "mu.nameSortKey", "since", "m.joinedOn", "status", "m.status", "network", "m.network",
            "province", "mu.province", "cluster", "mu.cluster");
    private static final String DEFAULT_ORDER = "mu.nameSortKey asc, m.id asc";

    private final MembershipRepository memberships;
    private final MembershipStatusChangeRepository history;
    private final RecruitmentNoteRepository notes;
    private final MunicipalityRepository municipalities;
    private final NetworkRepository networks;
    private final Outbox outbox;

    MembershipService(MembershipRepository memberships, MembershipStatusChangeRepository history,
                      RecruitmentNoteRepository notes, MunicipalityRepository municipalities,
                      NetworkRepository networks, Outbox outbox) {
        this.memberships = memberships;
        this.history = history;
        this.notes = notes;
        this.municipalities = municipalities;
        this.networks = networks;
        this.outbox = outbox;
    }

    @WithSession
    public Uni<Page<MembershipView>> list(Caller caller, MembershipFilter filter, String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort, SORTABLE, DEFAULT_ORDER);
        return memberships.search(filter, orderBy, page)
                .map(p -> p.map(m -> MembershipView.from(m, MemberAccess.maySeeInternalsOf(caller, m.network))));
    }

    /** Current members of a network, for everyone (no token): name, province, cluster, since. */
    @WithSession
    public Uni<Page<PublicMember>> publicMembers(MembershipFilter filter, String sort, PageRequest page) {
        String orderBy = SortOrder.toOrderBy(sort,
                Map.of("name", "mu.nameSortKey", "since", "m.joinedOn", "province", "mu.province", "cluster", "mu.cluster"),
                DEFAULT_ORDER);
        // The network is looked up only for an empty page (404 or no members), off the hot path.
        return memberships.search(filter, orderBy, page)
                .flatMap(found -> found.totalItems() > 0 ? Uni.createFrom().item(found)
                        : networks.getExisting(filter.network()).map(network -> found))
                .map(p -> p.map(PublicMember::from));
    }

    @WithSession
    public Uni<MembershipDetail> get(Caller caller, UUID id) {
        return memberships.getExisting(id).flatMap(m -> history.historyOf(id).flatMap(changes -> {
            boolean internals = MemberAccess.maySeeInternalsOf(caller, m.network);
            Uni<List<RecruitmentNote>> readNotes = internals ? notes.of(id) : Uni.createFrom().item(List.of());
            return readNotes.map(ns -> new MembershipDetail(MembershipView.from(m, internals),
                    changes.stream().map(c -> StatusChangeView.from(c, internals)).toList(),
                    ns.stream().map(NoteView::from).toList()));
        }));
    }

    @WithTransaction
    public Uni<MembershipView> create(Caller caller, CreateMembership request) {
        MemberAccess.requireSecretariatOf(caller, request.network());
        MembershipStatus status = request.status() == null ? MembershipStatus.PROSPECT : request.status();
        if (status != MembershipStatus.PROSPECT && status != MembershipStatus.MEMBER) {
            throw ProblemException.invalid("status", "a new membership is a PROSPECT or a MEMBER");
        }
        return networks.getExisting(request.network())
                .flatMap(n -> municipalities.findById(request.municipalityId()))
                .onItem().ifNull().failWith(() -> ProblemException.invalid("municipalityId", "no such municipality"))
                .invoke(municipality -> {
                    if (municipality.hasMerged()) {
                        throw ProblemException.conflict("municipalityId", municipality.name + " merged into another municipality on "
                                + municipality.mergedOn + "; register the membership of its successor");
                    }
                })
                .flatMap(municipality -> memberships.findOpen(request.network(), municipality.id).flatMap(open -> {
                    if (open != null) {
                        throw ProblemException.conflict("municipalityId", municipality.name + " already has a "
                                + open.status + " membership in " + request.network() + " (" + open.id + ")");
                    }
                    Membership membership = status == MembershipStatus.PROSPECT
                            ? Membership.prospect(request.network(), municipality, request.recruitmentStatus(), request.recruitmentOwner())
                            : Membership.member(request.network(), municipality, request.joinedOn());
                    Uni<Void> announce = status == MembershipStatus.MEMBER ? outbox.record(joined(membership)) : Uni.createFrom().voidItem();
                    return memberships.persist(membership)
                            .flatMap(saved -> history.persist(membership.initialChange(caller.username())))
                            .flatMap(ignored -> announce)
                            .map(ignored -> MembershipView.from(membership, true));
                }));
    }

    @WithTransaction
    public Uni<MembershipView> changeStatus(Caller caller, UUID id, ChangeStatus request) {
        return memberships.getExisting(id).flatMap(membership -> {
            MemberAccess.requireSecretariatOf(caller, membership.network);
            String by = caller.username();
            return switch (request.status()) {
                case MEMBER -> record(membership, membership.join(request.effectiveOn(), by), joined(membership));
                case NOTICE_GIVEN -> networks.getExisting(membership.network).flatMap(network -> record(membership,
                        membership.giveNotice(request.effectiveOn(), request.endsOn(), network.noticeRule(), by),
                        new NoticeGiven(membership.id, membership.network, membership.municipality.id,
                                membership.noticeGivenOn, membership.endsOn)));
                case ENDED -> {
                    boolean wasMember = membership.status.isCurrentMember();
                    MembershipStatusChange change = membership.end(request.effectiveOn(), by);
                    // A prospect that never joined has no participations or invoices to end downstream.
                    yield wasMember
                            ? record(membership, change, new MembershipEnded(membership.id, membership.network,
                                    membership.municipality.id, membership.endsOn))
                            : history.persist(change).map(ignored -> MembershipView.from(membership, true));
                }
                case PROSPECT -> throw ProblemException.conflict("status", "A membership cannot go back to PROSPECT");
            };
        });
    }

    @WithTransaction
    public Uni<MembershipView> updateRecruitment(Caller caller, UUID id, UpdateRecruitment request) {
        return memberships.getExisting(id).map(membership -> {
            MemberAccess.requireSecretariatOf(caller, membership.network);
            membership.updateRecruitment(request.status(), request.owner());
            return MembershipView.from(membership, true);
        });
    }

    @WithTransaction
    public Uni<NoteView> addNote(Caller caller, UUID id, NewNote request) {
        return memberships.getExisting(id).flatMap(membership -> {
            MemberAccess.requireSecretariatOf(caller, membership.network);
            RecruitmentNote note = new RecruitmentNote();
            note.id = UUID.randomUUID();
            note.membershipId = membership.id;
            note.author = caller.username();
            note.text = request.text();
            note.writtenAt = OffsetDateTime.now();
            return notes.persist(note).map(NoteView::from);
        });
    }

    /**
     * Part of recording a merger (runs in its transaction): every open membership of a merged
     * municipality ends on the day before the merger, with the reason MERGED. No membership-ended
     * event: the merger event tells consumers to move, not end, what hangs on these memberships.
     */
    public Uni<List<Membership>> endForMerger(Caller caller, Municipality merged, LocalDate mergedOn) {
        return memberships.openOf(merged.id).flatMap(open -> Multi.createFrom().iterable(open)
                .onItem().transformToUniAndConcatenate(m -> history.persist(m.endByMerger(mergedOn, caller.username())).map(ignored -> m))
                .collect().asList());
    }

    /**
     * Part of recording a merger: where the network decided so, the successor is a member from the
     * merger date (a prospect joins; a current member stays as it is).
     */
    public Uni<Membership> continueWithSuccessor(Caller caller, String network, Municipality successor, LocalDate mergedOn) {
        MemberAccess.requireSecretariatOf(caller, network);
        return networks.getExisting(network).flatMap(n -> memberships.findOpen(network, successor.id)).flatMap(open -> {
            if (open != null && open.status.isCurrentMember()) {
                return Uni.createFrom().item(open);
            }
            if (open != null) {
                return record(open, open.join(mergedOn, caller.username()), joined(open)).map(view -> open);
            }
            Membership membership = Membership.member(network, successor, mergedOn);
            return memberships.persist(membership)
                    .flatMap(saved -> history.persist(membership.initialChange(caller.username())))
                    .flatMap(ignored -> outbox.record(joined(membership)))
                    .map(ignored -> membership);
        });
    }

    @WithSession
    public Uni<GrowthProgress> growth(Caller caller, String network) {
        MemberAccess.requireSecretariatOrBoardOf(caller, network);
        return networks.getExisting(network).flatMap(n -> {
            if (n.growthTarget == null) {
                throw ProblemException.notFound("Growth target of network", network);
            }
            return memberships.countInStatus(network, List.of(MembershipStatus.MEMBER, MembershipStatus.NOTICE_GIVEN))
                    .flatMap(members -> memberships.countInStatus(network, List.of(MembershipStatus.PROSPECT))
                            .map(prospects -> GrowthProgress.of(network, n.growthBaseline == null ? 0 : n.growthBaseline,
                                    n.growthTarget, members, prospects)));
        });
    }

    private Uni<MembershipView> record(Membership membership, MembershipStatusChange change,
                                       MemberEvent event) {
        return history.persist(change)
                .flatMap(ignored -> outbox.record(event))
                .map(ignored -> MembershipView.from(membership, true));
    }

    private static MemberJoined joined(Membership m) {
        return new MemberJoined(m.id, m.network, m.municipality.id, m.municipality.name, m.joinedOn);
    }
}
