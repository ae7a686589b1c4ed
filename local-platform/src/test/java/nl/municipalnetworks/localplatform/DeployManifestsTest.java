package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Kubernetes manifests in {@code deploy/} checked against what the apps really read, without a cluster: the
 * apps are local-platform's ({@link Platform#all()}), their configuration is their {@code application.properties},
 * service-commons' shared {@code microprofile-config.properties} (for the modules that use service-commons) and the
 * configuration keys their code reads ({@code @ConfigProperty}, {@code getOptionalValue}, {@code @ConfigMapping} with
 * {@code @WithName}); Quarkus's own settings are checked against the config model that quarkus-vertx-http ships
 * (a Quarkus setting of another extension passes only when the app's properties set it). The manifests are read as
 * committed, not as Kustomize renders them ({@code kubectl kustomize deploy/} does that, where kubectl exists).
 */
class DeployManifestsTest {

    static final String IMAGE_PREFIX = "ghcr.io/municipal-networks/";
    static final String PART_OF = "municipal-networks";
    static final String SETTINGS = "platform-settings";
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");
    static final YAMLMapper YAML = new YAMLMapper();

    static Path root;
    static Platform platform;
    static Map<String, App> apps;
    static JsonNode kustomization;
    /** Quarkus's environment variable names from quarkus-vertx-http's config model, with their phase. */
    static Map<String, String> quarkusPhases;

    /** One app with its manifest's objects and what its configuration reads. */
    record App(String name, Map<String, JsonNode> objects, Map<String, String> properties, Set<String> codeKeys) {

        JsonNode deployment() {
            return object("Deployment");
        }

        JsonNode container() {
            JsonNode containers = deployment().at("/spec/template/spec/containers");
            assertEquals(1, containers.size(), name + ": one container");
            return containers.get(0);
        }

        JsonNode object(String kind) {
            JsonNode object = objects.get(kind);
            assertNotNull(object, name + ": no " + kind + " in deploy/apps/" + name + ".yaml");
            return object;
        }

        /** The container's environment: literal values as they are; references as {@code <secret|configmap>:name/key}. */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            for (JsonNode variable : container().path("env")) {
                String name = variable.path("name").asText();
                String value;
                if (variable.has("value")) {
                    value = variable.get("value").asText();
                } else if (variable.at("/valueFrom/secretKeyRef").isObject()) {
                    JsonNode ref = variable.at("/valueFrom/secretKeyRef");
                    value = "secret:" + ref.path("name").asText() + "/" + ref.path("key").asText();
                } else if (variable.at("/valueFrom/configMapKeyRef").isObject()) {
                    JsonNode ref = variable.at("/valueFrom/configMapKeyRef");
                    value = "configmap:" + ref.path("name").asText() + "/" + ref.path("key").asText();
                } else {
                    throw new AssertionError(this.name + ": env " + name + " has neither a value nor a secret or ConfigMap key");
                }
                assertTrue(env.put(name, value) == null, this.name + ": env " + name + " set twice");
            }
            return env;
        }

        /**
         * A property's value as the app sees it under this manifest: the environment variable of the property's own
         * name (Quarkus/MicroProfile: non-alphanumerics to {@code _}, upper case) wins, else the properties file's
         * value with {@code ${NAME:default}} resolved from the manifest's literal values.
         */
        Optional<String> effective(String key) {
            Map<String, String> env = env();
            String direct = env.get(envName(key));
            if (direct != null) {
                return Optional.of(literal(key, direct));
            }
            String raw = properties.get(key);
            if (raw == null) {
                return Optional.empty();
            }
            Matcher matcher = PLACEHOLDER.matcher(raw);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                String set = env.get(matcher.group(1));
                String value = set != null ? literal(key, set) : matcher.group(2) != null ? matcher.group(2) : "";
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(resolved);
            return Optional.of(resolved.toString());
        }

        private String literal(String key, String value) {
            assertFalse(value.startsWith("secret:") || value.startsWith("configmap:"),
                    name + ": " + key + " must be a literal value in the manifest to be checked, not " + value);
            return value;
        }

        /** A container port's number by its name. */
        int port(String portName) {
            for (JsonNode port : container().path("ports")) {
                if (port.path("name").asText().equals(portName)) {
                    return port.path("containerPort").asInt();
                }
            }
            throw new AssertionError(name + ": no container port named " + portName);
        }

        Map<String, String> podLabels() {
            return strings(deployment().at("/spec/template/metadata/labels"));
        }
    }

    @BeforeAll
    static void read() throws IOException {
        root = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(root.resolve("deploy/kustomization.yaml")), "repository root: " + root);
        platform = new Platform(root, root.resolve("target/not-used"), Ports.LOCAL, Platform.KeycloakStore.MEMORY);
        apps = new TreeMap<>();
        for (Platform.Service service : platform.all()) {
            apps.put(service.name(), readApp(service.name()));
        }
        kustomization = YAML.readTree(root.resolve("deploy/kustomization.yaml").toFile());
        quarkusPhases = quarkusConfigModel();
    }

    private static App readApp(String name) throws IOException {
        Path manifest = root.resolve("deploy/apps/" + name + ".yaml");
        Map<String, JsonNode> objects = new LinkedHashMap<>();
        if (Files.isRegularFile(manifest)) {
            for (JsonNode object : documents(manifest)) {
                String kind = object.path("kind").asText();
                assertTrue(objects.put(kind, object) == null, name + ": more than one " + kind);
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        Set<String> codeKeys = new TreeSet<>();
        List<Path> modules = new ArrayList<>(List.of(root.resolve(name)));
        if (Files.readString(root.resolve(name + "/pom.xml")).contains("<artifactId>service-commons</artifactId>")) {
            modules.add(root.resolve("service-commons"));
            properties.putAll(properties(root.resolve("service-commons/src/main/resources/META-INF/microprofile-config.properties")));
        }
        properties.putAll(properties(root.resolve(name + "/src/main/resources/application.properties")));
        for (Path module : modules) {
            codeKeys.addAll(configKeysInCode(module.resolve("src/main/java")));
        }
        return new App(name, objects, properties, codeKeys);
    }

    static List<JsonNode> documents(Path file) throws IOException {
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            return values.readAll().stream().filter(node -> node != null && node.isObject()).toList();
        }
    }

    /** The properties without a profile ({@code %test.} lines are left out), keys as written. */
    static Map<String, String> properties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(key -> !key.startsWith("%"))
                .forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"");
    static final Pattern GET_VALUE = Pattern.compile("get(?:Optional)?Value\\(\"([^\"]+)\"");
    static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\"([^\"]+)\"\\)");

    /** Configuration keys the code reads by name (a mapping's {@code @WithName} members under its prefix). */
    static Set<String> configKeysInCode(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                CONFIG_PROPERTY.matcher(code).results().forEach(m -> keys.add(m.group(1)));
                GET_VALUE.matcher(code).results().forEach(m -> keys.add(m.group(1)));
                Matcher prefix = MAPPING_PREFIX.matcher(code);
                if (prefix.find()) {
                    WITH_NAME.matcher(code).results().forEach(m -> keys.add(prefix.group(1) + "." + m.group(1)));
                }
            }
        }
        return keys;
    }

    /** Quarkus's and MicroProfile Config's environment variable name of a property. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static Map<String, String> quarkusConfigModel() throws IOException {
        Map<String, String> phases = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        Enumeration<java.net.URL> models = DeployManifestsTest.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
        while (models.hasMoreElements()) {
            try (InputStream in = models.nextElement().openStream()) {
                collectPhases(json.readTree(in), phases);
            }
        }
        assertTrue(phases.containsKey("QUARKUS_HTTP_PORT"), "quarkus-vertx-http's config model is on the test class path");
        return phases;
    }

    private static void collectPhases(JsonNode node, Map<String, String> phases) {
        if (node.isObject() && node.at("/path/environmentVariable").isTextual() && node.has("phase")) {
            phases.put(node.at("/path/environmentVariable").asText(), node.get("phase").asText());
        }
        node.forEach(child -> collectPhases(child, phases));
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        object.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    static String projectVersion() throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>platform-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "the root pom's version");
        return version.group(1);
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void everyAppHasAManifestAndNoManifestIsForAnUnknownApp() throws IOException {
        Set<String> quarkusModules = new TreeSet<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        while (module.find()) {
            Path pom = root.resolve(module.group(1) + "/pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>quarkus-maven-plugin</artifactId>")) {
                quarkusModules.add(module.group(1));
            }
        }
        assertEquals(quarkusModules, apps.keySet(), "the Quarkus modules of the root pom are local-platform's apps");
        Set<String> manifests;
        try (Stream<Path> files = Files.list(root.resolve("deploy/apps"))) {
            manifests = files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(apps.keySet().stream().map(name -> name + ".yaml").collect(Collectors.toCollection(TreeSet::new)),
                manifests, "deploy/apps holds one manifest per app");
        for (App app : apps.values()) {
            assertEquals(Set.of("Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy"),
                    app.objects().keySet().stream().filter(kind -> !kind.equals("Ingress")).collect(Collectors.toSet()),
                    app.name() + ": its objects");
        }
    }

    @Test
    void theKustomizationListsEveryManifestTheTopicsAndEveryImage() throws IOException {
        Set<String> resources = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> resources.add(resource.asText()));
        for (String resource : resources) {
            assertTrue(Files.isRegularFile(root.resolve("deploy").resolve(resource)), "listed but missing: " + resource);
        }
        Set<String> expected = new TreeSet<>(Set.of("namespace.yaml", "kafka/topics.yaml"));
        try (Stream<Path> files = Files.list(root.resolve("deploy/apps"))) {
            files.forEach(file -> expected.add("apps/" + file.getFileName()));
        }
        assertEquals(expected, resources, "deploy/kustomization.yaml resources");
        assertEquals(PART_OF, kustomization.path("namespace").asText());

        Map<String, String> images = new TreeMap<>();
        kustomization.path("images").forEach(image -> images.put(image.path("name").asText(), image.path("newTag").asText()));
        String version = projectVersion();
        Map<String, String> expectedImages = new TreeMap<>();
        apps.keySet().forEach(name -> expectedImages.put(IMAGE_PREFIX + name, version));
        assertEquals(expectedImages, images, "kustomization images: one per app, tagged with the project's version");
    }

    @Test
    void everyVariableAManifestSetsIsOneTheAppReads() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (App app : apps.values()) {
            Set<String> read = new TreeSet<>();
            for (String value : app.properties().values()) {
                PLACEHOLDER.matcher(value).results().forEach(m -> read.add(m.group(1)));
            }
            app.properties().keySet().forEach(key -> read.add(envName(key)));
            app.codeKeys().forEach(key -> read.add(envName(key)));
            for (String name : app.env().keySet()) {
                boolean quarkusRunTime = "RUN_TIME".equals(quarkusPhases.get(name));
                if (!read.contains(name) && !quarkusRunTime) {
                    unknown.computeIfAbsent(app.name(), k -> new TreeSet<>()).add(name);
                }
            }
        }
        assertEquals(Map.of(), unknown, "environment variables no configuration of the app reads (a typo?)");
    }

    @Test
    void quarkusSettingsInTheManifestsAreReadAtRunTime() {
        Map<String, String> fixedAtBuild = new TreeMap<>();
        for (App app : apps.values()) {
            for (String name : app.env().keySet()) {
                String phase = quarkusPhases.get(name);
                if (phase != null && !phase.equals("RUN_TIME")) {
                    fixedAtBuild.put(app.name() + " " + name, phase);
                }
            }
        }
        assertEquals(Map.of(), fixedAtBuild, "settings fixed when the app was built: an environment variable changes nothing");
    }

    @Test
    void everyVariableTheLauncherGivesAnAppIsSetInItsManifest() {
        Platform.Servers servers = new Platform.Servers("user", "password", "kafka:9092", "https://issuer", db -> "r/" + db,
                db -> "j/" + db);
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Platform.Service service : platform.all()) {
            Set<String> launcher = new TreeSet<>(platform.environment(service, servers).keySet());
            launcher.removeAll(apps.get(service.name()).env().keySet());
            if (!launcher.isEmpty()) {
                missing.put(service.name(), launcher);
            }
        }
        assertEquals(Map.of(), missing, "set by ./platform, missing in deploy/apps");
    }

    @Test
    void containerPortsAndProbesAreTheConfiguredOnes() {
        for (App app : apps.values()) {
            int http = Integer.parseInt(app.effective("quarkus.http.port").orElse("8080"));
            assertEquals(http, app.port("http"), app.name() + ": container port http is quarkus.http.port");
            assertEquals("0.0.0.0", app.effective("quarkus.http.host").orElseThrow(),
                    app.name() + ": the API listens on the pod's address, not on 127.0.0.1");
            boolean management = "true".equals(app.effective("quarkus.management.enabled").orElse("false"));
            String probePortName;
            String root;
            int probePort;
            if (management) {
                probePort = Integer.parseInt(app.effective("quarkus.management.port").orElse("9000"));
                assertEquals(probePort, app.port("management"), app.name() + ": container port management");
                assertEquals("0.0.0.0", app.effective("quarkus.management.host").orElseThrow(),
                        app.name() + ": the management interface listens on the pod's address");
                probePortName = "management";
                root = app.effective("quarkus.management.root-path").orElse("/q");
            } else {
                assertEquals(1, app.container().path("ports").size(), app.name() + ": one port, health and metrics on it");
                probePort = http;
                probePortName = "http";
                root = "/" + app.effective("quarkus.http.non-application-root-path").orElse("q");
            }
            String health = root.replaceAll("/+$", "") + "/"
                    + app.effective("quarkus.smallrye-health.root-path").orElse("health");
            Map<String, String> probes = Map.of("startupProbe", health + "/started", "livenessProbe", health + "/live",
                    "readinessProbe", health + "/ready");
            for (Map.Entry<String, String> probe : probes.entrySet()) {
                JsonNode get = app.container().path(probe.getKey()).path("httpGet");
                assertEquals(probe.getValue(), get.path("path").asText(), app.name() + ": " + probe.getKey() + " path");
                String port = get.path("port").asText();
                assertEquals(probePort, port.matches("\\d+") ? Integer.parseInt(port) : app.port(port),
                        app.name() + ": " + probe.getKey() + " on the " + probePortName + " port");
            }
            assertEquals(String.valueOf(probePort),
                    app.deployment().at("/spec/template/metadata/annotations/prometheus.io~1port").asText(),
                    app.name() + ": metrics are scraped where /q/metrics is");

            Map<String, Integer> containerPorts = new TreeMap<>();
            app.container().path("ports").forEach(p -> containerPorts.put(p.path("name").asText(), p.path("containerPort").asInt()));
            Map<String, Integer> servicePorts = new TreeMap<>();
            app.object("Service").at("/spec/ports").forEach(p -> {
                assertEquals(p.path("name").asText(), p.path("targetPort").asText(), app.name() + ": Service targets its named port");
                servicePorts.put(p.path("name").asText(), p.path("port").asInt());
            });
            assertEquals(containerPorts, servicePorts, app.name() + ": the Service's ports are the container's");
        }
    }

    @Test
    void labelsSelectorsAndImagesAgree() throws IOException {
        String version = projectVersion();
        for (App app : apps.values()) {
            Map<String, String> identity = Map.of("app.kubernetes.io/name", app.name(), "app.kubernetes.io/part-of", PART_OF);
            JsonNode deployment = app.deployment();
            assertEquals(app.name(), deployment.at("/metadata/name").asText());
            assertTrue(strings(deployment.at("/metadata/labels")).entrySet().containsAll(identity.entrySet()), app.name() + ": labels");
            assertEquals(identity, strings(deployment.at("/spec/selector/matchLabels")), app.name() + ": Deployment selector");
            assertTrue(app.podLabels().entrySet().containsAll(identity.entrySet()), app.name() + ": the pods carry the selector's labels");
            assertEquals(identity, strings(app.object("Service").at("/spec/selector")), app.name() + ": Service selector");
            assertEquals("ClusterIP", app.object("Service").at("/spec/type").asText());
            assertEquals(identity, strings(app.object("NetworkPolicy").at("/spec/podSelector/matchLabels")), app.name() + ": NetworkPolicy");
            assertEquals(app.name(), app.container().path("name").asText());
            assertEquals(IMAGE_PREFIX + app.name() + ":" + version, app.container().path("image").asText(), app.name() + ": image");

            int replicas = deployment.at("/spec/replicas").asInt(1);
            assertTrue(replicas > 1 == app.objects().containsKey("PodDisruptionBudget"),
                    app.name() + ": a PodDisruptionBudget exactly when there is more than one replica");
            if (replicas > 1) {
                assertEquals(identity, strings(app.object("PodDisruptionBudget").at("/spec/selector/matchLabels")));
            }
        }
    }

    @Test
    void podsRunUnprivilegedOnAReadOnlyRootWithAWritableTmp() {
        for (App app : apps.values()) {
            JsonNode pod = app.deployment().at("/spec/template/spec");
            JsonNode container = app.container();
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), app.name() + ": runAsNonRoot");
            assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), app.name() + ": no privilege escalation");
            assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), app.name() + ": read-only root");
            assertEquals("[\"ALL\"]", container.at("/securityContext/capabilities/drop").toString(), app.name() + ": drop ALL");
            String tmpVolume = null;
            for (JsonNode mount : container.path("volumeMounts")) {
                if (mount.path("mountPath").asText().equals("/tmp")) {
                    tmpVolume = mount.path("name").asText();
                }
            }
            assertNotNull(tmpVolume, app.name() + ": /tmp is mounted (Quarkus writes java.io.tmpdir)");
            boolean emptyDir = false;
            for (JsonNode volume : pod.path("volumes")) {
                emptyDir |= volume.path("name").asText().equals(tmpVolume) && volume.has("emptyDir");
            }
            assertTrue(emptyDir, app.name() + ": /tmp is an emptyDir");
            JsonNode resources = container.path("resources");
            assertTrue(resources.at("/requests/cpu").isTextual() && resources.at("/requests/memory").isTextual()
                    && resources.at("/limits/memory").isTextual(), app.name() + ": CPU and memory requests, a memory limit");
        }
    }

    @Test
    void secretsComeFromSecretsThatAreNotCommittedAndAreDocumented() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        Set<String> settings = new TreeSet<>();
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            if (generator.path("name").asText().equals(SETTINGS)) {
                generator.path("literals").forEach(l -> settings.add(l.asText().substring(0, l.asText().indexOf('='))));
            }
        }
        Map<String, Set<String>> secretKeys = new TreeMap<>();
        for (App app : apps.values()) {
            for (Map.Entry<String, String> variable : app.env().entrySet()) {
                String name = variable.getKey();
                String value = variable.getValue();
                if (name.matches(".*(PASSWORD|SECRET).*")) {
                    assertTrue(value.startsWith("secret:"), app.name() + ": " + name + " must come from a Secret");
                }
                if (value.startsWith("secret:")) {
                    String[] ref = value.substring("secret:".length()).split("/");
                    secretKeys.computeIfAbsent(ref[0], k -> new TreeSet<>()).add(ref[1]);
                } else if (value.startsWith("configmap:")) {
                    String[] ref = value.substring("configmap:".length()).split("/");
                    assertEquals(SETTINGS, ref[0], app.name() + ": " + name);
                    assertTrue(settings.contains(ref[1]), app.name() + ": " + name + ": no key " + ref[1] + " in " + SETTINGS);
                }
            }
        }
        for (Map.Entry<String, Set<String>> secret : secretKeys.entrySet()) {
            Matcher command = Pattern.compile("kubectl [^\\n]*create secret generic " + Pattern.quote(secret.getKey())
                    + "((?:[^\\n]*\\\\\\n)*[^\\n]*)").matcher(readme);
            assertTrue(command.find(), "README: kubectl create secret generic " + secret.getKey());
            for (String key : secret.getValue()) {
                assertTrue(command.group(1).contains("--from-literal=" + key + "="),
                        "README: the command for " + secret.getKey() + " sets " + key);
            }
        }
        try (Stream<Path> files = Files.walk(root.resolve("deploy"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (JsonNode object : documents(file)) {
                    assertFalse(object.path("kind").asText().equals("Secret"), file + " holds a Secret: keep them out of git");
                }
            }
        }
    }

    @Test
    void onlyTheGatewayIsExposedAndEachAppOnlyToWhomItServes() {
        for (App app : apps.values()) {
            boolean gateway = app.name().equals("gateway");
            assertEquals(gateway, app.objects().containsKey("Ingress"), app.name() + ": an Ingress only for the gateway");
            JsonNode rules = app.object("NetworkPolicy").at("/spec/ingress");
            List<String> allowed = new ArrayList<>();
            for (JsonNode rule : rules) {
                List<String> ports = new ArrayList<>();
                rule.path("ports").forEach(p -> ports.add(p.path("port").asText()));
                rule.path("from").forEach(from -> allowed.add(describe(from) + " -> " + ports));
            }
            allowed.sort(null);
            List<String> expected = gateway
                    ? List.of("namespace municipalnetworks.nl/ingress-controller=true -> [" + app.port("http") + "]",
                    "namespace municipalnetworks.nl/monitoring=true -> [" + app.port("management") + "]")
                    : List.of("namespace municipalnetworks.nl/monitoring=true -> [" + app.port("http") + "]",
                    "pods app.kubernetes.io/name=gateway,app.kubernetes.io/part-of=municipal-networks -> [" + app.port("http") + "]");
            assertEquals(expected, allowed, app.name() + ": who may connect");
        }
        JsonNode ingress = apps.get("gateway").object("Ingress");
        assertEquals(1, ingress.at("/spec/rules").size());
        JsonNode backend = ingress.at("/spec/rules/0/http/paths/0/backend/service");
        assertEquals("gateway", backend.path("name").asText());
        assertEquals("http", backend.at("/port/name").asText());
        assertEquals(ingress.at("/spec/rules/0/host").asText(), ingress.at("/spec/tls/0/hosts/0").asText(), "TLS for the host");
    }

    private static String describe(JsonNode from) {
        Function<JsonNode, String> labels = node -> strings(node).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        if (from.has("podSelector") && !from.has("namespaceSelector")) {
            return "pods " + labels.apply(from.at("/podSelector/matchLabels"));
        }
        if (from.has("namespaceSelector") && !from.has("podSelector")) {
            return "namespace " + labels.apply(from.at("/namespaceSelector/matchLabels"));
        }
        fail("unexpected peer " + from);
        return null;
    }
}
