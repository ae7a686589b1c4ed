package nl.municipalnetworks.localservers;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchdog that stops a server process when the JVM that started it is killed. */
class WatchdogTest {

    @Test
    void signalsTheTargetWhenTheGuardedProcessDies() throws Exception {
        Process jvmStandIn = new ProcessBuilder("sleep", "300").start();
        Process server = new ProcessBuilder("sleep", "300").start();
        try {
            Support.stopWhenProcessDies(jvmStandIn.pid(), server.pid(), "TERM");
            Thread.sleep(1500);
            assertThat(server.isAlive()).as("server untouched while the JVM lives").isTrue();

            jvmStandIn.destroyForcibly().waitFor();

            assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("server stopped after the JVM died").isTrue();
        } finally {
            jvmStandIn.destroyForcibly();
            server.destroyForcibly();
        }
    }
}
