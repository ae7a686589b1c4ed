package nl.municipalnetworks.finance.overdue;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.overdue.OverdueDtos.ReminderData;
import nl.municipalnetworks.finance.overdue.OverdueDtos.ReminderView;
import nl.municipalnetworks.finance.overdue.OverdueDtos.RemindersView;
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

@Path("/v1/invoices/{id}/reminders")
@Tag(name = "Overdue invoices", description = "Invoices past their due date, and the reminders due by the schedule")
public class ReminderResource {

    private final OverdueService overdue;
    private final SecurityIdentity identity;

    ReminderResource(OverdueService overdue, SecurityIdentity identity) {
        this.overdue = overdue;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The reminders sent about an invoice, and the next step with the day it is due")
    public Uni<RemindersView> list(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return overdue.reminders(Caller.of(identity), Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "first",
            summary = "The first reminder went out on 20 January 2027", value = "{\"step\": \"FIRST_REMINDER\", \"sentOn\": \"2027-01-20\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; the Location header lists the invoice's reminders",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReminderView.class)))
    @APIResponse(responseCode = "409", description = "Not the next step, not due yet, already recorded, or the invoice is not unpaid")
    @Operation(summary = "Record a reminder sent about an overdue invoice (the network's treasurer)",
            description = "The next step of the schedule (FIRST_REMINDER from 14 days after the due date, SECOND_REMINDER from "
                    + "28, REFERRED_TO_BOARD from 42), each once, while the invoice is unpaid; sentOn defaults to today")
    public Uni<Response> record(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                @Valid @NotNull ReminderData request) {
        var invoiceId = Params.id("id", id);
        return overdue.record(Caller.of(identity), invoiceId, request)
                .map(view -> Response.created(URI.create("/v1/invoices/" + invoiceId + "/reminders")).entity(view).build());
    }
}
