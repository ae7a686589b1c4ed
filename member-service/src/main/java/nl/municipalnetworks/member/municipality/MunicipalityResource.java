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
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/v1")
@Tag(name = "Municipalities", description = "The municipality register and CBS population counts")
@Authenticated
public class MunicipalityResource {

    private final MunicipalityService service;
    private final SecurityIdentity identity;

    MunicipalityResource(MunicipalityService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/municipalities")
    @Operation(summary = "List municipalities", description = "Filter by part of the name, province, cluster, cbsCode; sort=name,-province")
    public Uni<Page<MunicipalityView>> list(@QueryParam("name") String name,
                                            @QueryParam("province") String province,
                                            @QueryParam("cluster") String cluster,
                                            @QueryParam("cbsCode") String cbsCode,
                                            @QueryParam("sort") String sort,
                                            @QueryParam("page") String page,
                                            @QueryParam("pageSize") String pageSize) {
        return service.list(name, Province.fromQuery(province), Cluster.fromQuery(cluster), cbsCode, sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/municipalities/{id}")
    public Uni<MunicipalityView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.get(QueryValues.requiredUuid("id", id));
    }

    @POST
    @Path("/municipalities")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "Register a municipality")
    public Uni<Response> create(@Valid @NotNull MunicipalityData request) {
        return service.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/municipalities/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/municipalities/{id}")
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
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
    @Operation(summary = "Record a CBS count for a reference date (201; 200 when the same count was already recorded; 409 when another count was)")
    public Uni<Response> recordPopulation(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, @Valid @NotNull RecordPopulation request) {
        return service.recordPopulation(Caller.of(identity), QueryValues.requiredUuid("id", id), request)
                .map(recorded -> Response.status(recorded.created() ? 201 : 200).entity(recorded.count()).build());
    }

    @POST
    @Path("/population-count-imports")
    @Consumes({"text/csv", "text/plain"})
    @RolesAllowed({Role.SECRETARIAT, Role.PLATFORM_ADMIN})
    @Operation(summary = "Import a CBS population file (CSV: code,name,count,reference_date)",
            description = "All or nothing: if any row is refused, nothing is stored and the 400 problem lists every refused row.")
    public Uni<ImportReport> importCsv(String csv, @QueryParam("source") String source) {
        return service.importCsv(Caller.of(identity), csv, source == null ? "CBS import" : source);
    }
}
