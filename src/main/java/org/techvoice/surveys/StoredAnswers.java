package org.techvoice.surveys;

import java.util.function.ObjLongConsumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/**
 * Every complete response and every answer of a workspace, as the draft's survey figures fold them: plain values
 * streamed by SQL, a thousand rows a fetch, without an entity, a tuple or a boxed number per row (40,000 responses give
 * some 400,000 answers a draft). Inside the caller's transaction, where PostgreSQL streams rather than reads them all.
 */
@Component
class StoredAnswers {

    /** One answer row. */
    interface Answer {
        void accept(String responseId, long questionId, String value, Embedding embedding, Placement placement);
    }

    private final JdbcTemplate jdbc;

    StoredAnswers(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1_000);
    }

    /** Each complete response of the workspace, as (response id, survey id). */
    void forEachCompleteResponse(String teamId, ObjLongConsumer<String> each) {
        jdbc.query("SELECT id, survey_id FROM survey_response WHERE team_id = ? AND complete = TRUE",
                (RowCallbackHandler) row -> each.accept(row.getString(1), row.getLong(2)), teamId);
    }

    /** Each answer of the workspace, complete response or not; the caller keeps those it counts. */
    void forEachAnswer(String teamId, Answer each) {
        jdbc.query("""
                SELECT response_id, question_id, value_text, embedding, placed_topic, placed_similarity, placed_against
                FROM survey_answer WHERE team_id = ?""", (RowCallbackHandler) row -> {
            double similarity = row.getDouble(6);
            each.accept(row.getString(1), row.getLong(2), row.getString(3), Embedding.fromNullableBytes(row.getBytes(4)),
                    Placement.stored(row.getString(5), row.wasNull() ? null : similarity, row.getString(7)));
        }, teamId);
    }
}
