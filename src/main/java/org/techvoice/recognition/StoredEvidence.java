package org.techvoice.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.techvoice.entry.ThemesConverter;
import org.techvoice.themes.Theme;
import org.techvoice.understanding.Placement;

/**
 * Contributions and achievements as the draft reads them: every column it needs but the vector, and where the vector
 * places the row among Appendix A's activities (V107). The vector (384 bytes a row, most of what a row weighs) is read
 * only for the rows whose placement is missing or was made against another bank.
 *
 * <p>A page at a time, by id keyset in the order the rows were stored (see {@code StoredOrderWalk}): one plain query
 * each, outside any transaction. Up to 100,000 rows pass through a draft and none is changed, so none goes through the
 * persistence context: the query's translation and a transaction of two more round trips a page cost the draft's read
 * twice what the rows themselves did. Ordering by the team too (fixed, so the same order) lets H2 read the
 * (team_id, id) index in order and stop after a page.
 */
@Component
class StoredEvidence {

    private static final ThemesConverter THEMES = new ThemesConverter();

    private final JdbcClient jdbc;

    StoredEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A contribution's columns for the draft. */
    record ContributionRow(Long id, String userId, ContributionKind kind, String body, Set<Theme> themes, LocalDate happenedOn,
            String link, String placedTarget, Double placedSimilarity, String placedAgainst) {

        Placement placement() {
            return Placement.stored(placedTarget, placedSimilarity, placedAgainst);
        }
    }

    /** An achievement's columns for the draft. */
    record AchievementRow(Long id, String subjectUserId, String body, Set<Theme> themes, LocalDate achievedOn, Achievement.Status status,
            boolean posted, String placedTarget, Double placedSimilarity, String placedAgainst) {

        Placement placement() {
            return Placement.stored(placedTarget, placedSimilarity, placedAgainst);
        }
    }

    /** Up to {@code size} contributions dated on or after {@code since} with ids above {@code afterId}, lowest id first. */
    List<ContributionRow> contributions(String teamId, LocalDate since, long afterId, int size) {
        return page("""
                SELECT id, user_id, kind, body, themes, happened_on, link, placed_activity, placed_similarity, placed_against
                FROM contribution WHERE team_id = ? AND id > ? AND happened_on >= ? ORDER BY team_id, id LIMIT ?""",
                StoredEvidence::contribution, teamId, since, afterId, size);
    }

    /** Up to {@code size} achievements dated on or after {@code since} with ids above {@code afterId}, lowest id first. */
    List<AchievementRow> achievements(String teamId, LocalDate since, long afterId, int size) {
        return page("""
                SELECT id, subject_user_id, body, themes, achieved_on, status, posted, placed_activity, placed_similarity, placed_against
                FROM achievement WHERE team_id = ? AND id > ? AND achieved_on >= ? ORDER BY team_id, id LIMIT ?""",
                StoredEvidence::achievement, teamId, since, afterId, size);
    }

    private <T> List<T> page(String sql, RowMapper<T> rows, String teamId, LocalDate since, long afterId, int size) {
        return jdbc.sql(sql).params(teamId, afterId, since, size).query(rows).list();
    }

    private static ContributionRow contribution(ResultSet row, int number) throws SQLException {
        return new ContributionRow(row.getLong("id"), row.getString("user_id"), ContributionKind.valueOf(row.getString("kind")),
                row.getString("body"), THEMES.convertToEntityAttribute(row.getString("themes")),
                row.getObject("happened_on", LocalDate.class), row.getString("link"), row.getString("placed_activity"),
                row.getObject("placed_similarity", Double.class), row.getString("placed_against"));
    }

    private static AchievementRow achievement(ResultSet row, int number) throws SQLException {
        return new AchievementRow(row.getLong("id"), row.getString("subject_user_id"), row.getString("body"),
                THEMES.convertToEntityAttribute(row.getString("themes")), row.getObject("achieved_on", LocalDate.class),
                Achievement.Status.valueOf(row.getString("status")), row.getBoolean("posted"), row.getString("placed_activity"),
                row.getObject("placed_similarity", Double.class), row.getString("placed_against"));
    }
}
