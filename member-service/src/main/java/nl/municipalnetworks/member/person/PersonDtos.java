package nl.municipalnetworks.member.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.api.ContactDetails;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the people API. */
public final class PersonDtos {

    private PersonDtos() {
    }

    /**
     * An official. {@code email} and {@code phone} are null and {@code contactDetailsHidden} true when
     * the caller may not see personal contact details.
     */
    public record PersonView(UUID id, UUID municipalityId, String municipalityName, String firstName, String lastName,
                             OfficialRole role, String email, String phone, boolean contactDetailsHidden) {
        static PersonView from(Person p, boolean withContactDetails) {
            return new PersonView(p.id, p.municipality == null ? null : p.municipality.id,
                    p.municipality == null ? null : p.municipality.name, p.firstName, p.lastName, p.role,
                    withContactDetails ? p.email : null, withContactDetails ? p.phone : null, !withContactDetails);
        }
    }

    public record PersonData(UUID municipalityId,
                             @NotBlank @Size(max = 100) String firstName,
                             @NotBlank @Size(max = 150) String lastName,
                             OfficialRole role,
                             @Email @Size(max = 254) String email,
                             @Pattern(regexp = ContactDetails.PHONE, message = ContactDetails.PHONE_REASON) String phone) {
    }

    public record DesignateContactOfficial(@NotNull UUID personId) {
    }

    public record ContactOfficialView(String network, UUID municipalityId, UUID personId, String name,
                                      OffsetDateTime since, OffsetDateTime until) {
    }

    public record ContactOfficials(ContactOfficialView current, List<ContactOfficialView> history) {
    }
}
