package nl.municipalnetworks.finance.payment;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.payment.PaymentDtos.BalancesView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/networks/{network}/balances")
@Tag(name = "Payments", description = "Payments received, matched to invoices by their reference or by hand")
public class BalanceResource {

    private final BalanceService balances;
    private final SecurityIdentity identity;

    BalanceResource(BalanceService balances, SecurityIdentity identity) {
        this.balances = balances;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "What each payer of the network owes today (a member official: its own municipality)",
            description = "Per payer municipality, by name: invoiced (credited invoices left out), paid (all money received "
                    + "and matched, credit included), outstanding, overdue (the outstanding part past its due date) and credit "
                    + "(paid beyond its invoices, and what was paid on invoices credited since); year: only that year's "
                    + "invoices. Not paged")
    public Uni<BalancesView> balances(@PathParam("network") @Parameter(example = "G40") String network,
                                      @QueryParam("year") @Parameter(example = "2026",
                                              schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year) {
        return balances.balances(Caller.of(identity), Params.network(network), year == null ? null : Params.year(year));
    }
}
