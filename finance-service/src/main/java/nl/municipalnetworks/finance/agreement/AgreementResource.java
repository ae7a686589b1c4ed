package nl.municipalnetworks.finance.agreement;

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
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.agreement.AgreementDtos.AgreementData;
import nl.municipalnetworks.finance.agreement.AgreementDtos.AgreementView;
import nl.municipalnetworks.finance.agreement.AgreementDtos.NoticeData;
import nl.municipalnetworks.finance.agreement.AgreementDtos.SurplusData;
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

@Path("/v1/agreements")
@Tag(name = "Agreements", description = "Agreements of a municipality with a payee (G40 cities with Platform31), with written notice")
public class AgreementResource {

    private final AgreementService agreements;
    private final SecurityIdentity identity;

    AgreementResource(AgreementService agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The agreements of a network (a member official: only its own municipality's)",
            description = "payerMunicipalityId: only that municipality's. sort=reference,termStart,termEnd,effectiveEnd "
                    + "(a minus for descending); by default the latest start first, then by reference")
    public Uni<Page<AgreementView>> list(@QueryParam("network") @Parameter(required = true, example = "G40") String network,
                                         @QueryParam("payerMunicipalityId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String payerMunicipalityId,
                                         @QueryParam("sort") String sort,
                                         @QueryParam("page") String page,
                                         @QueryParam("pageSize") String pageSize) {
        return agreements.list(Caller.of(identity), Params.network(network),
                Params.optionalId("payerMunicipalityId", payerMunicipalityId), sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One agreement, with its effective end")
    public Uni<AgreementView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return agreements.get(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "deventer",
            summary = "Deventer and Platform31, 1 March 2023 to 31 December 2027",
            value = "{\"reference\": \"Samenwerkingsovereenkomst Deventer - Platform31 2023-2027\", \"payerMunicipalityId\": \"0b9e6c1d-2f3a-4b5c-8d7e-6f5a4b3c2d1e\", \"feeSchemeId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"termStart\": \"2023-03-01\", \"termEnd\": \"2027-12-31\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; the Location header names the new agreement",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "The payer already has an agreement under this scheme in that term")
    @Operation(summary = "Record an agreement (the treasurer of the scheme's network)")
    public Uni<Response> create(@Valid @NotNull AgreementData request) {
        return agreements.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/agreements/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/{id}/notice")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notice",
            summary = "Deventer sends notice on 15 May 2026: the agreement ends on 31 December 2026",
            value = "{\"givenOn\": \"2026-05-15\", \"givenBy\": \"PAYER\"}")))
    @APIResponse(responseCode = "200", description = "Notice recorded; effectiveEnd is the last day the agreement counts",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "Notice was already given")
    @Operation(summary = "Record written notice of early termination (the network's treasurer)",
            description = "Notice sent before 1 September ends the agreement on 31 December of that year; notice sent "
                    + "later, a year after that; never after the end of the term")
    public Uni<AgreementView> giveNotice(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                         @Valid @NotNull NoticeData request) {
        return agreements.giveNotice(Caller.of(identity), Params.id("id", id), request);
    }

    @POST
    @Path("/{id}/surplus")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "surplus",
            summary = "Deventer's share of a surplus both parties established, settled against its 2027 contribution",
            value = "{\"amount\": 1250.00, \"agreedByPayerOn\": \"2027-03-10\", \"agreedByPayeeOn\": \"2027-03-02\"}")))
    @APIResponse(responseCode = "200", description = "Recorded; the contribution of surplus.settledIn has a reduction line",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "A surplus was already agreed, or the last year's invoice is already issued")
    @Operation(summary = "Record a surplus both parties agreed (the network's treasurer)",
            description = "Settled against the payer's contribution of the agreement's last year (the year of its effective "
                    + "end) as a reduction line, excluding VAT; a surplus larger than that contribution is reported as an "
                    + "exception of the run, not invoiced")
    public Uni<AgreementView> agreeSurplus(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                           @Valid @NotNull SurplusData request) {
        return agreements.agreeSurplus(Caller.of(identity), Params.id("id", id), request);
    }
}
