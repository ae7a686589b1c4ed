package nl.municipalnetworks.localservers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Closes every server that is still running when the JVM exits, newest first, so that nothing is left
 * listening after a test run or a launcher that was stopped with Ctrl+C. Public for what is built on these servers
 * (the local platform's services): registered after the servers it uses, it is closed before them.
 */
public final class ShutdownRegistry {

    private static final Set<AutoCloseable> RUNNING = new LinkedHashSet<>();
    private static boolean hookInstalled;

    private ShutdownRegistry() {
    }

    /** Registers a server as the newest (closed first); registering one again makes it the newest again. */
    public static synchronized void register(AutoCloseable server) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownRegistry::closeAll, "local-servers-shutdown"));
            hookInstalled = true;
        }
        RUNNING.remove(server);
        RUNNING.add(server);
    }

    public static synchronized void unregister(AutoCloseable server) {
        RUNNING.remove(server);
    }

    /**
     * Sends {@code SIGTERM} to a child process (and its children) when this JVM dies, even by {@code kill -9},
     * which skips the shutdown hook: a watchdog shell polls both once a second.
     */
    public static void stopWhenThisJvmDies(long childPid) {
        Support.stopWhenThisJvmDies(childPid, "TERM");
    }

    private static void closeAll() {
        List<AutoCloseable> servers;
        synchronized (ShutdownRegistry.class) {
            servers = new ArrayList<>(RUNNING);
        }
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).close();
            } catch (Exception e) {
                Support.log("shutdown: closing %s failed: %s", servers.get(i), e);
            }
        }
    }
}
