package nl.municipalnetworks.member.person;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.SortOrder;
import nl.municipalnetworks.commons.api.Where;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.contracts.member.ContactOfficialChanged;
import nl.municipalnetworks.contracts.member.PersonRecorded;
import nl.municipalnetworks.member.access.MemberAccess;
import nl.municipalnetworks.member.membership.MembershipRepository;
import nl.municipalnetworks.member.membership.MembershipStatus;
import nl.municipalnetworks.member.municipality.Municipality;
import nl.municipalnetworks.member.municipality.MunicipalityRepository;
import nl.municipalnetworks.member.names.DutchNames;
import nl.municipalnetworks.member.person.PersonDtos.ContactOfficialView;
import nl.municipalnetworks.member.person.PersonDtos.ContactOfficials;
import nl.municipalnetworks.member.person.PersonDtos.PersonData;
import nl.municipalnetworks.member.person.PersonDtos.PersonView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PersonService {

    private static final Map<String, String> SORTABLE = Map.of(
            "lastName", "p.lastNameSortKey", "firstName", "p.firstName", "role", "p.role", "municipality", "mu.nameSortKey");

    private final PersonRepository people;
    private final MunicipalityRepository municipalities;
    private final MembershipRepository memberships;
    private final ContactOfficialRepository contactOfficials;
    private final Outbox outbox;

    PersonService(PersonRepository people, MunicipalityRepository municipalities, MembershipRepository memberships,
                  ContactOfficialRepository contactOfficials, Outbox outbox) {
        this.people = people;
        this.municipalities = municipalities;
        this.memberships = memberships;
        this.contactOfficials = contactOfficials;
        this.outbox = outbox;
    }

    /**
     * Officials, filtered by municipality, role and part of the name. Callers see the people of the
     * municipalities in their network (a member official: of their own municipality); naming a
     * municipality outside that scope is refused.
     */
    @WithSession
    public Uni<Page<PersonView>> list(Caller caller, UUID municipalityId, OfficialRole role, String name, String sort,
                                      PageRequest page) {
        Uni<Municipality> scope = municipalityId == null ? Uni.createFrom().nullItem() : municipalities.getExisting(municipalityId);
        return scope.flatMap(municipality -> {
            Uni<Set<String>> networksOfScope = municipality == null ? Uni.createFrom().item(Set.of())
                    : memberships.networksOf(municipality.id);
            return networksOfScope.flatMap(networks -> {
                Where where = new Where();
                if (municipality != null) {
                    MemberAccess.requireMaySeePeopleOf(caller, municipality.cbsCode, networks);
                    where.and("mu.id = :municipality", "municipality", municipality.id);
                } else if (!caller.isPlatformAdmin()) {
                    visibleTo(caller, where);
                }
                where.and("p.role = :role", "role", role)
                        .contains("p.nameKey", "name", DutchNames.searchKey(name));
                String orderBy = SortOrder.toOrderBy(sort, SORTABLE, "p.lastNameSortKey asc, p.id asc");
                return people.find("from Person p left join fetch p.municipality mu where " + where.condition()
                                + " order by " + orderBy, where.parameters())
                        .page(page.index(), page.pageSize()).list()
                        .flatMap(found -> people.count("from Person p left join p.municipality mu where " + where.condition(), where.parameters())
                                .flatMap(total -> withNetworks(found).map(networksById -> Page.of(found, page, total)
                                        .map(p -> view(caller, p, networksById)))));
            });
        });
    }

    /** The people a caller may list without naming a municipality (see MemberAccess). */
    private static void visibleTo(Caller caller, Where where) {
        String own = caller.municipality() == null ? "-" : caller.municipality();
        if (MemberAccess.seesPeopleOfWholeNetwork(caller)) {
            where.always("(mu is null or mu.cbsCode = :ownCode or exists (select 1 from Membership ms"
                    + " where ms.municipality.id = mu.id and ms.network = :ownNetwork and ms.status <> :ended))",
                    Map.of("ownCode", own, "ownNetwork", caller.network(), "ended", MembershipStatus.ENDED));
        } else {
            // An official without a municipality claim matches nobody.
            where.and("mu.cbsCode = :ownCode", "ownCode", own);
        }
    }

    @WithSession
    public Uni<PersonView> get(Caller caller, UUID id) {
        return people.getExisting(id).flatMap(person -> networksOf(person.municipality).map(networks -> {
            MemberAccess.requireMaySeePeopleOf(caller, person.cbsCodeOfMunicipality(), networks);
            return PersonView.from(person, MemberAccess.maySeeContactDetailsOf(caller, person.cbsCodeOfMunicipality(), networks));
        }));
    }

    @WithTransaction
    public Uni<PersonView> create(Caller caller, PersonData request) {
        return municipalityOf(request).flatMap(municipality -> networksOf(municipality).flatMap(networks -> {
            MemberAccess.requireMayEditPeopleOf(caller, municipality == null ? null : municipality.cbsCode, networks);
            Person person = new Person();
            person.id = UUID.randomUUID();
            apply(person, municipality, request);
            return people.persist(person)
                    .flatMap(saved -> outbox.record(recorded(person)))
                    .map(ignored -> PersonView.from(person, true));
        }));
    }

    @WithTransaction
    public Uni<PersonView> update(Caller caller, UUID id, PersonData request) {
        return people.getExisting(id).flatMap(person -> networksOf(person.municipality).flatMap(current -> {
            MemberAccess.requireMayEditPeopleOf(caller, person.cbsCodeOfMunicipality(), current);
            return municipalityOf(request).flatMap(municipality -> networksOf(municipality).flatMap(next -> {
                MemberAccess.requireMayEditPeopleOf(caller, municipality == null ? null : municipality.cbsCode, next);
                apply(person, municipality, request);
                return outbox.record(recorded(person)).map(ignored -> PersonView.from(person, true));
            }));
        }));
    }

    /** Names and municipality for the services that show who chairs and takes part; no contact details. */
    private static PersonRecorded recorded(Person person) {
        return new PersonRecorded(person.id, person.municipality == null ? null : person.municipality.id,
                person.firstName, person.lastName);
    }

    private Uni<Set<String>> networksOf(Municipality municipality) {
        return municipality == null ? Uni.createFrom().item(Set.of()) : memberships.networksOf(municipality.id);
    }

    private Uni<Map<UUID, Set<String>>> withNetworks(List<Person> found) {
        return memberships.networksOf(found.stream().filter(p -> p.municipality != null).map(p -> p.municipality.id).distinct().toList());
    }

    private static PersonView view(Caller caller, Person p, Map<UUID, Set<String>> networksById) {
        Set<String> networks = p.municipality == null ? Set.of() : networksById.getOrDefault(p.municipality.id, Set.of());
        return PersonView.from(p, MemberAccess.maySeeContactDetailsOf(caller, p.cbsCodeOfMunicipality(), networks));
    }

    @WithSession
    public Uni<ContactOfficials> contactOfficials(Caller caller, UUID membershipId) {
        return memberships.getExisting(membershipId).flatMap(membership -> memberships.networksOf(membership.municipality.id).flatMap(networks -> {
            MemberAccess.requireMaySeePeopleOf(caller, membership.municipality.cbsCode, networks);
            return contactOfficials.history(membership.network, membership.municipality.id).flatMap(history -> {
                List<UUID> personIds = history.stream().map(c -> c.personId).distinct().toList();
                Uni<List<Person>> persons = personIds.isEmpty() ? Uni.createFrom().item(List.of()) : people.list("id in ?1", personIds);
                return persons.map(found -> {
                    Map<UUID, Person> byId = found.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
                    List<ContactOfficialView> views = history.stream().map(c -> view(c, byId.get(c.personId))).toList();
                    ContactOfficialView current = views.stream().filter(v -> v.until() == null).findFirst().orElse(null);
                    return new ContactOfficials(current, views);
                });
            });
        }));
    }

    /** Names the contact official of a member municipality in a network, closing the previous designation. */
    @WithTransaction
    public Uni<ContactOfficialView> designateContactOfficial(Caller caller, UUID membershipId, UUID personId) {
        return memberships.getExisting(membershipId).flatMap(membership -> {
            boolean allowed = caller.hasIn(Role.SECRETARIAT, membership.network)
                    || (caller.has(Role.MEMBER_OFFICIAL) && caller.actsFor(membership.municipality.cbsCode));
            if (!allowed) {
                throw ProblemException.forbidden("Only the secretariat of " + membership.network
                        + " or an official of " + membership.municipality.name + " may name its contact official");
            }
            return people.getReferenced(personId, "personId")
                    .flatMap(person -> contactOfficials.current(membership.network, membership.municipality.id).flatMap(previous -> {
                        if (previous != null && previous.personId.equals(person.id)) {
                            return Uni.createFrom().item(view(previous, person));
                        }
                        OffsetDateTime now = OffsetDateTime.now();
                        ContactOfficial next = ContactOfficial.designate(membership.network, membership.municipality.id,
                                membership.status, person, now);
                        Uni<Void> closePrevious = Uni.createFrom().voidItem();
                        if (previous != null) {
                            previous.until = now;
                            // Flush the closing first: the database allows one current designation.
                            closePrevious = contactOfficials.flush();
                        }
                        return closePrevious
                                .flatMap(ignored -> contactOfficials.persist(next))
                                .flatMap(ignored -> outbox.record(new ContactOfficialChanged(membership.network,
                                        membership.municipality.id, person.id, previous == null ? null : previous.personId)))
                                .map(ignored -> view(next, person));
                    }));
        });
    }

    private Uni<Municipality> municipalityOf(PersonData request) {
        if (request.municipalityId() == null) {
            return Uni.createFrom().nullItem();
        }
        return municipalities.findById(request.municipalityId())
                .onItem().ifNull().failWith(() -> ProblemException.invalid("municipalityId", "no such municipality"));
    }

    private static void apply(Person person, Municipality municipality, PersonData request) {
        person.municipality = municipality;
        person.firstName = request.firstName().strip();
        person.lastName = request.lastName().strip();
        person.role = request.role();
        person.email = request.email();
        person.phone = request.phone();
    }

    private static ContactOfficialView view(ContactOfficial c, Person person) {
        return new ContactOfficialView(c.network, c.municipalityId, c.personId,
                person == null ? null : person.fullName(), c.since, c.until);
    }
}
