package nl.municipalnetworks.member.commons;

import org.jboss.logmanager.ExtLogRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log records the service writes while a test runs (a handler on the root logger of the test JVM, which is the
 * service's), each with the request id of the logging MDC at the moment it was logged. The given categories log at
 * DEBUG meanwhile; {@link #close()} puts everything back.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    public record Line(String category, String message, String requestId) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Map<Logger, Level> levels = new LinkedHashMap<>();

    private LogCapture(String... debugCategories) {
        for (String category : debugCategories) {
            Logger logger = Logger.getLogger(category);
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.FINE);
        }
        setLevel(Level.ALL);
        Logger.getLogger("").addHandler(this);
    }

    public static LogCapture withDebugOf(String... categories) {
        return new LogCapture(categories);
    }

    public List<Line> lines() {
        return new ArrayList<>(lines);
    }

    public List<Line> linesOf(String category) {
        return lines.stream().filter(line -> line.category().equals(category)).toList();
    }

    @Override
    public void publish(LogRecord record) {
        String requestId = record instanceof ExtLogRecord ext ? ext.getMdc("requestId") : null;
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        lines.add(new Line(record.getLoggerName(), String.valueOf(message), requestId));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
        levels.forEach(Logger::setLevel);
    }
}
