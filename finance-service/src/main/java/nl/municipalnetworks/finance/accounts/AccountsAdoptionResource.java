package nl.municipalnetworks.finance.accounts;

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
import nl.municipalnetworks.finance.accounts.AccountsDtos.AdoptionData;
import nl.municipalnetworks.finance.accounts.AccountsDtos.AdoptionView;
import nl.municipalnetworks.finance.api.Params;
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

@Path("/v1/networks/{network}/annual-accounts/{year}/adoption")
@Tag(name = "Budget reports", description = "Actuals against the budget, the half-year report (BERAP) and the annual accounts")
public class AccountsAdoptionResource {

    private final AccountsAdoptionService adoptions;
    private final SecurityIdentity identity;

    AccountsAdoptionResource(AccountsAdoptionService adoptions, SecurityIdentity identity) {
        this.adoptions = adoptions;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "alv",
            summary = "The spring assembly of 2025 adopted the accounts of 2024",
            value = "{\"meetingTitle\": \"ALV voorjaar 2025\", \"meetingDate\": \"2025-05-15\", "
                    + "\"decidedBy\": \"Algemene ledenvergadering M50\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; annual-accounts-adopted is published and the books of "
            + "the year are closed. The Location header names the annual accounts, which now show the adoption",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "200", description = "The same decision (decisionId) was recorded before: its adoption, nothing new",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "409", description = "The accounts of the year were already adopted (by another decision), "
            + "or the decision adopted the accounts of another year")
    @Operation(summary = "Record that the general assembly adopted the annual accounts of a year (the network's treasurer)",
            description = "For a network whose general assembly's decisions are not recorded in events-service; a decision "
                    + "recorded there reaches finance-service by itself, through the same steps. The meeting's day is after "
                    + "the year ended and not in the future. From then on the year's books are closed: bills, payments, "
                    + "credit notes and contribution runs of that year are refused (409)")
    public Uni<Response> adopt(@PathParam("network") @Parameter(example = "M50") String network,
                               @PathParam("year") @Parameter(example = "2024",
                                       schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year,
                               @Valid @NotNull AdoptionData request) {
        String code = Params.network(network);
        return adoptions.adopt(Caller.of(identity), code, Params.year(year), request)
                .map(adopted -> adopted.recorded()
                        ? Response.created(URI.create("/v1/networks/" + code + "/annual-accounts/" + adopted.adoption().year()))
                        .entity(adopted.adoption()).build()
                        : Response.ok(adopted.adoption()).build());
    }
}
