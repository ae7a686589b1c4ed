package nl.municipalnetworks.finance.contribution;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.ContributionPreview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/networks/{network}/contribution-preview")
@Tag(name = "Contributions", description = "The yearly contribution of every member and agreement, computed")
public class ContributionPreviewResource {

    private final ContributionPreviewService previews;
    private final SecurityIdentity identity;

    ContributionPreviewResource(ContributionPreviewService previews, SecurityIdentity identity) {
        this.previews = previews;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TREASURER, Role.BOARD, Role.SECRETARIAT, Role.MEMBER_OFFICIAL, Role.PLATFORM_ADMIN})
    @Operation(summary = "The contribution of every payer of a network for a year (a member official: its own)",
            description = "Every member under each scheme that members pay, and every agreement in force that year, "
                    + "with invoice lines, VAT and totals in euros. A fee per inhabitant without a CBS count for the "
                    + "scheme's reference date is listed under exceptions, never as zero. Not paged: one row per payer "
                    + "and scheme.")
    public Uni<ContributionPreview> preview(@PathParam("network") @Parameter(example = "G40") String network,
                                            @QueryParam("year") @Parameter(required = true, example = "2026",
                                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2199")) String year) {
        return previews.preview(Caller.of(identity), Params.network(network), Params.year(year));
    }
}
