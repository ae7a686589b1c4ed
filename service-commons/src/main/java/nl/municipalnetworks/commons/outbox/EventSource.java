package nl.municipalnetworks.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.regex.Pattern;

/**
 * The CloudEvents {@code source} of what a service publishes, as the NL GOV profile for CloudEvents
 * asks: a {@code urn:nld:} URN naming the organisation that operates the platform (by its OIN, the
 * government's organisation identification number) and the system, e.g.
 * {@code urn:nld:oin:00000001001234567000:systeem:member-service}. The identifier belongs to whoever runs
 * the platform, so it is configuration: {@code events.organisation-oin} (env EVENTS_ORGANISATION_OIN)
 * and {@code events.system} (default: the application name).
 */
@ConfigMapping(prefix = "events")
public interface EventSource {

    Pattern OIN = Pattern.compile("\\d{20}");

    /**
     * The OIN (20 digits) of the organisation operating the platform. The default of zeros is no real
     * organisation: it marks a local or test installation.
     */
    @WithName("organisation-oin")
    @WithDefault("00000000000000000000")
    String organisationOin();

    @WithDefault("${quarkus.application.name}")
    String system();

    /** The source URN; refuses an OIN that is not 20 digits, so a typo never reaches other parties. */
    default String urn() {
        if (!OIN.matcher(organisationOin()).matches()) {
            throw new IllegalStateException("events.organisation-oin must be an OIN of 20 digits, not '" + organisationOin() + "'");
        }
        return "urn:nld:oin:" + organisationOin() + ":systeem:" + system();
    }
}
