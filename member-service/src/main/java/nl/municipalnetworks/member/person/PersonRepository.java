package nl.municipalnetworks.member.person;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** 404 when the person does not exist; the municipality is loaded with the person. */
    public Uni<Person> getExisting(UUID id) {
        return findWithMunicipality(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Person", id));
    }

    /** A person named in a request body: 400 naming {@code field} when it does not exist. */
    public Uni<Person> getReferenced(UUID id, String field) {
        return findWithMunicipality(id).onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no such person"));
    }

    // Always with a fetch join: a lazy municipality cannot be loaded later in a reactive session.
    private Uni<Person> findWithMunicipality(UUID id) {
        return find("from Person p left join fetch p.municipality where p.id = ?1", id).firstResult();
    }
}
