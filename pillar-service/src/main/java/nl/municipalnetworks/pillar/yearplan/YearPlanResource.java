package nl.municipalnetworks.pillar.yearplan;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import nl.municipalnetworks.pillar.api.Params;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.EvaluationData;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.NewGoal;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.YearPlanData;
import nl.municipalnetworks.pillar.yearplan.YearPlanDtos.YearPlanView;
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

@Path("/v1/year-plans")
@Tag(name = "Year plans", description = "A pillar's plan per year: focus per half year, priorities, goals and their evaluations")
public class YearPlanResource {

    private final YearPlanService plans;
    private final SecurityIdentity identity;

    YearPlanResource(YearPlanService plans, SecurityIdentity identity) {
        this.plans = plans;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The year plans of a network, newest year first (public)",
            description = "year, pillarId: filters. sort=year (a minus for descending); by default the newest year first")
    public Uni<Page<YearPlanView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                        @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year,
                                        @QueryParam("pillarId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String pillarId,
                                        @QueryParam("sort") String sort,
                                        @QueryParam("page") String page,
                                        @QueryParam("pageSize") String pageSize) {
        Integer wantedYear = year == null || year.isEmpty() ? null : QueryValues.wholeNumber("year", year, 2000, 2100, 0);
        return plans.list(Params.network(network), wantedYear, QueryValues.uuid("pillarId", pillarId), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One year plan with its goals and their evaluations (public)")
    public Uni<YearPlanView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return plans.get(Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "year plan",
            value = "{\"pillarId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"year\": 2026, \"focusFirstHalf\": \"Woningbouw en bereikbaarheid\", \"focusSecondHalf\": \"Economische groei\", \"priorities\": [\"Bouwen-bouwen-bouwen\"], \"goals\": [\"Een gesprek met de minister over de woningbouwopgave\"]}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = YearPlanView.class)))
    @APIResponse(responseCode = "409", description = "The pillar already has a plan for that year")
    @Operation(summary = "Add a pillar's plan for a year (secretariat; the pillar's chair)")
    public Uni<Response> create(@Valid @NotNull YearPlanData request) {
        return plans.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/year-plans/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/{id}/goals")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "goal",
            value = "{\"description\": \"Een werkbezoek van de Kamercommissie aan een M50-gemeente\"}")))
    @APIResponse(responseCode = "201", description = "Added as the last goal; answers the whole plan",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = YearPlanView.class)))
    @Operation(summary = "Add a goal to a year plan (secretariat; the pillar's chair)")
    public Uni<Response> addGoal(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                 @Valid @NotNull NewGoal request) {
        return plans.addGoal(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @POST
    @Path("/{id}/goals/{goalId}/evaluations")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "July evaluation",
            value = "{\"evaluatedOn\": \"2026-07-08\", \"outcome\": \"ON_TRACK\", \"remarks\": \"Gesprek gepland in september\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; answers the whole plan",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = YearPlanView.class)))
    @APIResponse(responseCode = "409", description = "The goal was already evaluated on that day")
    @Operation(summary = "Record how a goal stands (secretariat; the pillar's chair)")
    public Uni<Response> evaluate(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                  @PathParam("goalId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String goalId,
                                  @Valid @NotNull EvaluationData request) {
        return plans.evaluate(Caller.of(identity), Params.id("id", id), Params.id("goalId", goalId), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
