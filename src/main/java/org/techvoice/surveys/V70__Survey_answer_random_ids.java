package org.techvoice.surveys;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V70 (issue 22): survey answers get random UUID ids instead of a sequence, so a database dump no longer
 * shows the order people answered in. A Java migration because H2 and PostgreSQL share no SQL function for a
 * random UUID; the rows are copied into a new table in random order with fresh ids, and the old table dropped.
 * Found by Spring Boot's Flyway auto-configuration as a {@code JavaMigration} bean; the version comes from the name.
 */
@Component
class V70__Survey_answer_random_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE survey_answer_random (
                        id          VARCHAR(36)   NOT NULL PRIMARY KEY,
                        team_id     VARCHAR(32)   NOT NULL,
                        response_id VARCHAR(36)   NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
                        question_id BIGINT        NOT NULL,
                        value_text  VARCHAR(1000) NOT NULL,
                        embedding   BYTEA
                    )""");
        }
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT team_id, response_id, question_id, value_text, embedding FROM survey_answer")) {
            while (result.next()) {
                rows.add(new Object[] {result.getString(1), result.getString(2), result.getLong(3), result.getString(4), result.getBytes(5)});
            }
        }
        Collections.shuffle(rows, new SecureRandom());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO survey_answer_random (id, team_id, response_id, question_id, value_text, embedding) VALUES (?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Object[] row : rows) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, (String) row[0]);
                insert.setString(3, (String) row[1]);
                insert.setLong(4, (Long) row[2]);
                insert.setString(5, (String) row[3]);
                insert.setBytes(6, (byte[]) row[4]);
                insert.addBatch();
                if (++batched % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE survey_answer");
            statement.execute("ALTER TABLE survey_answer_random RENAME TO survey_answer");
            statement.execute("CREATE INDEX survey_answer_response ON survey_answer (response_id)");
            // V60's vector column, kept with its check (added after the old table is gone: H2 names constraints per schema)
            statement.execute("ALTER TABLE survey_answer ADD CONSTRAINT survey_answer_embedding_size "
                    + "CHECK (embedding IS NULL OR OCTET_LENGTH(embedding) = 384)");
        }
    }
}
