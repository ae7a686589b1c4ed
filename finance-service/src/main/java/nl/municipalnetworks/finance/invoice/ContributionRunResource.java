package nl.municipalnetworks.finance.invoice;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.invoice.InvoiceDtos.ContributionRunData;
import nl.municipalnetworks.finance.invoice.InvoiceDtos.ContributionRunResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/v1/networks/{network}/contribution-runs")
@Tag(name = "Contributions", description = "The yearly contribution of every member and agreement, computed")
public class ContributionRunResource {

    private final ContributionRunService runs;
    private final SecurityIdentity identity;

    ContributionRunResource(ContributionRunService runs, SecurityIdentity identity) {
        this.runs = runs;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "2026",
            summary = "Invoice the contributions of 2026", value = "{\"year\": 2026}")))
    @APIResponse(responseCode = "201", description = "Invoices issued; the Location header lists the year's invoices",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContributionRunResult.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: every contribution of the year was already invoiced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContributionRunResult.class)))
    @Operation(summary = "Invoice a year's contributions (the network's treasurer)",
            description = "Issues what the contribution preview computes: one invoice per payer per fee scheme (and "
                    + "agreement) for the year, numbered per seller and year without gaps, issue date today "
                    + "(Europe/Amsterdam). Running it again issues nothing new. Exceptions (a missing CBS count) are "
                    + "answered, not invoiced; the collector's own contribution is not invoiced.")
    public Uni<Response> run(@PathParam("network") @Parameter(example = "M50") String network,
                             @Valid @NotNull ContributionRunData request) {
        String code = Params.network(network);
        return runs.run(Caller.of(identity), code, request.year())
                .map(result -> result.created() > 0
                        ? Response.created(URI.create("/v1/invoices?network=" + code + "&year=" + result.year())).entity(result).build()
                        : Response.ok(result).build());
    }
}
