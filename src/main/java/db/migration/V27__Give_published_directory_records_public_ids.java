package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every existing partner organisation and service a random UUID as its public id (V26 added
 * the columns), then makes the id required. Written in Java because H2 and PostgreSQL name their
 * random-UUID functions differently; the SQL it runs is the same on both.
 */
public class V27__Give_published_directory_records_public_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (String table : List.of("partner_organisation", "partner_service")) {
            List<Long> ids = new ArrayList<>();
            try (Statement select = connection.createStatement();
                    ResultSet rows = select.executeQuery("SELECT id FROM " + table + " WHERE public_id IS NULL")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET public_id = ? WHERE id = ?")) {
                for (long id : ids) {
                    update.setString(1, UUID.randomUUID().toString());
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            try (Statement alter = connection.createStatement()) {
                alter.execute("ALTER TABLE " + table + " ALTER COLUMN public_id SET NOT NULL");
            }
        }
    }
}
