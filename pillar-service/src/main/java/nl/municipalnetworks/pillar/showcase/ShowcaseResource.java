package nl.municipalnetworks.pillar.showcase;

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
import nl.municipalnetworks.pillar.showcase.ShowcaseDtos.ShowcaseData;
import nl.municipalnetworks.pillar.showcase.ShowcaseDtos.ShowcaseView;
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

@Path("/v1/showcases")
@Tag(name = "Showcases", description = "Success stories of members, on a theme or on their own (public)")
public class ShowcaseResource {

    private final ShowcaseService showcases;
    private final SecurityIdentity identity;

    ShowcaseResource(ShowcaseService showcases, SecurityIdentity identity) {
        this.showcases = showcases;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The success stories of a network, newest first (public)",
            description = "themeId: only those on that theme. sort=publishedOn,title (a minus for descending); "
                    + "by default the newest first, stories without a publication date last, then by title")
    public Uni<Page<ShowcaseView>> list(@QueryParam("network") @Parameter(required = true, example = "M50") String network,
                                        @QueryParam("themeId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String themeId,
                                        @QueryParam("sort") String sort,
                                        @QueryParam("page") String page,
                                        @QueryParam("pageSize") String pageSize) {
        return showcases.list(Params.network(network), themeId == null ? null : Params.id("themeId", themeId), sort,
                PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One success story (public)")
    public Uni<ShowcaseView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return showcases.get(Params.id("id", id));
    }

    @POST
    @RolesAllowed({Role.SECRETARIAT, Role.PILLAR_CHAIR, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "showcase",
            value = "{\"network\": \"M50\", \"themeId\": \"6f1c2b7e-3a4d-4f5e-9a8b-1c2d3e4f5a6b\", \"municipalityId\": \"0b9e6c1d-2f3a-4b5c-8d7e-6f5a4b3c2d1e\", \"title\": \"Sharing Cities Summit\", \"story\": \"Rijswijk ontving steden uit heel Europa.\", \"publishedOn\": \"2019-04-01\"}")))
    @APIResponse(responseCode = "201", description = "Added; the Location header names the new story",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ShowcaseView.class)))
    @Operation(summary = "Add a success story (secretariat; a pillar's chair on a theme of their pillar)")
    public Uni<Response> create(@Valid @NotNull ShowcaseData request) {
        return showcases.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/showcases/" + view.id())).entity(view).build());
    }
}
