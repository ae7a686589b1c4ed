package nl.municipalnetworks.localservers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What each kind of server reports for the settings that decide whether a commit survives a crash. */
class PostgresDurabilityTest {

    private static final String[] SETTINGS = {"fsync", "synchronous_commit", "full_page_writes"};

    @Test
    void theServerOfTheLocalPlatformFlushesEveryCommit(@TempDir Path dataDirectory) throws Exception {
        // The call LocalPlatform makes.
        try (PostgresServer server = PostgresServer.start(0, dataDirectory)) {
            assertThat(show(server)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        }
    }

    @Test
    void aTemporaryServerForTestsKeepsTheFastSettings() throws Exception {
        // The call test-support makes.
        try (PostgresServer server = PostgresServer.startTemporary()) {
            assertThat(show(server)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
        }
    }

    @Test
    void aDataDirectoryDoesNotKeepTheSettingsOfAnEarlierStart(@TempDir Path dataDirectory) throws Exception {
        try (PostgresServer fast = PostgresServer.start(0, dataDirectory, PostgresServer.Durability.FAST)) {
            assertThat(show(fast)).containsEntry("fsync", "off");
        }
        try (PostgresServer durable = PostgresServer.start(0, dataDirectory)) {
            assertThat(show(durable)).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");
        }
    }

    private static Map<String, String> show(PostgresServer server) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"),
                server.username(), server.password());
             Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                try (ResultSet rows = statement.executeQuery("show " + setting)) {
                    rows.next();
                    values.put(setting, rows.getString(1));
                }
            }
        }
        return values;
    }
}
