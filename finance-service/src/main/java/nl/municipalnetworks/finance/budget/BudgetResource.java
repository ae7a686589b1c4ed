package nl.municipalnetworks.finance.budget;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import nl.municipalnetworks.finance.budget.BudgetDtos.AdoptionData;
import nl.municipalnetworks.finance.budget.BudgetDtos.BudgetData;
import nl.municipalnetworks.finance.budget.BudgetDtos.BudgetView;
import nl.municipalnetworks.finance.budget.BudgetDtos.LinesData;
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

@Path("/v1/budgets")
@Tag(name = "Budgets", description = "A network's budget for a year (begroting): drafted, proposed, adopted by the general assembly, amended")
public class BudgetResource {

    static final String LINES_EXAMPLE = "[{\"code\": \"CONTRIBUTIONS\", \"name\": \"Ledenbijdragen\", \"kind\": \"INCOME\", \"amount\": 150500.00}, "
            + "{\"code\": \"PLATFORM31\", \"name\": \"Kennispartner Platform31\", \"kind\": \"EXPENSE\", \"amount\": 50000.00}, "
            + "{\"code\": \"LOBBY\", \"name\": \"Lobby en public affairs (Meines Holla)\", \"kind\": \"EXPENSE\", \"amount\": 45000.00}]";

    private final BudgetService budgets;
    private final SecurityIdentity identity;

    BudgetResource(BudgetService budgets, SecurityIdentity identity) {
        this.budgets = budgets;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The budgets of a network, every version (a member official: the adopted ones)",
            description = "Filters year, status. sort=year,version (a minus for descending); by default the latest year "
                    + "first, its newest version first")
    public Uni<Page<BudgetView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                      @QueryParam("year") @Parameter(example = "2026",
                                              schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year,
                                      @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"DRAFT", "PROPOSED", "ADOPTED", "SUPERSEDED"})) String status,
                                      @QueryParam("sort") String sort,
                                      @QueryParam("page") String page,
                                      @QueryParam("pageSize") String pageSize) {
        return budgets.list(Caller.of(identity), Params.network(network), year == null ? null : Params.year(year),
                status == null ? null : QueryValues.enumValue("status", status, BudgetStatus.class), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One version of a budget with its lines and totals (a member official: an adopted one)")
    public Uni<BudgetView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return budgets.get(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "m50-2026",
            summary = "M50's budget for 2026: contributions, Platform31, lobby",
            value = "{\"network\": \"M50\", \"year\": 2026, \"lines\": " + LINES_EXAMPLE + "}")))
    @APIResponse(responseCode = "201", description = "Drafted as version 1; the Location header names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "The network already has a budget for that year: edit its draft or amend it")
    @Operation(summary = "Draft a network's budget for a year (the network's treasurer)",
            description = "Lines: a code (the same in every version; bills are booked on it; the members' contributions "
                    + "on the income line CONTRIBUTIONS), a name, INCOME or EXPENSE and the amount for the year")
    public Uni<Response> create(@Valid @NotNull BudgetData request) {
        return budgets.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/budgets/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "lines",
            summary = "The lines of a draft, replaced as a whole", value = "{\"lines\": " + LINES_EXAMPLE + "}")))
    @APIResponse(responseCode = "200", description = "The draft with its new lines",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft: a proposal is withdrawn first, an adopted budget amended")
    @Operation(summary = "Replace the lines of a draft budget (the network's treasurer)",
            description = "Network, year and version do not change; only a draft's lines do")
    public Uni<BudgetView> replaceLines(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                        @Valid @NotNull LinesData request) {
        return budgets.replaceLines(Caller.of(identity), Params.id("id", id), request);
    }

    @POST
    @Path("/{id}/proposal")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "200", description = "Proposed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    @Operation(summary = "Propose a draft budget to the general assembly (the network's treasurer)")
    public Uni<BudgetView> propose(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return budgets.propose(Caller.of(identity), Params.id("id", id));
    }

    @DELETE
    @Path("/{id}/proposal")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "200", description = "Back to draft",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "Not proposed")
    @Operation(summary = "Withdraw the proposal: the budget is a draft again (the network's treasurer)")
    public Uni<BudgetView> withdrawProposal(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return budgets.withdrawProposal(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @Path("/{id}/adoption")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "alv",
            summary = "Adopted at the autumn general assembly",
            value = "{\"meetingName\": \"ALV najaar 2025\", \"meetingDate\": \"2025-10-16\", \"decidedBy\": \"Algemene ledenvergadering M50\"}")))
    @APIResponse(responseCode = "200", description = "Adopted; the version it amends, if any, is superseded; budget-adopted is published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "Not proposed (a draft is proposed first; an adopted budget is amended)")
    @Operation(summary = "Record that the general assembly adopted a proposed budget (the network's treasurer)",
            description = "By hand until events-service reports the general assembly's decisions; both take the same "
                    + "steps. Records the meeting, its date (not in the future) and who decided")
    public Uni<BudgetView> adopt(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                 @Valid @NotNull AdoptionData request) {
        return budgets.adopt(Caller.of(identity), Params.id("id", id), request);
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "201", description = "A draft of the next version, with the adopted lines to start from; "
            + "the Location header names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "Not the adopted budget in force, or another version is being worked on")
    @Operation(summary = "Draft an amendment of an adopted budget (the network's treasurer)",
            description = "An adopted budget is never edited: the amendment goes through draft, proposal and adoption, "
                    + "and once adopted supersedes the version it amends")
    public Uni<Response> amend(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return budgets.amend(Caller.of(identity), Params.id("id", id))
                .map(view -> Response.created(URI.create("/v1/budgets/" + view.id())).entity(view).build());
    }
}
