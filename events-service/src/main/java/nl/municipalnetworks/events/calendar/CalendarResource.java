package nl.municipalnetworks.events.calendar;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.event.EventDtos.EventView;
import nl.municipalnetworks.events.event.EventService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/v1/networks/{network}")
@Tag(name = "Calendar", description = "The yearly event calendar of a network, as JSON and as an iCalendar feed to subscribe to")
public class CalendarResource {

    private final EventService events;
    private final SecurityIdentity identity;

    CalendarResource(EventService events, SecurityIdentity identity) {
        this.events = events;
        this.identity = identity;
    }

    public record CalendarView(String network, int year, List<EventView> events) {
    }

    @GET
    @Path("/calendar")
    @PermitAll
    @Operation(summary = "The event calendar of a network for a year (public events without a token; more for those who work in it)",
            description = "year: by default this year (Dutch time). Every event of the year the caller may read, earliest first, cancelled ones too")
    public Uni<CalendarView> calendar(@PathParam("network") @Parameter(example = "M50") String network,
                                      @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year) {
        String code = Params.network(network);
        Integer asked = Params.optionalYear(year);
        int y = asked == null ? DutchTime.today().getYear() : asked;
        return events.year(Caller.of(identity), code, y).map(found -> new CalendarView(code, y, found));
    }

    @GET
    @Path("/calendar.ics")
    @PermitAll
    @Produces(ICalendar.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) feed with a VTIMEZONE for Europe/Amsterdam",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @Operation(summary = "The event calendar of a network as an iCalendar feed to subscribe to (public events without a token)",
            description = "year: that year only; by default this year and the next. A changed event keeps its UID with a higher "
                    + "SEQUENCE; a cancelled one stays in the feed with STATUS:CANCELLED")
    public Uni<Response> feed(@PathParam("network") @Parameter(example = "M50") String network,
                              @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year) {
        String code = Params.network(network);
        Integer asked = Params.optionalYear(year);
        Caller caller = Caller.of(identity);
        int first = asked == null ? DutchTime.today().getYear() : asked;
        Uni<List<EventView>> found = events.year(caller, code, first);
        if (asked == null) {
            found = found.flatMap(thisYear -> events.year(caller, code, first + 1).map(next -> {
                List<EventView> both = new ArrayList<>(thisYear);
                both.addAll(next);
                return both;
            }));
        }
        String name = code + (asked == null ? "" : " " + asked);
        return found.map(list -> Response.ok(ICalendar.write(name, list), ICalendar.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + code.toLowerCase(java.util.Locale.ROOT) + "-calendar.ics\"")
                .build());
    }
}
