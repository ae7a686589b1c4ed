package nl.municipalnetworks.events.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * How large a document may be: {@code documents.max-size} (env DOCUMENTS_MAX_SIZE), 20 MiB by default. The upload
 * request around the file may be {@link #FORM_ALLOWANCE} larger (the form's other fields and part headers);
 * {@code quarkus.http.limits.max-body-size} must be at least the sum, which {@link UploadGate} checks at start-up.
 */
@ConfigMapping(prefix = "documents")
public interface DocumentLimits {

    /** What an upload request may hold besides the file: the kind, title and audience fields and the part headers. */
    long FORM_ALLOWANCE = 64 * 1024;

    @WithName("max-size")
    @WithDefault("20M")
    MemorySize maxSize();

    /** The largest upload request: the file's limit plus the form's allowance. */
    default long maxRequestSize() {
        return maxSize().asLongValue() + FORM_ALLOWANCE;
    }

    /** "20 MB (20971520 bytes)": the limit as a person reads it, and exactly. */
    static String describe(long bytes) {
        return (bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0))
                + " (" + bytes + " bytes)";
    }
}
