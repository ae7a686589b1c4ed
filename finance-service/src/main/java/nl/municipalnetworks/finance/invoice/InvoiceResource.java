package nl.municipalnetworks.finance.invoice;

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
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.einvoice.EInvoiceService;
import nl.municipalnetworks.finance.einvoice.InvoiceHtml;
import nl.municipalnetworks.finance.einvoice.UblInvoiceWriter;
import nl.municipalnetworks.finance.invoice.InvoiceDtos.InvoiceView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/invoices")
@Tag(name = "Invoices", description = "The invoices the yearly contribution run issued")
public class InvoiceResource {

    private final InvoiceService invoices;
    private final EInvoiceService eInvoices;
    private final SecurityIdentity identity;

    InvoiceResource(InvoiceService invoices, EInvoiceService eInvoices, SecurityIdentity identity) {
        this.invoices = invoices;
        this.eInvoices = eInvoices;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The invoices of a network (its treasurer, board, secretariat; a member official: its own)",
            description = "Filters year, payerMunicipalityId, status. sort=number,issueDate,year,payerName,total,seller "
                    + "(a minus for descending); by default the latest year first, then by seller and number. "
                    + "Lines are given by GET /v1/invoices/{id}")
    public Uni<Page<InvoiceView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                       @QueryParam("year") @Parameter(example = "2026",
                                               schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year,
                                       @QueryParam("payerMunicipalityId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String payerMunicipalityId,
                                       @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"DRAFT", "ISSUED", "PARTLY_PAID", "PAID", "OVERDUE", "CREDITED"})) String status,
                                       @QueryParam("sort") String sort,
                                       @QueryParam("page") String page,
                                       @QueryParam("pageSize") String pageSize) {
        return invoices.list(Caller.of(identity), Params.network(network), year == null ? null : Params.year(year),
                Params.optionalId("payerMunicipalityId", payerMunicipalityId),
                status == null ? null : QueryValues.enumValue("status", status, InvoiceStatus.class), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One invoice with its lines and totals; as an e-invoice with Accept: application/xml, as a page with Accept: text/html",
            description = "application/json (the default): the invoice as data. application/xml: the e-invoice, UBL 2.1 "
                    + "following the NLCIUS (CustomizationID " + UblInvoiceWriter.CUSTOMIZATION_ID + ", Peppol BIS Billing 3.0 "
                    + "profile), as Dutch municipalities receive it. text/html: the same invoice to read or print, in Dutch. "
                    + "Both need the billing details of the seller and the buyer (POST /v1/parties): without them, or "
                    + "without the seller's IBAN (or VAT number, on an invoice with VAT), a 409 names the party.")
    @APIResponse(responseCode = "200", description = "The invoice, as asked for by the Accept header", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)),
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING,
                    description = "UBL 2.1 Invoice (NLCIUS)")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                    description = "The invoice as an HTML page in Dutch"))})
    @APIResponse(responseCode = "409", description = "XML or HTML asked for, and the seller's or the buyer's billing "
            + "details are missing or incomplete (invalidParams names seller or buyer)")
    public Uni<InvoiceView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return invoices.get(Caller.of(identity), Params.id("id", id));
    }

    /** The e-invoice; documented with {@link #get}, the one operation of the document for this path. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_XML + ";qs=0.5")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(hidden = true)
    public Uni<Response> getUbl(@PathParam("id") String id) {
        return eInvoices.of(Caller.of(identity), Params.id("id", id))
                .map(e -> Response.ok(UblInvoiceWriter.write(e), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                        .header("Content-Disposition", "inline; filename=\"factuur-" + e.invoice().number + ".xml\"").build());
    }

    /** The invoice to read; documented with {@link #get}. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML + ";qs=0.5")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(hidden = true)
    public Uni<Response> getHtml(@PathParam("id") String id) {
        return eInvoices.of(Caller.of(identity), Params.id("id", id))
                .map(e -> Response.ok(InvoiceHtml.render(e), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }
}
