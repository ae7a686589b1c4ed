package nl.municipalnetworks.member.person;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Uni<Person> getExisting(UUID id) {
        return find("from Person p left join fetch p.municipality where p.id = ?1", id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Person", id));
    }
}
