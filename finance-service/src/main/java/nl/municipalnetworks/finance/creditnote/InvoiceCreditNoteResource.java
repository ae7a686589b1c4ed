package nl.municipalnetworks.finance.creditnote;

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
import nl.municipalnetworks.finance.creditnote.CreditNoteDtos.CreditNoteData;
import nl.municipalnetworks.finance.creditnote.CreditNoteDtos.CreditNoteView;
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

/** The credit note of an invoice: a resource of its own path, as JAX-RS matches the longest literal path first. */
@Path("/v1/invoices/{id}/credit-note")
@Tag(name = "Credit notes", description = "Credit notes that cancel an invoice in full, numbered with the seller's invoices")
public class InvoiceCreditNoteResource {

    private final CreditNoteService creditNotes;
    private final SecurityIdentity identity;

    InvoiceCreditNoteResource(CreditNoteService creditNotes, SecurityIdentity identity) {
        this.creditNotes = creditNotes;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "wrong count",
            summary = "The invoice was computed on a wrong CBS count",
            value = "{\"reason\": \"Wrong CBS count: 110,446 inhabitants instead of 101,446\"}")))
    @APIResponse(responseCode = "201", description = "Issued; the invoice is CREDITED; the Location header names the credit note",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreditNoteView.class)))
    @APIResponse(responseCode = "409", description = "The invoice is credited already")
    @Operation(summary = "Cancel an invoice in full by a credit note (the network's treasurer)",
            description = "The credit note reverses the whole invoice (its totals negated), takes the next number of the "
                    + "seller's invoice sequence, and sets the invoice CREDITED: it no longer counts as outstanding, and what "
                    + "was paid on it becomes the payer's credit. The next contribution run issues a fresh invoice for the "
                    + "same contribution, with a new number (the correction path).")
    public Uni<Response> issue(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                               @Valid @NotNull CreditNoteData request) {
        return creditNotes.issue(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.created(URI.create("/v1/credit-notes/" + view.id())).entity(view).build());
    }
}
