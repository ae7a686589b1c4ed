package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reading the seed files: one place for how a missing or malformed entry is reported. */
final class SeedJson {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SeedJson() {
    }

    static JsonNode fromClasspath(String resource) {
        try (InputStream in = SeedJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file " + resource + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** The list {@code field} of the seed file; an absent list is empty. */
    static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalStateException("Seed file: '" + field + "' must be a list");
        }
        return node;
    }

    static String required(JsonNode entry, String field, String list) {
        JsonNode value = entry.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException("Seed file: an entry of '" + list + "' has no '" + field + "': " + entry);
        }
        return value.asText();
    }

    static JsonNode orNull(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isMissingNode() ? NODES.nullNode() : value;
    }

    static String idOf(Map<String, String> ids, String name, String kind, String usedBy) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("Seed file: " + usedBy + " names " + kind + " '" + name
                    + "', which the seed data does not define");
        }
        return id;
    }
}
