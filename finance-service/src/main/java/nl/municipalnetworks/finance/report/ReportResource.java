package nl.municipalnetworks.finance.report;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.csv.ExcelCsv;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.report.ReportDtos.AnnualAccounts;
import nl.municipalnetworks.finance.report.ReportDtos.BudgetActuals;
import nl.municipalnetworks.finance.report.ReportDtos.HalfYearReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * The budget against what happened, as JSON or, with {@code Accept: text/csv}, as a file for Excel in the Netherlands
 * (service-commons' ExcelCsv). A client that accepts anything gets JSON (the CSV has the lower quality).
 */
@Path("/v1/networks/{network}")
@Tag(name = "Budget reports", description = "Actuals against the budget, the half-year report (BERAP) and the annual accounts")
public class ReportResource {

    private static final String CSV = "text/csv;qs=0.5";

    private final ReportService reports;
    private final SecurityIdentity identity;

    ReportResource(ReportService reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @Path("/budget-actuals")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "Budget against actuals per line on a date (the treasurer, board and secretariat)",
            description = "From 1 January of on's year to on (default today, Europe/Amsterdam). Income: the contributions "
                    + "invoiced in the network's own fee schemes (excluding VAT, credited invoices left out) and the "
                    + "collector's own contribution; expenses: approved and paid bills by their date, including VAT; "
                    + "received bills apart as awaitingApproval. With Accept: text/csv a file for Excel.")
    public Uni<BudgetActuals> actuals(@PathParam("network") @Parameter(example = "M50") String network,
                                      @QueryParam("on") @Parameter(example = "2026-06-30",
                                              schema = @Schema(type = SchemaType.STRING, format = "date")) String on) {
        return reports.actuals(Caller.of(identity), Params.network(network), date(on));
    }

    @GET
    @Path("/budget-actuals")
    @Produces(CSV)
    @Operation(summary = "Budget against actuals per line on a date, as CSV (Accept: text/csv)")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    public Uni<Response> actualsCsv(@PathParam("network") String network, @QueryParam("on") String on) {
        String code = Params.network(network);
        return reports.actuals(Caller.of(identity), code, date(on))
                .map(report -> file(ReportCsv.actuals(report), code + "-budget-actuals-" + report.on() + ".csv"));
    }

    @GET
    @Path("/half-year-reports/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "The half-year report (BERAP) of a year for the board (the treasurer, board and secretariat)",
            description = "Per line the budget, the actual to 30 June and the forecast for the year: the larger of the "
                    + "budget and the actual (the actual plus what is left of the budget). With Accept: text/csv a file for Excel.")
    public Uni<HalfYearReport> halfYear(@PathParam("network") @Parameter(example = "M50") String network,
                                        @PathParam("year") @Parameter(example = "2026",
                                                schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year) {
        return reports.halfYear(Caller.of(identity), Params.network(network), Params.year(year));
    }

    @GET
    @Path("/half-year-reports/{year}")
    @Produces(CSV)
    @Operation(summary = "The half-year report (BERAP) as CSV (Accept: text/csv)")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    public Uni<Response> halfYearCsv(@PathParam("network") String network, @PathParam("year") String year) {
        String code = Params.network(network);
        return reports.halfYear(Caller.of(identity), code, Params.year(year))
                .map(report -> file(ReportCsv.halfYear(report), code + "-berap-" + report.year() + ".csv"));
    }

    @GET
    @Path("/annual-accounts/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The annual accounts of a year: income and expenses per category and the result "
            + "(the treasurer, board, secretariat and the officials of the members)",
            description = "Against the adopted budget (officials) or, while none is adopted, the newest version. "
                    + "complete is false while the year runs. With Accept: text/csv a file for Excel.")
    public Uni<AnnualAccounts> annualAccounts(@PathParam("network") @Parameter(example = "M50") String network,
                                              @PathParam("year") @Parameter(example = "2026",
                                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year) {
        return reports.annualAccounts(Caller.of(identity), Params.network(network), Params.year(year));
    }

    @GET
    @Path("/annual-accounts/{year}")
    @Produces(CSV)
    @Operation(summary = "The annual accounts as CSV (Accept: text/csv)")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    public Uni<Response> annualAccountsCsv(@PathParam("network") String network, @PathParam("year") String year) {
        String code = Params.network(network);
        return reports.annualAccounts(Caller.of(identity), code, Params.year(year))
                .map(report -> file(ReportCsv.annualAccounts(report), code + "-annual-accounts-" + report.year() + ".csv"));
    }

    /** A date within the platform's range; today (Europe/Amsterdam) when absent. */
    private static LocalDate date(String on) {
        if (on == null) {
            return DutchTime.today();
        }
        return DateRange.parse(on).filter(date -> date.getYear() >= 1900 && date.getYear() <= 2199)
                .orElseThrow(() -> ProblemException.invalid("on", "must be a date written as YYYY-MM-DD from 1900-01-01 to 2199-12-31"));
    }

    private static Response file(byte[] csv, String name) {
        return Response.ok(csv, ExcelCsv.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
