package nl.municipalnetworks.finance.creditnote;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.creditnote.CreditNoteDtos.CreditNoteView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/credit-notes")
@Tag(name = "Credit notes", description = "Credit notes that cancel an invoice in full, numbered with the seller's invoices")
public class CreditNoteResource {

    private final CreditNoteService creditNotes;
    private final SecurityIdentity identity;

    CreditNoteResource(CreditNoteService creditNotes, SecurityIdentity identity) {
        this.creditNotes = creditNotes;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The credit notes of a network (its treasurer, board, secretariat; a member official: its own)",
            description = "Filters year (of issue), payerMunicipalityId. sort=number,issueDate,payerName,seller (a minus for "
                    + "descending); by default the latest first")
    public Uni<Page<CreditNoteView>> list(@QueryParam("network") @Parameter(required = true, example = "G40") String network,
                                          @QueryParam("year") @Parameter(example = "2026",
                                                  schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year,
                                          @QueryParam("payerMunicipalityId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String payerMunicipalityId,
                                          @QueryParam("sort") String sort,
                                          @QueryParam("page") String page,
                                          @QueryParam("pageSize") String pageSize) {
        return creditNotes.list(Caller.of(identity), Params.network(network), year == null ? null : Params.year(year),
                Params.optionalId("payerMunicipalityId", payerMunicipalityId), sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "One credit note and the invoice it cancels")
    public Uni<CreditNoteView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return creditNotes.get(Caller.of(identity), Params.id("id", id));
    }
}
