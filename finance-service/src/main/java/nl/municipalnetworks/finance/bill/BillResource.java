package nl.municipalnetworks.finance.bill;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.bill.BillDtos.BillData;
import nl.municipalnetworks.finance.bill.BillDtos.BillView;
import nl.municipalnetworks.finance.bill.BillDtos.PaymentData;
import nl.municipalnetworks.finance.budget.BudgetLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.regex.Pattern;

@Path("/v1/bills")
@Tag(name = "Bills", description = "The bills a network pays, each on a line of its budget")
public class BillResource {

    private static final Pattern CODE = Pattern.compile(BudgetLine.CODE_PATTERN);

    private final BillService bills;
    private final SecurityIdentity identity;

    BillResource(BillService bills, SecurityIdentity identity) {
        this.bills = bills;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "The bills of a network (its treasurer, board and secretariat)",
            description = "Filters year (of the bill's date), status, budgetLine. sort=date,dueDate,supplier,amountInclVat "
                    + "(a minus for descending); by default the latest first")
    public Uni<Page<BillView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                    @QueryParam("year") @Parameter(example = "2026",
                                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year,
                                    @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"RECEIVED", "APPROVED", "PAID"})) String status,
                                    @QueryParam("budgetLine") @Parameter(example = "PLATFORM31") String budgetLine,
                                    @QueryParam("sort") String sort,
                                    @QueryParam("page") String page,
                                    @QueryParam("pageSize") String pageSize) {
        return bills.list(Caller.of(identity), Params.network(network), year == null ? null : Params.year(year),
                status == null ? null : QueryValues.enumValue("status", status, BillStatus.class),
                budgetLine == null ? null : QueryValues.matching("budgetLine", budgetLine, CODE, BudgetLine.CODE_REASON),
                sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "One bill")
    public Uni<BillView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bills.get(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "platform31",
            summary = "Platform31's EUR 50,000 for 2026 on the line PLATFORM31",
            value = "{\"network\": \"M50\", \"supplier\": \"Platform31\", \"supplierReference\": \"P31-2026-0042\", "
                    + "\"description\": \"Kennispartnerschap M50 2026\", \"amountExclVat\": 50000.00, \"amountInclVat\": 50000.00, "
                    + "\"date\": \"2026-01-15\", \"dueDate\": \"2026-02-14\", \"budgetLine\": \"PLATFORM31\"}")))
    @APIResponse(responseCode = "201", description = "Recorded as received; the Location header names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BillView.class)))
    @APIResponse(responseCode = "409", description = "The supplier's bill with this supplierReference is already recorded")
    @Operation(summary = "Record a bill the network received (the network's treasurer)",
            description = "budgetLine must be an expense line of the network's budget of the year of the bill's date")
    public Uni<Response> create(@Valid @NotNull BillData request) {
        return bills.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/bills/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "200", description = "Approved: an expense of the network from now on",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BillView.class)))
    @APIResponse(responseCode = "409", description = "Not received (already approved or paid)")
    @Operation(summary = "Approve a received bill (the network's treasurer)")
    public Uni<BillView> approve(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bills.approve(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @Path("/{id}/payment")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "paid",
            summary = "Paid by the collector on 10 February 2026", value = "{\"paidOn\": \"2026-02-10\"}")))
    @APIResponse(responseCode = "200", description = "Paid",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BillView.class)))
    @APIResponse(responseCode = "409", description = "Not approved (a bill is approved before it is paid), or already paid")
    @Operation(summary = "Record that an approved bill was paid (the network's treasurer)")
    public Uni<BillView> pay(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                             @Valid @NotNull PaymentData request) {
        return bills.pay(Caller.of(identity), Params.id("id", id), request);
    }
}
