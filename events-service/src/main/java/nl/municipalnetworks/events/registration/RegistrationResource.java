package nl.municipalnetworks.events.registration;

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
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.registration.RegistrationDtos.RegistrationData;
import nl.municipalnetworks.events.registration.RegistrationDtos.RegistrationView;
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

@Path("/v1/events/{id}/registrations")
@Tag(name = "Registrations", description = "Registering for an event, the waiting list, cancelling, check-in at the door")
public class RegistrationResource {

    private final RegistrationService registrations;
    private final SecurityIdentity identity;

    RegistrationResource(RegistrationService registrations, SecurityIdentity identity) {
        this.registrations = registrations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.SECRETARIAT, Role.BOARD, Role.PARTNER, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The registrations of an event (the organiser and the board; an official sees their own municipality's)",
            description = "In the order they came in. status: CONFIRMED, WAITING or CANCELLED only; sessionId: of one session")
    public Uni<Page<RegistrationView>> list(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                            @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"CONFIRMED", "WAITING", "CANCELLED"})) String status,
                                            @QueryParam("sessionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String sessionId,
                                            @QueryParam("page") String page,
                                            @QueryParam("pageSize") String pageSize) {
        return registrations.list(Caller.of(identity), Params.id("id", id),
                status == null ? null : QueryValues.enumValue("status", status, RegistrationStatus.class),
                sessionId == null ? null : Params.id("sessionId", sessionId), PageRequest.of(page, pageSize));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "official", summary = "An official of Zeist registers a colleague",
                    value = "{\"name\": \"Anouk de Vries\", \"email\": \"a.devries@zeist.nl\"}"),
            @ExampleObject(name = "guest", summary = "The secretariat invites a guest from the ministry",
                    value = "{\"name\": \"Joost van 't Hek\", \"email\": \"j.vanthek@minvro.nl\"}")}))
    @APIResponse(responseCode = "201", description = "Registered: CONFIRMED when there was a seat, else WAITING with its place on the list",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "Registration is not open or closed at the deadline, or the e-mail address is already registered")
    @Operation(summary = "Register for an event (an official for their own municipality; the organiser for members and guests)")
    public Uni<Response> register(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                  @Valid @NotNull RegistrationData request) {
        return registrations.register(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.created(URI.create("/v1/events/" + view.eventId() + "/registrations?status=" + view.status()))
                        .entity(view).build());
    }

    @POST
    @Path("/{registrationId}/cancellation")
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "200", description = "Cancelled; a freed seat went to the first on the waiting list",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled, checked in, or the event has started, was held or cancelled")
    @Operation(summary = "Cancel a registration (an official of its municipality, or the organiser)")
    public Uni<RegistrationView> cancel(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                        @PathParam("registrationId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String registrationId) {
        return registrations.cancel(Caller.of(identity), Params.id("id", id), Params.id("registrationId", registrationId));
    }

    @POST
    @Path("/{registrationId}/check-in")
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "200", description = "Checked in: attendance recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "Not a confirmed registration, already checked in, or the event is not open, closed or held")
    @Operation(summary = "Check a person in at the door (the organiser)")
    public Uni<RegistrationView> checkIn(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                         @PathParam("registrationId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String registrationId) {
        return registrations.checkIn(Caller.of(identity), Params.id("id", id), Params.id("registrationId", registrationId));
    }
}
