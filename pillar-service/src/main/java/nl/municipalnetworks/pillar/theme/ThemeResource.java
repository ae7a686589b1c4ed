package nl.municipalnetworks.pillar.theme;

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
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.pillar.api.Params;
import nl.municipalnetworks.pillar.theme.ThemeDtos.NewReference;
import nl.municipalnetworks.pillar.theme.ThemeDtos.ThemeData;
import nl.municipalnetworks.pillar.theme.ThemeDtos.ThemeGraph;
import nl.municipalnetworks.pillar.theme.ThemeDtos.ThemeView;
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

@Path("/v1")
@Tag(name = "Themes", description = "Themes under pillars or standing alone, and which themes touch each other")
public class ThemeResource {

    private final ThemeService themes;
    private final SecurityIdentity identity;

    ThemeResource(ThemeService themes, SecurityIdentity identity) {
        this.themes = themes;
        this.identity = identity;
    }

    @GET
    @Path("/themes")
    @PermitAll
    @Operation(summary = "The themes of a network, each with the themes it touches (public)",
            description = "sort=name,code (a minus for descending); by default by name")
    public Uni<Page<ThemeView>> list(@QueryParam("network") @Parameter(required = true, example = "G40") String network,
                                     @QueryParam("sort") String sort,
                                     @QueryParam("page") String page,
                                     @QueryParam("pageSize") String pageSize) {
        return themes.list(Params.network(network), sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/themes/{id}")
    @PermitAll
    @Operation(summary = "One theme with the themes it touches, whichever side added the link (public)")
    public Uni<ThemeView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return themes.get(Params.id("id", id));
    }

    @POST
    @Path("/themes")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "theme",
            value = "{\"network\": \"G40\", \"code\": \"duurzaamheid\", \"pillarId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"name\": \"Duurzaamheid\", \"description\": \"Energietransitie en klimaatadaptatie\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ThemeView.class)))
    @APIResponse(responseCode = "409", description = "The network already has a theme with this code")
    @Operation(summary = "Add a theme (secretariat; a pillar's chair under their own pillar)")
    public Uni<Response> create(@Valid @NotNull ThemeData request) {
        return themes.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/themes/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/themes/{id}/references")
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "touches",
            value = "{\"otherThemeId\": \"0b9e6c1d-2f3a-4b5c-8d7e-6f5a4b3c2d1e\"}")))
    @APIResponse(responseCode = "201", description = "Linked (both ways); linking again changes nothing",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ThemeView.class)))
    @Operation(summary = "Record that two themes of a network touch each other")
    public Uni<Response> addReference(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
                                      @Valid @NotNull NewReference request) {
        return themes.addReference(Caller.of(identity), Params.id("id", id), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("/networks/{network}/theme-graph")
    @PermitAll
    @Operation(summary = "Pillars and themes of a network as nodes, membership and touches as edges (public)")
    public Uni<ThemeGraph> graph(@PathParam("network") String network) {
        return themes.graph(Params.network(network));
    }
}
