package nl.municipalnetworks.events.event;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.calendar.ICalendar;
import nl.municipalnetworks.events.event.EventDtos.EventData;
import nl.municipalnetworks.events.event.EventDtos.EventView;
import nl.municipalnetworks.events.event.EventDtos.SessionData;
import nl.municipalnetworks.events.event.EventDtos.StatusChange;
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
import java.util.List;

@Path("/v1/events")
@Tag(name = "Events", description = "General assemblies, theme sessions, webinars and other meetings of a network, with their sessions")
public class EventResource {

    static final String SPRING_ASSEMBLY = "{\"network\": \"M50\", \"kind\": \"GENERAL_ASSEMBLY\", \"title\": \"ALV voorjaar 2025\", "
            + "\"startsAt\": \"2025-03-27T13:00:00+01:00\", \"endsAt\": \"2025-03-27T17:30:00+01:00\", \"place\": \"Zeist\", "
            + "\"audience\": \"MEMBERS\", \"capacity\": 120, \"registrationDeadline\": \"2025-03-20T23:59:00+01:00\"}";
    static final String WEBINAR = "{\"network\": \"M50\", \"otherNetworks\": [\"G40\"], \"partner\": \"Platform31\", \"kind\": \"WEBINAR\", "
            + "\"title\": \"Webinar gedeeld handelingsperspectief middelgrote gemeenten\", \"startsAt\": \"2025-12-11T15:00:00+01:00\", "
            + "\"endsAt\": \"2025-12-11T16:30:00+01:00\", \"onlineLink\": \"https://www.platform31.nl/webinar\", \"audience\": \"PUBLIC\"}";

    private final EventService events;
    private final SecurityIdentity identity;

    EventResource(EventService events, SecurityIdentity identity) {
        this.events = events;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The events of a network (public ones without a token; more for those who work in the network)",
            description = "year: those starting in that year (Dutch time). kind, status: of one kind or status only. "
                    + "sort=startsAt,title,kind (a minus for descending); by default the earliest first")
    public Uni<Page<EventView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                     @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year,
                                     @QueryParam("kind") @Parameter(schema = @Schema(implementation = EventKind.class)) String kind,
                                     @QueryParam("status") @Parameter(schema = @Schema(implementation = EventStatus.class)) String status,
                                     @QueryParam("sort") String sort,
                                     @QueryParam("page") String page,
                                     @QueryParam("pageSize") String pageSize) {
        return events.list(Caller.of(identity), Params.network(network), Params.optionalYear(year),
                kind == null ? null : QueryValues.enumValue("kind", kind, EventKind.class),
                status == null ? null : QueryValues.enumValue("status", status, EventStatus.class),
                sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One event with its sessions and seats (a public one without a token)")
    public Uni<EventView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return events.get(Caller.of(identity), Params.id("id", id));
    }

    @GET
    @Path("/{id}/calendar.ics")
    @PermitAll
    @Produces(ICalendar.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "One event as an iCalendar (RFC 5545) object, to add to a calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @Operation(summary = "One event as .ics (a public one without a token)")
    public Uni<Response> ics(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return events.get(Caller.of(identity), Params.id("id", id))
                .map(view -> Response.ok(ICalendar.write(view.title(), List.of(view)), ICalendar.MEDIA_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"" + view.id() + ".ics\"").build());
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "assembly", summary = "M50's spring general assembly", value = SPRING_ASSEMBLY),
            @ExampleObject(name = "webinar", summary = "Platform31's webinar in cooperation with G40 and M50", value = WEBINAR)}))
    @APIResponse(responseCode = "201", description = "Added as PLANNED; the Location header names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventView.class)))
    @Operation(summary = "Add an event (the network's secretariat; a partner for the events it organises)")
    public Uni<Response> create(@Valid @NotNull EventData request) {
        return events.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/events/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "assembly", value = SPRING_ASSEMBLY)))
    @APIResponse(responseCode = "200", description = "Changed; more seats go to the waiting list at once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "Another network, or the event was held or cancelled")
    @Operation(summary = "Change an event's details (its organiser); calendar clients pick the change up")
    public Uni<EventView> update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                 @Valid @NotNull EventData request) {
        return events.update(Caller.of(identity), Params.id("id", id), request);
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "open", value = "{\"status\": \"OPEN\"}")))
    @APIResponse(responseCode = "200", description = "The event in its new status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "Not a transition the event can make (PLANNED -> OPEN -> CLOSED -> HELD; CANCELLED before HELD)")
    @Operation(summary = "Open or close registration, record that the event was held, or cancel it (its organiser)")
    public Uni<EventView> changeStatus(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                       @Valid @NotNull StatusChange request) {
        return events.changeStatus(Caller.of(identity), Params.id("id", id), request.status());
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({Role.SECRETARIAT, Role.PARTNER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "theme session",
            value = "{\"title\": \"Themasessie: M50 en de nieuwe Nota Ruimte\", \"startsAt\": \"2025-03-27T15:30:00+01:00\", "
                    + "\"endsAt\": \"2025-03-27T16:30:00+01:00\", \"capacity\": 60}")))
    @APIResponse(responseCode = "201", description = "Added; the event with its sessions",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "The event was held or cancelled")
    @Operation(summary = "Add a session with its own seats to an event (its organiser)")
    public Uni<Response> addSession(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                    @Valid @NotNull SessionData request) {
        return events.addSession(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.created(URI.create("/v1/events/" + view.id())).entity(view).build());
    }
}
