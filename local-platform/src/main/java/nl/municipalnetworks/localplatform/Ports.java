package nl.municipalnetworks.localplatform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the platform's parts listen on 127.0.0.1. {@link #LOCAL} are the fixed ports of {@code ./platform up} (the
 * README and the banner name them); the end-to-end tests take {@link #free()} ones, so that they run next to a
 * local platform that is up.
 */
public record Ports(int postgres, int kafka, int keycloak, int memberService, int pillarService, int financeService,
                    int eventsService, int gateway, int gatewayManagement) {

    public static final Ports LOCAL = new Ports(15432, 19092, 8180, 8081, 8082, 8083, 8084, 8080, 9080);

    /** KafkaProcess puts its KRaft controller on the client port + 1. */
    public int kafkaController() {
        return kafka + 1;
    }

    /**
     * Ports that are free now. Another process could take one before it is bound; on a test machine that is
     * unlikely enough, and the start then fails with the port named.
     */
    public static Ports free() {
        Set<Integer> taken = new HashSet<>();
        int kafka = freePortWithFreeNext();
        taken.add(kafka);
        taken.add(kafka + 1);
        return new Ports(freePort(taken), kafka, freePort(taken), freePort(taken), freePort(taken), freePort(taken),
                freePort(taken), freePort(taken), freePort(taken));
    }

    /** Each port with what listens there, for the "ports already in use" message. */
    Map<Integer, String> named() {
        Map<Integer, String> named = new LinkedHashMap<>();
        named.put(postgres, "PostgreSQL");
        named.put(kafka, "Kafka");
        named.put(kafkaController(), "Kafka controller");
        named.put(keycloak, "Keycloak");
        named.put(memberService, "member-service");
        named.put(pillarService, "pillar-service");
        named.put(financeService, "finance-service");
        named.put(eventsService, "events-service");
        named.put(gateway, "gateway");
        named.put(gatewayManagement, "gateway");
        return named;
    }

    static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getByName(Platform.HOST))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(Platform.HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + Platform.HOST, e);
        }
    }

    /** A free port not in {@code taken} (the OS may hand out a just-closed port again), added to it. */
    private static int freePort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (taken.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on " + Platform.HOST);
    }

    private static int freePortWithFreeNext() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (port < 65535 && isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two free neighbouring ports on " + Platform.HOST + " for Kafka");
    }
}
