package nl.municipalnetworks.finance.party;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.party.PartyDtos.PartyData;
import nl.municipalnetworks.finance.party.PartyDtos.PartyView;
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

@Path("/v1/parties")
@Tag(name = "Parties", description = "Billing details of the parties that send and receive invoices, for e-invoices")
public class PartyResource {

    private static final String EXAMPLE_DEVENTER = "{\"municipalityId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\", "
            + "\"legalName\": \"Gemeente Deventer\", \"street\": \"Grote Kerkhof 1\", \"postcode\": \"7411 KT\", "
            + "\"city\": \"Deventer\", \"country\": \"NL\", \"kvkNumber\": \"38020751\", \"oin\": \"00000001001234567000\", "
            + "\"vatNumber\": \"NL001234567B01\", \"email\": \"facturen@deventer.nl\", \"peppolScheme\": \"0190\"}";
    private static final String EXAMPLE_PLATFORM31 = "{\"collectorName\": \"Platform31\", \"legalName\": \"Stichting Platform31\", "
            + "\"street\": \"Voorbeeldstraat 31\", \"postcode\": \"2500 FK\", \"city\": \"Den Haag\", \"country\": \"NL\", "
            + "\"kvkNumber\": \"12345678\", \"vatNumber\": \"NL812345678B01\", \"iban\": \"NL91ABNA0417164300\", "
            + "\"bic\": \"ABNANL2A\", \"email\": \"facturen@platform31.nl\", \"peppolScheme\": \"0106\"}";

    private final PartyService parties;
    private final SecurityIdentity identity;

    PartyResource(PartyService parties, SecurityIdentity identity) {
        this.parties = parties;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "Billing details of parties (treasurers, boards, secretariats; a member official: its own)",
            description = "Filter municipalityId. sort=legalName,collectorName,city (a minus for descending); by "
                    + "default by legal name")
    public Uni<Page<PartyView>> list(@QueryParam("municipalityId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String municipalityId,
                                     @QueryParam("sort") String sort,
                                     @QueryParam("page") String page,
                                     @QueryParam("pageSize") String pageSize) {
        return parties.list(Caller.of(identity), Params.optionalId("municipalityId", municipalityId), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One party's billing details")
    public Uni<PartyView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return parties.get(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "deventer", summary = "A municipality that pays (receives on its OIN)", value = EXAMPLE_DEVENTER),
            @ExampleObject(name = "platform31", summary = "A seller that is no municipality, found by its collector name",
                    value = EXAMPLE_PLATFORM31)}))
    @APIResponse(responseCode = "201", description = "Registered; the Location header names the new party",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyView.class)))
    @APIResponse(responseCode = "409", description = "The municipality or the collector name has billing details already")
    @Operation(summary = "Register a party's billing details (the treasurer of any network)",
            description = "The IBAN is checked modulo 97, the KvK number (eight digits), OIN (twenty), VAT number "
                    + "(NL, nine digits, B, two digits) and postcode (1234 AB) by their form")
    public Uni<Response> create(@Valid @NotNull PartyData request) {
        return parties.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/parties/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "deventer", value = EXAMPLE_DEVENTER)}))
    @APIResponse(responseCode = "200", description = "The billing details as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyView.class)))
    @APIResponse(responseCode = "409", description = "Another party has the municipality or the collector name")
    @Operation(summary = "Replace a party's billing details (the treasurer of any network)")
    public Uni<PartyView> update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                 @Valid @NotNull PartyData request) {
        return parties.update(Caller.of(identity), Params.id("id", id), request);
    }
}
