package db.migration;

import nl.municipalnetworks.member.names.DutchNames;
import nl.municipalnetworks.member.person.Person;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills the name keys that V2 added for the municipalities and people that exist already (a local
 * platform keeps its database across restarts), with the same Java rule that every later write
 * uses. Stops the upgrade, naming them, when two municipalities differ only in case, accents or
 * apostrophes: V4 makes the key unique, and only a person can decide which one to rename.
 */
public class V3__Fill_dutch_name_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fillMunicipalities(connection);
        fillPeople(connection);
    }

    private static void fillMunicipalities(Connection connection) throws SQLException {
        Map<String, String> nameByKey = new HashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, name from municipality");
             PreparedStatement update = connection.prepareStatement(
                     "update municipality set name_key = ?, name_sort_key = ? where id = ?")) {
            while (rows.next()) {
                String name = rows.getString("name");
                String key = DutchNames.searchKey(name);
                String earlier = nameByKey.putIfAbsent(key, name);
                if (earlier != null) {
                    throw new IllegalStateException("The municipalities '" + earlier + "' and '" + name
                            + "' differ only in case, accents or apostrophes; rename or remove one of them and start again");
                }
                update.setString(1, key);
                update.setString(2, DutchNames.municipalitySortKey(name));
                update.setObject(3, rows.getObject("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void fillPeople(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, first_name, last_name from person");
             PreparedStatement update = connection.prepareStatement(
                     "update person set name_key = ?, last_name_sort_key = ? where id = ?")) {
            while (rows.next()) {
                String lastName = rows.getString("last_name");
                update.setString(1, Person.nameKey(rows.getString("first_name"), lastName));
                update.setString(2, DutchNames.lastNameSortKey(lastName));
                update.setObject(3, rows.getObject("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
