package nl.municipalnetworks.finance.einvoice;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

@Path("/v1/networks/{network}/e-invoices")
@Tag(name = "Invoices")
public class EInvoiceArchiveResource {

    static final String ZIP = "application/zip";

    private final EInvoiceArchive archive;
    private final SecurityIdentity identity;

    EInvoiceArchiveResource(EInvoiceArchive archive, SecurityIdentity identity) {
        this.archive = archive;
        this.identity = identity;
    }

    @GET
    @Produces(ZIP)
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @ResponseHeader(name = "Content-Disposition", value = "attachment; filename=\"e-facturen.zip\"")
    @APIResponse(responseCode = "200", description = "A ZIP with one UBL 2.1 (NLCIUS) document per invoice, named seller/number.xml",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "Billing details are missing for buyers or a seller (named)")
    @Operation(summary = "Every e-invoice of a network's year in one ZIP (its treasurer, board, secretariat)",
            description = "For handing a year's run to the collecting member's financial system or a Peppol access point. "
                    + "Checked before the first byte: every buyer and seller has billing details")
    public Multi<byte[]> get(@PathParam("network") @Parameter(example = "M50") String network,
                             @QueryParam("year") @Parameter(required = true, example = "2026",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year) {
        return archive.of(Caller.of(identity), Params.network(network), Params.year(year));
    }
}
