package nl.municipalnetworks.localplatform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Progress output of the launcher. Every line carries the seconds since launch, and a running {@link Step}
 * prints a line every 5 s, so that a slow start (Keycloak's first start takes ~40 s) never looks like a hang.
 */
final class Console {

    private static final long LAUNCHED = System.nanoTime();
    private static final long TICK_SECONDS = 5;
    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress-ticker");
        thread.setDaemon(true);
        return thread;
    });

    /** Set once a stop was requested: a step that is still starting then says it will be stopped. */
    private static volatile boolean stopping;
    /** The step in progress, if any (steps run one after the other). */
    private static volatile String currentStep;

    private Console() {
    }

    static void stopping() {
        stopping = true;
    }

    /** Name of the step that is still running, or null. */
    static String currentStep() {
        return currentStep;
    }

    static void info(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(format, args);
        System.out.printf("[platform %6.1fs] %s%n", seconds(LAUNCHED), text);
    }

    /** Plain lines (the banner), without the time prefix so that they can be copied. */
    static void plain(String text) {
        System.out.println(text);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static Step step(String name) {
        return new Step(name);
    }

    /** A long-running part of the start-up; use with try-with-resources. */
    static final class Step implements AutoCloseable {

        private final String name;
        private final long started = System.nanoTime();
        private final ScheduledFuture<?> ticking;
        private volatile String detail = "";
        private boolean succeeded;

        private Step(String name) {
            this.name = name;
            currentStep = name;
            info("%s: starting", name);
            ticking = TICKER.scheduleAtFixedRate(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        }

        private void tick() {
            if (stopping) {
                // A server that is still booting may finish its start before it honours SIGTERM (Keycloak does).
                info("%s: was still starting when the stop came; waiting for it to stop (%.0f s)", name,
                        seconds(started));
            } else {
                info("%s: still working after %.0f s%s", name, seconds(started), detail);
            }
        }

        /** Shown with the next progress line, e.g. the last answer of a health check. */
        void detail(String text) {
            detail = text == null || text.isEmpty() ? "" : " (" + text + ")";
        }

        void succeeded() {
            succeeded = true;
        }

        @Override
        public void close() {
            ticking.cancel(false);
            currentStep = null;
            if (succeeded) {
                info("%s: done in %.1f s", name, seconds(started));
            } else {
                info("%s: did not finish (%.1f s)", name, seconds(started));
            }
        }
    }
}
