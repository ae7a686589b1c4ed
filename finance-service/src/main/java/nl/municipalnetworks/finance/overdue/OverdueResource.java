package nl.municipalnetworks.finance.overdue;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.overdue.OverdueDtos.DueRemindersView;
import nl.municipalnetworks.finance.overdue.OverdueDtos.OverdueInvoiceView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/networks/{network}")
@Tag(name = "Overdue invoices", description = "Invoices past their due date, and the reminders due by the schedule")
public class OverdueResource {

    private final OverdueService overdue;
    private final SecurityIdentity identity;

    OverdueResource(OverdueService overdue, SecurityIdentity identity) {
        this.overdue = overdue;
        this.identity = identity;
    }

    @GET
    @Path("/overdue-invoices")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The network's invoices past their due date and not paid, the most days overdue first "
            + "(a member official: its own municipality's)",
            description = "With what is outstanding, the reminders sent and the next step of the reminder schedule (first "
                    + "reminder 14 days after the due date, second 28 days after, then the board 42 days after)")
    public Uni<Page<OverdueInvoiceView>> overdueInvoices(@PathParam("network") @Parameter(example = "G40") String network,
                                                         @QueryParam("page") String page,
                                                         @QueryParam("pageSize") String pageSize) {
        return overdue.overdueInvoices(Caller.of(identity), Params.network(network), PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/due-reminders")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The overdue invoices whose next reminder step is due today or earlier (the treasurer's worklist)",
            description = "First reminder 14 days after the due date, second 28 days after, then referred to the board 42 days "
                    + "after; each step once, in order. Not paged")
    public Uni<DueRemindersView> dueReminders(@PathParam("network") @Parameter(example = "G40") String network) {
        return overdue.dueReminders(Caller.of(identity), Params.network(network));
    }
}
