package org.techvoice.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.techvoice.entry.ThemesConverter;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/**
 * The draft's read of voice entries, a page at a time: one plain query each, outside any transaction. Up to 100,000
 * entries pass through a draft and none is changed, so none is loaded as an entity: managing them (a persistence
 * context, the query's translation, a transaction of two more round trips a page) cost the draft's read twice what
 * the rows themselves did.
 */
@Component
class VoicePages {

    private static final ThemesConverter THEMES = new ThemesConverter();

    private final JdbcClient jdbc;

    VoicePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keyset paging in the order the rows were stored: the rows after {@code afterId}. Ordering by the team too (fixed,
     * so the same order) lets H2 read the (team_id, id) index in order and stop after a page, and the rows it then
     * fetches are neighbours in the table, so a walk reads each table page once.
     */
    List<VoiceView> after(String teamId, LocalDate since, long afterId, int size) {
        return jdbc.sql("""
                SELECT id, body, themes, author_user_id, said_on, embedding, placed_topic, placed_similarity, placed_against
                FROM voice_entry WHERE team_id = ? AND id > ? AND said_on >= ? ORDER BY team_id, id LIMIT ?""")
                .params(teamId, afterId, since, size)
                .query(VoicePages::view)
                .list();
    }

    private static VoiceView view(ResultSet row, int number) throws SQLException {
        long id = row.getLong("id");
        return new VoiceView(VoiceView.reference(id), id, row.getString("body"), THEMES.convertToEntityAttribute(row.getString("themes")),
                row.getString("author_user_id"), row.getObject("said_on", LocalDate.class),
                Embedding.fromNullableBytes(row.getBytes("embedding")),
                Placement.stored(row.getString("placed_topic"), row.getObject("placed_similarity", Double.class), row.getString("placed_against")));
    }
}
