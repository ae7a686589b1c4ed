package nl.municipalnetworks.pillar.pillar;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of roles in a pillar, in plain Java: one chair (and one vice-chair) at a time, the history kept.
 * Appointing a new chair ends the current chair's term the day before; a term starts within the pillar's period.
 */
public final class PillarRoles {

    private PillarRoles() {
    }

    /**
     * @param history every role held in the pillar so far (ended and current)
     * @return the new role; for a chair or vice-chair the current holder's {@code to} is set as a side effect
     */
    public static PillarRole appoint(Pillar pillar, List<PillarRole> history, PillarRoleKind kind, UUID personId,
                                     LocalDate from) {
        if (!pillar.runsOn(from)) {
            throw ProblemException.invalid("from", "must lie within the pillar's period (" + pillar.validFrom + " to "
                    + (pillar.validTo == null ? "open" : pillar.validTo) + ")");
        }
        Optional<PillarRole> holder = current(history, kind, kind.isSingle() ? null : personId);
        if (holder.isPresent() && holder.get().personId.equals(personId)) {
            throw ProblemException.conflict("personId", "this person already holds this role since " + holder.get().from);
        }
        if (kind.isSingle() && holder.isPresent()) {
            PillarRole previous = holder.get();
            if (!from.isAfter(previous.from)) {
                throw ProblemException.invalid("from", "must be after " + previous.from
                        + ", when the current holder started; one " + kind.name().toLowerCase().replace('_', '-')
                        + " at a time");
            }
            previous.to = from.minusDays(1);
        }
        PillarRole role = new PillarRole();
        role.id = UUID.randomUUID();
        role.pillarId = pillar.id;
        role.role = kind;
        role.personId = personId;
        role.from = from;
        return role;
    }

    /** Ends a current term on {@code to} (the last day), which may not precede its start. */
    public static void end(PillarRole role, LocalDate to) {
        if (!role.isCurrent()) {
            throw ProblemException.conflict("to", "this term already ended on " + role.to);
        }
        if (to.isBefore(role.from)) {
            throw ProblemException.invalid("to", "must not be before " + role.from + ", when the term started");
        }
        role.to = to;
    }

    /** The current holder of a role (for supporters: the current term of that person). */
    public static Optional<PillarRole> current(List<PillarRole> history, PillarRoleKind kind, UUID personId) {
        return history.stream()
                .filter(r -> r.role == kind && r.isCurrent() && (personId == null || r.personId.equals(personId)))
                .findFirst();
    }
}
