package nl.municipalnetworks.finance.accounts;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.finance.accounts.AccountsAdoptionRules.Outcome;
import nl.municipalnetworks.finance.accounts.AccountsDtos.AdoptionView;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way a network's annual accounts of a year become adopted: its general assembly decided so. The treasurer
 * records the decision by hand ({@code POST /v1/networks/{network}/annual-accounts/{year}/adoption}), or
 * events-service reports it (meetingdecision's consumer of decision-recorded, kind ANNUAL_ACCOUNTS_ADOPTED); both take
 * the same steps: the rules of {@link AccountsAdoptionRules}, the adoption stored, annual-accounts-adopted recorded
 * in the outbox. From then on the books of the year are closed ({@link ClosedBooks}).
 *
 * <p>Once per decision: the same decision again (redelivered, or a request sent twice) answers the adoption it
 * recorded and records nothing. A second adoption of the year by another decision is a 409. It runs in the caller's
 * transaction and checks no access: the API's service has checked the treasurer, and the consumer's processed-event
 * row commits together with the adoption.
 */
@ApplicationScoped
public class AccountsAdoption {

    /**
     * What a general assembly decided.
     *
     * @param decisionId     events-service's decision id, or the one the treasurer's request gave or got
     * @param adoptedOn      the day of the meeting
     * @param meetingEventId events-service's event of the meeting; null when not known
     * @param recordedBy     who records it here: the treasurer's user name, or the event that reported it
     */
    public record Decision(UUID decisionId, LocalDate adoptedOn, UUID meetingEventId, String meetingTitle,
                           String decidedBy, String recordedBy) {
    }

    /** The adoption, and whether this call recorded it (false: the same decision had, before). */
    public record Adopted(AdoptionView adoption, boolean recorded) {
    }

    private final AccountsAdoptionRepository adoptions;
    private final Outbox outbox;
    private final FinanceClock clock;

    AccountsAdoption(AccountsAdoptionRepository adoptions, Outbox outbox, FinanceClock clock) {
        this.adoptions = adoptions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records that the accounts of {@code network} for {@code year} were adopted: a 400 for a meeting before the year
     * ended or in the future, a 409 when the year's accounts were adopted by another decision, or the decision adopted
     * other accounts.
     */
    public Uni<Adopted> adopt(String network, int year, Decision decision) {
        // the decision first, then the year (exclusive: the changes of that year's books wait, or are refused after)
        return Uni.createFrom().voidItem()
                .invoke(() -> AccountsAdoptionRules.checkAdoptedOn(year, decision.adoptedOn(), clock.today()))
                .flatMap(checked -> adoptions.lockDecision(decision.decisionId()))
                .flatMap(locked -> adoptions.lockYear(network, year, true))
                .flatMap(locked -> adoptions.byDecision(decision.decisionId()))
                .flatMap(sameDecision -> adoptions.of(network, year).flatMap(sameYear -> {
                    Outcome outcome = AccountsAdoptionRules.outcome(network, year, decision.decisionId(),
                            Optional.ofNullable(sameDecision).map(AccountsMapper::recorded),
                            Optional.ofNullable(sameYear).map(AccountsMapper::recorded));
                    if (outcome == Outcome.REPEAT) {
                        return Uni.createFrom().item(new Adopted(AccountsMapper.view(sameDecision), false));
                    }
                    AccountsAdoptionEntity adoption = new AccountsAdoptionEntity();
                    adoption.id = UUID.randomUUID();
                    adoption.network = network;
                    adoption.year = year;
                    adoption.adoptedOn = decision.adoptedOn();
                    adoption.meetingEventId = decision.meetingEventId();
                    adoption.meetingTitle = decision.meetingTitle();
                    adoption.decisionId = decision.decisionId();
                    adoption.decidedBy = decision.decidedBy();
                    adoption.recordedBy = decision.recordedBy();
                    adoption.recordedAt = clock.now();
                    return adoptions.persist(adoption)
                            .call(saved -> outbox.record(AccountsMapper.adopted(saved)))
                            .map(saved -> new Adopted(AccountsMapper.view(saved), true));
                }));
    }
}
