package nl.municipalnetworks.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Combines the services' OpenAPI documents into the one document of the gateway. Plain Jackson trees, no framework.
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Paths</b> as the gateway exposes them: a service path ({@code servers[0].url} of its document plus the path
 *       key, e.g. {@code /v1} + {@code /networks/{code}/members}) under the backend's service prefix ({@code /v1})
 *       becomes the backend's gateway prefix plus the rest ({@code /api/v1/members/networks/{code}/members}). The
 *       combined document's one server is the segments all gateway prefixes share ({@code /api/v1}), so its path
 *       keys are {@code /members/networks/{code}/members}. A service path outside the service prefix cannot be
 *       reached through the gateway and is left out, as are {@code servers} of path items and operations (they name
 *       the service).</li>
 *   <li><b>Components</b> (schemas, headers, parameters, responses, ... each section on its own): a name that one
 *       service defines keeps its name. A name that several services define is shared when every definition is
 *       the same JSON (member order aside) and everything it refers to is shared too; otherwise every service's
 *       definition is renamed to the service's prefix plus the name ({@code StatusChange} of pillars and of events
 *       become {@code PillarsStatusChange} and {@code EventsStatusChange}), with a number added should that name
 *       be taken. Every {@code $ref} of that service's paths and components is rewritten to the new name.</li>
 *   <li><b>Security</b>: the services' OpenID Connect, OAuth2 and HTTP bearer schemes are one scheme of the gateway
 *       ({@value #SECURITY_SCHEME}, the realm the gateway checks tokens against); every security requirement names
 *       it instead, with its roles kept. A service's document-wide {@code security} moves onto its operations. Other
 *       kinds of schemes follow the component rule.</li>
 *   <li><b>Tags</b>: a service's tag {@code T} becomes {@code "<Prefix>: T"} (e.g. {@code Members: Memberships}), an
 *       untagged operation gets {@code <Prefix>}, so each operation is tagged by its service; {@code x-tagGroups}
 *       groups the tags per service. An {@code operationId} that more services use gets the service name in
 *       front.</li>
 *   <li>{@code info} (title, description, contact, semver version) and {@code servers} are the gateway's;
 *       {@code x-services} (top level) lists the services in the document with their own versions,
 *       {@code x-missing-services} the ones whose document could not be had: their part is left out, and the
 *       description says so.</li>
 * </ul>
 */
public final class OpenApiMerge {

    public static final String SECURITY_SCHEME = "OpenIdConnect";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern LOCAL_REF = Pattern.compile("^#/components/([^/]+)/(.+)$");
    private static final Pattern OPENAPI_31 = Pattern.compile("^3\\.1(\\..*)?$");

    /** One service's document and where its paths are at the service and at the gateway. */
    public record ServiceDocument(String name, String pathPrefix, String servicePrefix, JsonNode document) {
    }

    /** A service whose document is not in the combination, and why. */
    public record Missing(String name, String reason) {
    }

    /** What the gateway says about itself in the combined document. */
    public record Info(String title, String description, String version, String contactName, String contactEmail,
                       String contactUrl, Optional<String> publicUrl, String openIdConnectUrl) {
    }

    private OpenApiMerge() {
    }

    public static ObjectNode combine(Info info, List<ServiceDocument> services, List<Missing> missing,
                                     List<String> allPathPrefixes) {
        String base = commonPrefix(allPathPrefixes);
        Map<String, Map<String, String>> renames = componentNames(services); // service -> "section/name" -> new name
        Set<String> duplicateOperationIds = duplicateOperationIds(services);

        ObjectNode root = JSON.objectNode();
        root.put("openapi", openApiVersion(services));
        root.set("info", info(info, services, missing));
        ArrayNode servers = root.putArray("servers");
        servers.addObject().put("url", info.publicUrl().map(OpenApiMerge::withoutTrailingSlash).orElse("") + base)
                .put("description", "The gateway: one entry for every service");
        ArrayNode tags = root.putArray("tags");
        ArrayNode tagGroups = JSON.arrayNode();
        ObjectNode paths = root.putObject("paths");
        ObjectNode components = JSON.objectNode();

        for (ServiceDocument service : services) {
            Map<String, String> renamed = renames.get(service.name());
            JsonNode document = rewriteRefs(service.document().deepCopy(), renamed);
            String prefix = prefix(service.name());
            Set<String> serviceSchemes = unifiedSchemes(document);
            Set<String> groupTags = new LinkedHashSet<>();
            document.path("tags").forEach(tag -> {
                ObjectNode copy = ((ObjectNode) tag).deepCopy();
                copy.put("name", prefix + ": " + tag.path("name").asText());
                if (groupTags.add(copy.get("name").asText())) {
                    tags.add(copy);
                }
            });

            String serviceBase = serverPath(document);
            JsonNode globalSecurity = document.get("security");
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String servicePath = serviceBase + entry.getKey();
                Optional<String> key = gatewayPath(servicePath, service).filter(p -> p.startsWith(base))
                        .map(p -> p.substring(base.length()))
                        .map(p -> p.isEmpty() ? "/" : p);
                if (key.isEmpty() || paths.has(key.get()) || !entry.getValue().isObject()) {
                    continue;
                }
                ObjectNode item = ((ObjectNode) entry.getValue()).deepCopy();
                item.remove("servers");
                item.fields().forEachRemaining(field -> {
                    if (HTTP_METHODS.contains(field.getKey()) && field.getValue().isObject()) {
                        operation((ObjectNode) field.getValue(), service.name(), prefix, globalSecurity, serviceSchemes,
                                duplicateOperationIds, groupTags, tags);
                    }
                });
                paths.set(key.get(), item);
            }
            if (!groupTags.isEmpty()) {
                ObjectNode group = tagGroups.addObject().put("name", prefix);
                groupTags.forEach(group.putArray("tags")::add);
            }

            for (Iterator<Map.Entry<String, JsonNode>> sections = document.path("components").fields(); sections.hasNext(); ) {
                Map.Entry<String, JsonNode> section = sections.next();
                if (!section.getValue().isObject() || section.getKey().startsWith("x-")) {
                    continue;
                }
                ObjectNode target = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
                        : components.putObject(section.getKey());
                section.getValue().fields().forEachRemaining(component -> {
                    if (section.getKey().equals("securitySchemes") && serviceSchemes.contains(component.getKey())) {
                        return;
                    }
                    String name = renamed.getOrDefault(section.getKey() + "/" + component.getKey(), component.getKey());
                    target.set(name, component.getValue());
                });
            }
        }
        ObjectNode schemes = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        schemes.putObject(SECURITY_SCHEME)
                .put("type", "openIdConnect")
                .put("openIdConnectUrl", info.openIdConnectUrl())
                .put("description", "An access token of the platform's realm for the gateway: log in with the "
                        + "authorization code flow (PKCE), or client credentials for another network's system.");
        components.fields().forEachRemaining(section -> sortFields((ObjectNode) section.getValue()));
        root.set("components", components);
        root.set("x-tagGroups", tagGroups);
        ArrayNode listed = root.putArray("x-services");
        services.forEach(service -> listed.addObject()
                .put("name", service.name())
                .put("title", service.document().path("info").path("title").asText())
                .put("version", service.document().path("info").path("version").asText())
                .put("pathPrefix", service.pathPrefix()));
        ArrayNode absent = root.putArray("x-missing-services");
        missing.forEach(m -> absent.addObject().put("name", m.name()).put("reason", m.reason()));
        return root;
    }

    private static void operation(ObjectNode operation, String service, String prefix, JsonNode globalSecurity,
                                  Set<String> unifiedSchemes, Set<String> duplicateOperationIds, Set<String> groupTags,
                                  ArrayNode tags) {
        operation.remove("servers");
        ArrayNode renamedTags = JSON.arrayNode();
        operation.path("tags").forEach(tag -> renamedTags.add(prefix + ": " + tag.asText()));
        if (renamedTags.isEmpty()) {
            renamedTags.add(prefix);
        }
        renamedTags.forEach(tag -> {
            if (groupTags.add(tag.asText())) {
                tags.addObject().put("name", tag.asText());
            }
        });
        operation.set("tags", renamedTags);
        String operationId = operation.path("operationId").asText("");
        if (duplicateOperationIds.contains(operationId)) {
            operation.put("operationId", service + Character.toUpperCase(operationId.charAt(0)) + operationId.substring(1));
        }
        if (!operation.has("security") && globalSecurity != null && globalSecurity.isArray()) {
            operation.set("security", globalSecurity.deepCopy());
        }
        if (operation.get("security") instanceof ArrayNode requirements) {
            ArrayNode unified = JSON.arrayNode();
            for (JsonNode requirement : requirements) {
                ObjectNode copy = JSON.objectNode();
                requirement.fields().forEachRemaining(scheme -> {
                    String name = unifiedSchemes.contains(scheme.getKey()) ? SECURITY_SCHEME : scheme.getKey();
                    if (copy.has(name)) {
                        Set<String> roles = new LinkedHashSet<>();
                        copy.get(name).forEach(role -> roles.add(role.asText()));
                        scheme.getValue().forEach(role -> roles.add(role.asText()));
                        ArrayNode merged = copy.putArray(name);
                        roles.forEach(merged::add);
                    } else {
                        copy.set(name, scheme.getValue());
                    }
                });
                unified.add(copy);
            }
            operation.set("security", unified);
        }
    }

    /** The gateway path of a service path, when it lies under the backend's service prefix. */
    static Optional<String> gatewayPath(String servicePath, ServiceDocument service) {
        String servicePrefix = withoutTrailingSlash(service.servicePrefix());
        String pathPrefix = withoutTrailingSlash(service.pathPrefix());
        if (servicePath.equals(servicePrefix)) {
            return Optional.of(pathPrefix);
        }
        if (servicePrefix.isEmpty() || servicePath.startsWith(servicePrefix + "/")) {
            return Optional.of(pathPrefix + servicePath.substring(servicePrefix.length()));
        }
        return Optional.empty();
    }

    /** The whole segments that every path prefix starts with ({@code /api/v1} for {@code /api/v1/members}, ...). */
    static String commonPrefix(List<String> pathPrefixes) {
        List<String> common = null;
        for (String prefix : pathPrefixes) {
            List<String> segments = List.of(withoutTrailingSlash(prefix).replaceFirst("^/", "").split("/"));
            if (common == null) {
                common = new ArrayList<>(segments);
            } else {
                int same = 0;
                while (same < common.size() && same < segments.size() && common.get(same).equals(segments.get(same))) {
                    same++;
                }
                common = new ArrayList<>(common.subList(0, same));
            }
        }
        return common == null || common.isEmpty() || common.get(0).isEmpty() ? "" : "/" + String.join("/", common);
    }

    /**
     * The new names of components, per service: "section/name" -> new name, for those that are renamed. A name
     * several services define is shared only when all definitions are equal and everything they refer to is
     * shared (to a fixpoint: renaming one component can make others that refer to it differ).
     */
    static Map<String, Map<String, String>> componentNames(List<ServiceDocument> services) {
        Map<String, Map<String, JsonNode>> definitions = new LinkedHashMap<>(); // "section/name" -> service -> definition
        for (ServiceDocument service : services) {
            Set<String> unified = unifiedSchemes(service.document());
            service.document().path("components").fields().forEachRemaining(section -> {
                if (!section.getValue().isObject() || section.getKey().startsWith("x-")) {
                    return;
                }
                section.getValue().fields().forEachRemaining(component -> {
                    if (section.getKey().equals("securitySchemes") && unified.contains(component.getKey())) {
                        return;
                    }
                    definitions.computeIfAbsent(section.getKey() + "/" + component.getKey(), k -> new LinkedHashMap<>())
                            .put(service.name(), component.getValue());
                });
            });
        }
        Set<String> split = new HashSet<>();
        definitions.forEach((key, byService) -> {
            if (byService.size() > 1 && byService.values().stream().distinct().count() > 1) {
                split.add(key);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Map<String, JsonNode>> entry : definitions.entrySet()) {
                if (entry.getValue().size() < 2 || split.contains(entry.getKey())) {
                    continue;
                }
                Set<String> refs = new HashSet<>();
                refs(entry.getValue().values().iterator().next(), refs);
                if (refs.stream().anyMatch(split::contains)) {
                    split.add(entry.getKey());
                    changed = true;
                }
            }
        }
        Map<String, Map<String, String>> renames = new HashMap<>();
        services.forEach(service -> renames.put(service.name(), new HashMap<>()));
        Map<String, Set<String>> taken = new HashMap<>(); // section -> final names
        definitions.forEach((key, byService) -> {
            if (!split.contains(key)) {
                taken.computeIfAbsent(section(key), k -> new HashSet<>()).add(name(key));
            }
        });
        for (String key : definitions.keySet()) {
            if (!split.contains(key)) {
                continue;
            }
            Set<String> sectionNames = taken.computeIfAbsent(section(key), k -> new HashSet<>());
            for (String service : definitions.get(key).keySet()) {
                String candidate = prefix(service) + name(key);
                for (int n = 2; sectionNames.contains(candidate); n++) {
                    candidate = prefix(service) + name(key) + n;
                }
                sectionNames.add(candidate);
                renames.get(service).put(key, candidate);
            }
        }
        return renames;
    }

    private static String section(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    private static String name(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    /** The "section/name" of every local component reference in a node. */
    private static void refs(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                Matcher local = LOCAL_REF.matcher(ref.asText());
                if (local.matches()) {
                    into.add(local.group(1) + "/" + unescape(local.group(2)));
                }
            }
            node.forEach(child -> refs(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> refs(child, into));
        }
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                Matcher local = LOCAL_REF.matcher(ref.asText());
                if (local.matches()) {
                    String newName = renamed.get(local.group(1) + "/" + unescape(local.group(2)));
                    if (newName != null) {
                        object.put("$ref", "#/components/" + local.group(1) + "/" + escape(newName));
                    }
                }
            }
            object.forEach(child -> rewriteRefs(child, renamed));
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renamed));
        }
        return node;
    }

    /** The security schemes of a document that become the gateway's one scheme. */
    private static Set<String> unifiedSchemes(JsonNode document) {
        Set<String> names = new HashSet<>();
        document.path("components").path("securitySchemes").fields().forEachRemaining(scheme -> {
            String type = scheme.getValue().path("type").asText();
            if (type.equals("openIdConnect") || type.equals("oauth2")
                    || type.equals("http") && scheme.getValue().path("scheme").asText().equalsIgnoreCase("bearer")) {
                names.add(scheme.getKey());
            }
        });
        return names;
    }

    private static Set<String> duplicateOperationIds(List<ServiceDocument> services) {
        Map<String, Set<String>> byId = new HashMap<>();
        for (ServiceDocument service : services) {
            service.document().path("paths").forEach(item -> item.fields().forEachRemaining(field -> {
                String id = field.getValue().path("operationId").asText("");
                if (HTTP_METHODS.contains(field.getKey()) && !id.isEmpty()) {
                    byId.computeIfAbsent(id, k -> new HashSet<>()).add(service.name());
                }
            }));
        }
        Set<String> duplicates = new HashSet<>();
        byId.forEach((id, names) -> {
            if (names.size() > 1) {
                duplicates.add(id);
            }
        });
        return duplicates;
    }

    private static ObjectNode info(Info info, List<ServiceDocument> services, List<Missing> missing) {
        ObjectNode node = JSON.objectNode();
        node.put("title", info.title());
        StringBuilder description = new StringBuilder(info.description());
        if (!missing.isEmpty()) {
            description.append("\n\n**Incomplete:** the document of ");
            description.append(String.join(", ", missing.stream().map(Missing::name).toList()));
            description.append(" could not be fetched just now, so its operations are not listed here.");
        }
        node.put("description", description.toString());
        node.put("version", info.version());
        node.putObject("contact").put("name", info.contactName()).put("email", info.contactEmail())
                .put("url", info.contactUrl());
        return node;
    }

    private static String openApiVersion(List<ServiceDocument> services) {
        boolean any31 = services.stream().anyMatch(s -> OPENAPI_31.matcher(s.document().path("openapi").asText()).matches());
        return any31 || services.isEmpty() ? "3.1.0" : "3.0.3";
    }

    /** The path of the document's first server URL ({@code /v1} for {@code /v1} or {@code http://host/v1}). */
    private static String serverPath(JsonNode document) {
        String url = document.path("servers").path(0).path("url").asText("");
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        return withoutTrailingSlash(path);
    }

    /** The service's name as a component and tag prefix: {@code members} -> {@code Members}. */
    static String prefix(String service) {
        StringBuilder prefix = new StringBuilder();
        boolean upper = true;
        for (char c : service.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                prefix.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return prefix.toString();
    }

    private static String withoutTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String unescape(String pointerToken) {
        return pointerToken.replace("~1", "/").replace("~0", "~");
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static void sortFields(ObjectNode node) {
        Map<String, JsonNode> sorted = new java.util.TreeMap<>();
        node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        node.removeAll();
        sorted.forEach(node::set);
    }
}
