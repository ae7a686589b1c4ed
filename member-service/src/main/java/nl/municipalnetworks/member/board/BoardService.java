package nl.municipalnetworks.member.board;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.member.access.MemberAccess;
import nl.municipalnetworks.member.network.NetworkRepository;
import nl.municipalnetworks.member.person.Person;
import nl.municipalnetworks.member.person.PersonRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The daily board of a network (chair, vice-chair, portfolios) and its seats in VNG committees. */
@ApplicationScoped
public class BoardService {

    private final BoardRepositories.Positions positions;
    private final BoardRepositories.Seats seats;
    private final PersonRepository people;
    private final NetworkRepository networks;

    BoardService(BoardRepositories.Positions positions, BoardRepositories.Seats seats, PersonRepository people,
                 NetworkRepository networks) {
        this.positions = positions;
        this.seats = seats;
        this.people = people;
        this.networks = networks;
    }

    public record PositionView(UUID id, String network, UUID personId, String name, String municipality,
                               BoardPosition.Kind position, String portfolio, LocalDate startsOn, LocalDate endsOn) {
    }

    public record NewPosition(@NotNull UUID personId, @NotNull BoardPosition.Kind position,
                              @Size(max = 200) String portfolio, LocalDate startsOn, LocalDate endsOn) {
    }

    public record SeatView(UUID id, String network, UUID personId, String name, String municipality,
                           String committee, LocalDate startsOn, LocalDate endsOn) {
    }

    public record NewSeat(@NotNull UUID personId, @NotBlank @Size(max = 200) String committee,
                          LocalDate startsOn, LocalDate endsOn) {
    }

    @WithSession
    public Uni<List<PositionView>> positions(Caller caller, String network) {
        return networks.getExisting(network)
                .invoke(n -> MemberAccess.requireWorksIn(caller, network))
                .flatMap(n -> positions.list("network = ?1 order by position, portfolio", network))
                .flatMap(list -> peopleById(list.stream().map(p -> p.personId).toList())
                        .map(byId -> list.stream().map(p -> view(p, byId.get(p.personId))).toList()));
    }

    /** A network has one chair at a time; a new chair needs the previous term to have ended. */
    @WithTransaction
    public Uni<PositionView> addPosition(Caller caller, String network, NewPosition request) {
        MemberAccess.requireSecretariatOf(caller, network);
        requireOrdered(request.startsOn(), request.endsOn());
        return networks.getExisting(network)
                .flatMap(n -> people.getReferenced(request.personId(), "personId"))
                .flatMap(person -> positions.list("network = ?1 and position = ?2", network, BoardPosition.Kind.CHAIR)
                        .flatMap(chairs -> {
                            LocalDate from = request.startsOn() == null ? DutchTime.today() : request.startsOn();
                            if (request.position() == BoardPosition.Kind.CHAIR
                                    && chairs.stream().anyMatch(c -> c.isCurrent(from))) {
                                throw ProblemException.conflict("position", network + " already has a chair on " + from
                                        + "; end the current term first");
                            }
                            BoardPosition position = new BoardPosition();
                            position.id = UUID.randomUUID();
                            position.network = network;
                            position.personId = person.id;
                            position.position = request.position();
                            position.portfolio = request.portfolio();
                            position.startsOn = request.startsOn();
                            position.endsOn = request.endsOn();
                            return positions.persist(position).map(saved -> view(position, person));
                        }));
    }

    @WithSession
    public Uni<List<SeatView>> seats(Caller caller, String network) {
        return networks.getExisting(network)
                .invoke(n -> MemberAccess.requireWorksIn(caller, network))
                .flatMap(n -> seats.list("network = ?1 order by committee", network))
                .flatMap(list -> peopleById(list.stream().map(s -> s.personId).toList())
                        .map(byId -> list.stream().map(s -> view(s, byId.get(s.personId))).toList()));
    }

    @WithTransaction
    public Uni<SeatView> addSeat(Caller caller, String network, NewSeat request) {
        MemberAccess.requireSecretariatOf(caller, network);
        requireOrdered(request.startsOn(), request.endsOn());
        return networks.getExisting(network)
                .flatMap(n -> people.getReferenced(request.personId(), "personId"))
                .flatMap(person -> {
                    VngCommitteeSeat seat = new VngCommitteeSeat();
                    seat.id = UUID.randomUUID();
                    seat.network = network;
                    seat.personId = person.id;
                    seat.committee = request.committee();
                    seat.startsOn = request.startsOn();
                    seat.endsOn = request.endsOn();
                    return seats.persist(seat).map(saved -> view(seat, person));
                });
    }

    private static void requireOrdered(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
    }

    private Uni<Map<UUID, Person>> peopleById(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return people.find("from Person p left join fetch p.municipality where p.id in ?1", ids).list()
                .map(found -> found.stream().collect(Collectors.toMap(p -> p.id, Function.identity())));
    }

    private static PositionView view(BoardPosition p, Person person) {
        return new PositionView(p.id, p.network, p.personId, person.fullName(),
                person.municipality == null ? null : person.municipality.name, p.position, p.portfolio, p.startsOn, p.endsOn);
    }

    private static SeatView view(VngCommitteeSeat s, Person person) {
        return new SeatView(s.id, s.network, s.personId, person.fullName(),
                person.municipality == null ? null : person.municipality.name, s.committee, s.startsOn, s.endsOn);
    }
}
