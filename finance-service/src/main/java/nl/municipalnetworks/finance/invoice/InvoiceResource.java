package nl.municipalnetworks.finance.invoice;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.invoice.InvoiceDtos.InvoiceView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/invoices")
@Tag(name = "Invoices", description = "The invoices the yearly contribution run issued")
public class InvoiceResource {

    private final InvoiceService invoices;
    private final SecurityIdentity identity;

    InvoiceResource(InvoiceService invoices, SecurityIdentity identity) {
        this.invoices = invoices;
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
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One invoice with its lines and totals")
    public Uni<InvoiceView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return invoices.get(Caller.of(identity), Params.id("id", id));
    }
}
