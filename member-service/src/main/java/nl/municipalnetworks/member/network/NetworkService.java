package nl.municipalnetworks.member.network;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.member.network.NetworkDtos.CreateNetwork;
import nl.municipalnetworks.member.network.NetworkDtos.NetworkView;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class NetworkService {

    private final NetworkRepository networks;
    private final PartnerRepository partners;

    NetworkService(NetworkRepository networks, PartnerRepository partners) {
        this.networks = networks;
        this.partners = partners;
    }

    @WithSession
    public Uni<List<NetworkView>> list() {
        return networks.listAll(Sort.by("code"))
                .map(list -> list.stream().map(NetworkView::from).toList());
    }

    @WithSession
    public Uni<NetworkView> get(String code) {
        return networks.getExisting(code).map(NetworkView::from);
    }

    @WithTransaction
    public Uni<NetworkView> create(CreateNetwork request) {
        if (request.growthTarget() != null && request.growthTarget().baseline() != null
                && request.growthTarget().target() != null
                && request.growthTarget().target() < request.growthTarget().baseline()) {
            throw ProblemException.invalid("growthTarget.target", "must not be below the baseline");
        }
        return networks.findById(request.code()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("code", "Network " + request.code() + " already exists");
            }
            Network network = new Network();
            network.code = request.code();
            network.name = request.name();
            network.description = request.description();
            if (request.growthTarget() != null) {
                network.growthBaseline = request.growthTarget().baseline();
                network.growthTarget = request.growthTarget().target();
            }
            if (request.noticeRule() != null) {
                network.noticeDeadline = existingDay("noticeRule.noticeBefore", request.noticeRule().noticeBefore());
                network.noticeTakesEffect = existingDay("noticeRule.takesEffectOn", request.noticeRule().takesEffectOn());
            }
            return networks.persist(network).map(NetworkView::from);
        });
    }

    /** 02-30 matches MM-DD but is no day of any year; 02-29 is refused too, since most years lack it. */
    private static String existingDay(String field, String monthDay) {
        try {
            MonthDay day = MonthDay.parse("--" + monthDay);
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29) {
                throw ProblemException.invalid(field, "29 February is not in every year; choose another day");
            }
            return monthDay;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "'" + monthDay + "' is not a day of the year");
        }
    }

    @WithSession
    public Uni<List<PartnerView>> partners() {
        return partners.listAll(Sort.by("name"))
                .map(list -> list.stream().map(PartnerView::from).toList());
    }

    @WithTransaction
    public Uni<PartnerView> createPartner(NewPartner request) {
        return partners.find("lower(name) = lower(?1)", request.name()).firstResult().flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("name", "Partner " + request.name() + " already exists");
            }
            return networks.list("code in ?1", request.networks()).flatMap(found -> {
                if (found.size() != request.networks().size()) {
                    throw ProblemException.invalid("networks", "contains an unknown network");
                }
                Partner partner = new Partner();
                partner.id = UUID.randomUUID();
                partner.name = request.name();
                partner.description = request.description();
                partner.networks.addAll(request.networks());
                return partners.persist(partner).map(PartnerView::from);
            });
        });
    }

    public record PartnerView(UUID id, String name, String description, List<String> networks) {
        static PartnerView from(Partner p) {
            return new PartnerView(p.id, p.name, p.description, p.networks.stream().sorted().toList());
        }
    }

    public record NewPartner(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                             @NotNull Set<String> networks) {
    }
}
