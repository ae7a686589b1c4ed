package nl.municipalnetworks.member.person;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.api.Page;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.member.person.PersonDtos.ContactOfficialView;
import nl.municipalnetworks.member.person.PersonDtos.ContactOfficials;
import nl.municipalnetworks.member.person.PersonDtos.DesignateContactOfficial;
import nl.municipalnetworks.member.person.PersonDtos.PersonData;
import nl.municipalnetworks.member.person.PersonDtos.PersonView;
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

/** Officials of municipalities. Other networks' systems (network-client) see no people. */
@Path("/v1")
@Tag(name = "People", description = "Officials of member municipalities and contact officials")
@RolesAllowed({Role.PLATFORM_ADMIN, Role.SECRETARIAT, Role.BOARD, Role.TREASURER, Role.PILLAR_CHAIR,
        Role.MEMBER_OFFICIAL, Role.PARTNER})
public class PersonResource {

    private final PersonService service;
    private final SecurityIdentity identity;

    PersonResource(PersonService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/people")
    @Operation(summary = "List officials", description = "Filter by municipalityId, role and part of the name; sort=lastName. E-mail and phone only for the secretariat, the board and officials of the same municipality.")
    public Uni<Page<PersonView>> list(@QueryParam("municipalityId") String municipalityId,
                                      @QueryParam("role") String role,
                                      @QueryParam("name") String name,
                                      @QueryParam("sort") String sort,
                                      @QueryParam("page") String page,
                                      @QueryParam("pageSize") String pageSize) {
        return service.list(Caller.of(identity), QueryValues.uuid("municipalityId", municipalityId), QueryValues.enumValue("role", role, OfficialRole.class),
                name, sort, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("/people/{id}")
    public Uni<PersonView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.get(Caller.of(identity), QueryValues.requiredUuid("id", id));
    }

    @POST
    @Path("/people")
    @RolesAllowed({Role.PLATFORM_ADMIN, Role.SECRETARIAT, Role.MEMBER_OFFICIAL})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "contact official", value = "{\"municipalityId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\", \"firstName\": \"Jan\", \"lastName\": \"Jansen\", \"role\": \"CONTACT_OFFICIAL\", \"email\": \"j.jansen@example.nl\", \"phone\": \"+31 30 123 4567\"}")))
    @APIResponse(responseCode = "201", description = "Added; the Location header names the new official",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    @Operation(summary = "Add an official (secretariat, or an official for their own municipality)")
    public Uni<Response> create(@Valid @NotNull PersonData request) {
        return service.create(Caller.of(identity), request)
                .map(view -> Response.created(URI.create("/v1/people/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("/people/{id}")
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "contact official", value = "{\"municipalityId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\", \"firstName\": \"Jan\", \"lastName\": \"Jansen\", \"role\": \"CONTACT_OFFICIAL\", \"email\": \"j.jansen@example.nl\", \"phone\": \"+31 30 123 4567\"}")))
    @RolesAllowed({Role.PLATFORM_ADMIN, Role.SECRETARIAT, Role.MEMBER_OFFICIAL})
    public Uni<PersonView> update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id, @Valid @NotNull PersonData request) {
        return service.update(Caller.of(identity), QueryValues.requiredUuid("id", id), request);
    }

    @GET
    @Path("/memberships/{id}/contact-official")
    @Operation(summary = "The current contact official of a member in its network, with history")
    public Uni<ContactOfficials> contactOfficials(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String membershipId) {
        return service.contactOfficials(Caller.of(identity), QueryValues.requiredUuid("id", membershipId));
    }

    @PUT
    @Path("/memberships/{id}/contact-official")
    @RolesAllowed({Role.PLATFORM_ADMIN, Role.SECRETARIAT, Role.MEMBER_OFFICIAL})
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "person", value = "{\"personId\": \"9b2e7c1a-4d5f-4e3a-8c6b-1f2a3b4c5d6e\"}")))
    @APIResponse(responseCode = "200", description = "The new contact official",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactOfficialView.class)))
    @APIResponse(responseCode = "409", description = "Only a member municipality names a contact official")
    @Operation(summary = "Name the contact official (exactly one per member per network; replaces the previous one)")
    public Uni<ContactOfficialView> designate(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String membershipId,
                                              @Valid @NotNull DesignateContactOfficial request) {
        return service.designateContactOfficial(Caller.of(identity), QueryValues.requiredUuid("id", membershipId), request.personId());
    }
}
