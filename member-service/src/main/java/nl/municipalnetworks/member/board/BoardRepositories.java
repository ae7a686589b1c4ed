package nl.municipalnetworks.member.board;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The two small repositories of the board feature. */
public final class BoardRepositories {

    private BoardRepositories() {
    }

    @ApplicationScoped
    public static class Positions implements PanacheRepositoryBase<BoardPosition, UUID> {
    }

    @ApplicationScoped
    public static class Seats implements PanacheRepositoryBase<VngCommitteeSeat, UUID> {
    }
}
