package nl.municipalnetworks.finance.scheme;

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
import nl.municipalnetworks.finance.scheme.FeeSchemeDtos.FeeSchemeData;
import nl.municipalnetworks.finance.scheme.FeeSchemeDtos.FeeSchemeView;
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

@Path("/v1/fee-schemes")
@Tag(name = "Fee schemes", description = "What a payee charges: a flat fee per member or a rate per inhabitant")
public class FeeSchemeResource {

    private final FeeSchemeService schemes;
    private final SecurityIdentity identity;

    FeeSchemeResource(FeeSchemeService schemes, SecurityIdentity identity) {
        this.schemes = schemes;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The fee schemes of a network (its treasurer, board, secretariat and member officials)",
            description = "payers: only MEMBERS or AGREEMENTS schemes. sort=name,validFrom,validTo (a minus for "
                    + "descending); by default the latest first, then by name")
    public Uni<Page<FeeSchemeView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                         @QueryParam("payers") @Parameter(schema = @Schema(enumeration = {"MEMBERS", "AGREEMENTS"})) String payers,
                                         @QueryParam("sort") String sort,
                                         @QueryParam("page") String page,
                                         @QueryParam("pageSize") String pageSize) {
        return schemes.list(Caller.of(identity), Params.network(network),
                payers == null ? null : QueryValues.enumValue("payers", payers, FeeSchemeEntity.Payers.class), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One fee scheme")
    public Uni<FeeSchemeView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return schemes.get(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "m50", summary = "M50: EUR 3,500 per member per year, collected by Meierijstad",
                    value = "{\"network\": \"M50\", \"name\": \"M50 ledenbijdrage\", \"payers\": \"MEMBERS\", \"payee\": \"M50\", \"collector\": \"Meierijstad\", \"validFrom\": \"2019-01-01\", \"basis\": \"FLAT_PER_MEMBER\", \"amountPerYear\": 3500.00, \"vat\": \"OUTSIDE_SCOPE\", \"midYearPolicy\": \"PRO_RATA_BY_MONTH\"}"),
            @ExampleObject(name = "g40", summary = "G40 cities to Platform31: EUR 0.15 per inhabitant on the count of 2022-01-01",
                    value = "{\"network\": \"G40\", \"name\": \"G40 - Platform31 2023-2027\", \"payers\": \"AGREEMENTS\", \"payee\": \"Platform31\", \"collector\": \"Platform31\", \"validFrom\": \"2023-03-01\", \"validTo\": \"2027-12-31\", \"basis\": \"PER_INHABITANT\", \"ratePerInhabitant\": 0.15, \"referenceDate\": \"2022-01-01\", \"vat\": \"STANDARD_21\", \"midYearPolicy\": \"PRO_RATA_BY_MONTH\"}")}))
    @APIResponse(responseCode = "201", description = "Added; the Location header names the new scheme",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeeSchemeView.class)))
    @APIResponse(responseCode = "409", description = "Another scheme that every member pays overlaps this one in the network")
    @Operation(summary = "Add a fee scheme (the network's treasurer)")
    public Uni<Response> create(@Valid @NotNull FeeSchemeData request) {
        return schemes.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/fee-schemes/" + view.id())).entity(view).build());
    }
}
