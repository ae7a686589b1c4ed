package nl.municipalnetworks.member.municipality;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.ImportReport;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.MunicipalityData;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.MunicipalityView;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.PopulationCountView;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.RecordPopulation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import nl.municipalnetworks.commons.api.QueryValues;
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

@Path("/v1")
@Tag(name = "Municipalities", description = "The municipality register and CBS population counts")
@Authenticated
public class MunicipalityResource {

    static final String CSV_UTF8 = "text/csv;charset=UTF-8";

    private final MunicipalityService service;
    private final SecurityIdentity identity;

    MunicipalityResource(MunicipalityService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/municipalities")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List municipalities", description = "Filter by part of the name (case, accents, apostrophes and "
            + "hyphens do not count: 's Hertogenbosch finds 's-Hertogenbosch), province, cluster, cbsCode; "
            + "sort=name,-province (by name in Dutch order: 's-Gravenhage under G). With Accept: text/csv the "
            + "list is a file for Excel instead (see the export).")
    public Uni<Page<MunicipalityView>> list(@QueryParam("name") String name,
                                            @QueryParam("province") String province,
                                            @QueryParam("cluster") String cluster,
                                            @QueryParam("cbsCode") String cbsCode,
                                            @QueryParam("sort") String sort,
                                            @QueryParam("page") String page,
                                            @QueryParam("pageSize") String pageSize) {
        return service.list(name, Province.fromQuery(province), Cluster.fromQuery(cluster), CbsCode.fromQuery(cbsCode), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/municipalities")
    // Lower quality than JSON: a client that accepts anything (*/*) still gets the JSON list.
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "Export municipalities with their latest population count as CSV (Accept: text/csv)",
            description = "Every municipality that matches the filters, without paging: columns code;name;count;reference_date, "
                    + "UTF-8 with a byte order mark, semicolons, CRLF, so that Excel in the Netherlands opens it directly. "
                    + "A municipality without a count has an empty count and date. POST /v1/population-count-imports "
                    + "takes the file back unchanged (lines without a count are skipped).")
    public Uni<Response> export(@QueryParam("name") String name,
                                @QueryParam("province") String province,
                                @QueryParam("cluster") String cluster,
                                @QueryParam("cbsCode") String cbsCode,
                                @QueryParam("sort") String sort) {
        return service.export(name, Province.fromQuery(province), Cluster.fromQuery(cluster), CbsCode.fromQuery(cbsCode), sort)
                .map(file -> Response.ok(file, CSV_UTF8)
                        .header("Content-Disposition", "attachment; filename=\"municipalities.csv\"").build());
    }

    @GET
    @Path("/municipalities/{id}")
    public Uni<MunicipalityView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.get(QueryValues.requiredUuid("id", id));
    }

    @POST
    @Path("/municipalities")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "Deventer", value = "{\"cbsCode\": \"GM0150\", \"name\": \"Deventer\", \"province\": \"Overijssel\"}")))
    @APIResponse(responseCode = "201", description = "Registered; the Location header names the new municipality",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "409", description = "The CBS code or the name is already registered (invalidParams names which)")
    @Operation(summary = "Register a municipality")
    public Uni<Response> create(@Valid @NotNull MunicipalityData request) {
        return service.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/municipalities/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/municipalities/{id}")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "Deventer", value = "{\"cbsCode\": \"GM0150\", \"name\": \"Deventer\", \"province\": \"Overijssel\"}")))
    @APIResponse(responseCode = "200", description = "The corrected municipality",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "409", description = "The CBS code or the name is already registered for another municipality")
    @Operation(summary = "Correct the register data of a municipality")
    public Uni<MunicipalityView> update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, @Valid @NotNull MunicipalityData request) {
        return service.update(Caller.of(identity), QueryValues.requiredUuid("id", id), request);
    }

    @GET
    @Path("/municipalities/{id}/population-counts")
    @Operation(summary = "Population counts by reference date, newest first")
    public Uni<List<PopulationCountView>> populationHistory(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.populationHistory(QueryValues.requiredUuid("id", id));
    }

    @POST
    @Path("/municipalities/{id}/population-counts")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "Deventer 2022", value = "{\"referenceDate\": \"2022-01-01\", \"inhabitants\": 101446, \"source\": \"CBS\"}")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PopulationCountView.class)))
    @APIResponse(responseCode = "200", description = "The same count was already recorded for this reference date; nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PopulationCountView.class)))
    @APIResponse(responseCode = "409", description = "Another count is recorded for this reference date; counts are never overwritten")
    @Operation(summary = "Record a CBS count for a reference date (201; 200 when the same count was already recorded; 409 when another count was)")
    public Uni<Response> recordPopulation(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, @Valid @NotNull RecordPopulation request) {
        return service.recordPopulation(Caller.of(identity), QueryValues.requiredUuid("id", id), request)
                .map(recorded -> Response.status(recorded.created() ? 201 : 200).entity(recorded.count()).build());
    }

    @POST
    @Path("/population-count-imports")
    @Consumes({"text/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream"})
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "CBS file", value = "code;name;count;reference_date\nGM0150;Deventer;101446;2022-01-01\n")))
    @Operation(summary = "Import a CBS population file (CSV: code;name;count;reference_date)",
            description = "All or nothing: if any row is refused, nothing is stored and the 400 problem lists every refused row. "
                    + "Takes what Excel in the Netherlands saves: semicolons or commas (told by the header line), UTF-8 "
                    + "(with or without byte order mark) or Windows-1252, dates as YYYY-MM-DD or DD-MM-YYYY. Names are "
                    + "compared without regard to case, accents and apostrophes. Lines without count and date are skipped.")
    public Uni<ImportReport> importCsv(byte[] csv, @QueryParam("source") String source) {
        return service.importCsv(Caller.of(identity), csv, source == null ? "CBS import" : source);
    }
}
