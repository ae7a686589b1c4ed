package nl.municipalnetworks.localservers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import nl.municipalnetworks.contracts.Topic;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.ServerSocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker inside this JVM (Kafka's own test kit, KRaft, one combined broker+controller node)
 * on 127.0.0.1 with a free port. Data lives in a temporary directory that is deleted on close.
 */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final String bootstrapServers;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
        // The test kit reports "localhost:PORT"; the listener is bound to 127.0.0.1, so say so.
        String reported = cluster.bootstrapServers();
        this.bootstrapServers = Support.LOOPBACK + reported.substring(reported.lastIndexOf(':'));
    }

    public static KafkaBroker start() throws Exception {
        long started = System.nanoTime();
        Support.log("kafka (in-JVM): starting");
        keepTheHostJvmAlive();
        // The kit's ports are free between rebindOnLoopback and the broker's bind, and PostgreSQL and Keycloak pick
        // free ports at the same time: a port taken meanwhile fails the start with "Address already in use". Such a
        // start is tried again on new ports; other failures are not.
        for (int attempt = 1; ; attempt++) {
            KafkaClusterTestKit cluster = newCluster();
            try {
                rebindOnLoopback(cluster);
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
            } catch (Exception e) {
                cluster.close();
                if (attempt < 3 && portWasTaken(e)) {
                    Support.log("kafka (in-JVM): a port was taken meanwhile (%s); starting again on new ports", e);
                    continue;
                }
                throw e;
            }
            KafkaBroker broker = new KafkaBroker(cluster);
            ShutdownRegistry.register(broker);
            Support.log("kafka (in-JVM): ready at %s after %s", broker.bootstrapServers, Support.seconds(started));
            return broker;
        }
    }

    private static KafkaClusterTestKit newCluster() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build();
        return new KafkaClusterTestKit.Builder(nodes)
                // The test kit uses "localhost"; we want the IPv4 loopback explicitly.
                .setConfigProp("listeners", "EXTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:0")
                // With the defaults (3) a single broker never creates __consumer_offsets: consumers hang.
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                // Topics come from their declarations in contracts (Topic.ALL), never from a typo in a client.
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("num.partitions", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
    }

    /** True when a cause of the failure is a port that something else bound first. */
    static boolean portWasTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException
                    || (cause.getMessage() != null && cause.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The test kit reserves its ports by binding sockets on the wildcard address (all interfaces) and hands
     * those to the broker. When such a reserved socket is closed, the kit binds the same port again on the
     * host of the listener, which we set to 127.0.0.1. So close them before start-up. Reflection on the
     * kit's internals: if a later Kafka version changes them, the broker still works, only less private.
     */
    private static void rebindOnLoopback(KafkaClusterTestKit cluster) {
        try {
            Field managerField = KafkaClusterTestKit.class.getDeclaredField("socketFactoryManager");
            managerField.setAccessible(true);
            Object manager = managerField.get(cluster);
            Field socketsField = manager.getClass().getDeclaredField("sockets");
            socketsField.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Integer, Map<String, ServerSocketChannel>> sockets =
                    (Map<Integer, Map<String, ServerSocketChannel>>) socketsField.get(manager);
            synchronized (manager) {
                for (Map<String, ServerSocketChannel> byListener : sockets.values()) {
                    for (ServerSocketChannel channel : byListener.values()) {
                        channel.close();
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            Support.log("kafka (in-JVM): could not move listeners to 127.0.0.1, they bind all interfaces: %s", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates topics with one partition; topics that already exist are left alone. */
    public void createTopics(String... topics) {
        createTopicsAt(bootstrapServers, 1, topics);
    }

    /** Creates the platform's declared topics (contracts' Topic.ALL), see {@link #createDeclaredTopicsAt}. */
    public void createDeclaredTopics() {
        createDeclaredTopicsAt(bootstrapServers);
    }

    /**
     * Creates every declared topic that is missing, with its partitions and retention on a single
     * broker (replication 1); a topic that exists gets the declared retention and cleanup policy.
     */
    static void createDeclaredTopicsAt(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            java.util.Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topic.ALL.stream().filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1).configs(configOf(t))).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<ConfigResource, java.util.Collection<AlterConfigOp>> changes = new java.util.HashMap<>();
            Topic.ALL.stream().filter(t -> existing.contains(t.name())).forEach(t -> changes.put(
                    new ConfigResource(ConfigResource.Type.TOPIC, t.name()),
                    configOf(t).entrySet().stream().map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()),
                            AlterConfigOp.OpType.SET)).toList()));
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not create the declared topics at " + bootstrapServers, e);
        }
    }

    private static Map<String, String> configOf(Topic topic) {
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retentionMs()),
                TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy());
    }

    /** Topics of a test or a tool, with this many partitions each; existing ones are left as they are. */
    public static void createTopicsAt(String bootstrapServers, int partitions, String... topics) {
        List<NewTopic> newTopics = Arrays.stream(topics).map(name -> new NewTopic(name, partitions, (short) 1)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (var result : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + Arrays.toString(topics), e);
        }
    }

    /**
     * This broker is a guest in someone else's JVM (a test run). Kafka's test kit registers a shutdown hook that deletes
     * the broker's directories, which then runs at the same time as the hook that stops the broker (ShutdownRegistry);
     * the broker, finding its log directory gone, ends the whole JVM with Exit.halt(1). Surefire then reported "Error
     * occurred in starting fork" after every test had passed. So: no such hook ({@link #close()} deletes the
     * directories once the broker has stopped), and a fatal broker error is logged and thrown in the broker's thread
     * instead of ending the JVM. Kafka's own tests replace these procedures the same way.
     */
    private static void keepTheHostJvmAlive() {
        Exit.setShutdownHookAdder((name, hook) -> {
        });
        Exit.setExitProcedure((status, message) -> {
            Support.log("kafka (in-JVM): broker asked to exit the JVM with %d (%s); refused", status, message);
            throw new IllegalStateException("The in-JVM Kafka broker asked to exit the JVM with " + status + ": " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            Support.log("kafka (in-JVM): broker asked to halt the JVM with %d (%s); refused", status, message);
            throw new IllegalStateException("The in-JVM Kafka broker asked to halt the JVM with " + status + ": " + message);
        });
    }

    @Override
    public void close() throws Exception {
        ShutdownRegistry.unregister(this);
        cluster.close();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers + "]";
    }
}
