package nl.municipalnetworks.events.reach;

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
import nl.municipalnetworks.commons.csv.ExcelCsv;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.events.api.Params;
import nl.municipalnetworks.events.reach.ReachDtos.NetworkReach;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The reach of a network, counted from check-ins at the door: as JSON or, with {@code Accept: text/csv}, as a file
 * for Excel in the Netherlands (service-commons' ExcelCsv). An event's reach: {@link EventReachResource}.
 */
@Path("/v1/networks/{network}/reach")
@Tag(name = "Reach", description = "Who the meetings reached: per member per year, and per event by cluster and province")
public class NetworkReachResource {

    private static final String CSV = "text/csv;qs=0.5";

    private final ReachService reach;
    private final SecurityIdentity identity;

    NetworkReachResource(ReachService reach, SecurityIdentity identity) {
        this.reach = reach;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SECRETARIAT, Role.BOARD, Role.PLATFORM_ADMIN})
    @Operation(summary = "Per member of a network in a year: events attended, officials who came, registrations, documents downloaded",
            description = "Members: those with a membership in the year. Attendance is a check-in at the door; an event of "
                    + "several networks counts for each. year: by default this year (Dutch time). With Accept: text/csv a file for Excel.")
    public Uni<NetworkReach> ofNetwork(@PathParam("network") @Parameter(example = "M50") String network,
                                       @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"), example = "2025") String year) {
        return reach.ofNetwork(Caller.of(identity), Params.network(network), yearOrThisYear(year));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.SECRETARIAT, Role.BOARD, Role.PLATFORM_ADMIN})
    @Operation(summary = "The reach of a network in a year as CSV for Excel (Accept: text/csv)")
    public Uni<Response> ofNetworkCsv(@PathParam("network") String network, @QueryParam("year") String year) {
        String code = Params.network(network);
        return reach.ofNetwork(Caller.of(identity), code, yearOrThisYear(year)).map(report -> Response.ok(csv(report), ExcelCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + code + "-reach-" + report.year() + ".csv\"").build());
    }

    private static int yearOrThisYear(String year) {
        Integer asked = Params.optionalYear(year);
        return asked == null ? DutchTime.today().getYear() : asked;
    }

    /** Dutch column names: the secretariat opens this in Excel. */
    static byte[] csv(NetworkReach report) {
        return ExcelCsv.write(List.of("Gemeente", "CBS-code", "Provincie", "Cluster", "Bijeenkomsten bezocht", "Ambtenaren aanwezig",
                        "Aanwezigheden", "Aanmeldingen", "Documenten gedownload"),
                report.members().stream().map(m -> List.<Object>of(m.name(), nz(m.cbsCode()), nz(m.province()), nz(m.cluster()),
                        m.eventsAttended(), m.officialsAttending(), m.attendances(), m.registrations(), m.documentsDownloaded())).toList());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
