package nl.municipalnetworks.finance.payment;

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
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.payment.PaymentDtos.MatchData;
import nl.municipalnetworks.finance.payment.PaymentDtos.PaymentData;
import nl.municipalnetworks.finance.payment.PaymentDtos.PaymentView;
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

@Path("/v1/payments")
@Tag(name = "Payments", description = "Payments received, matched to invoices by their reference or by hand")
public class PaymentResource {

    private final PaymentService payments;
    private final SecurityIdentity identity;

    PaymentResource(PaymentService payments, SecurityIdentity identity) {
        this.payments = payments;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The payments of a network (its treasurer, board, secretariat; a member official: those of its own invoices)",
            description = "unmatched=true: only those waiting to be matched by hand; invoiceId: those of one invoice. "
                    + "sort=receivedOn,amount,registeredAt (a minus for descending); by default the latest first")
    public Uni<Page<PaymentView>> list(@QueryParam("network") @Parameter(required = true, example = "G40") String network,
                                       @QueryParam("unmatched") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String unmatched,
                                       @QueryParam("invoiceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String invoiceId,
                                       @QueryParam("sort") String sort,
                                       @QueryParam("page") String page,
                                       @QueryParam("pageSize") String pageSize) {
        return payments.list(Caller.of(identity), Params.network(network), Params.flag("unmatched", unmatched),
                Params.optionalId("invoiceId", invoiceId), sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One payment and the invoice it pays")
    public Uni<PaymentView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return payments.get(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "deventer",
            summary = "Deventer pays its G40 contribution, quoting the reference as payers type it",
            value = "{\"network\": \"G40\", \"amount\": 18412.45, \"receivedOn\": \"2026-12-03\", \"payerName\": \"Gemeente Deventer\", "
                    + "\"payerIban\": \"NL39 RABO 0300 0652 64\", \"reference\": \"Factuur G40 2026 000001 bijdrage\"}")))
    @APIResponse(responseCode = "201", description = "Registered (and matched, if an invoice answers); the Location header names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "409", description = "The invoice named was credited")
    @Operation(summary = "Register a payment by hand (the network's treasurer)",
            description = "Matched to invoiceId if given, else by the payment reference it quotes (M50-2026-000001, in any case, "
                    + "with spaces, dashes, slashes or dots, or inside a longer text), within the seller named if any. A part "
                    + "payment makes the invoice PARTLY_PAID, the rest PAID; what is paid beyond the invoice is the payer's "
                    + "credit. A payment that finds no invoice is kept unmatched, with the reason.")
    public Uni<Response> register(@Valid @NotNull PaymentData request) {
        return payments.register(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/payments/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/{id}/match")
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "match",
            summary = "This payment pays that invoice", value = "{\"invoiceId\": \"3f2c8a1e-0b7d-4c55-9a6e-2d4f1b9c7e10\"}")))
    @APIResponse(responseCode = "200", description = "Matched",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "409", description = "The payment is already matched, or the invoice was credited")
    @Operation(summary = "Match an unmatched payment to an invoice of its network by hand (the network's treasurer)")
    public Uni<PaymentView> match(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                  @Valid @NotNull MatchData request) {
        return payments.match(Caller.of(identity), Params.id("id", id), request);
    }
}
