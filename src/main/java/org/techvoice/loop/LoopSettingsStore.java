package org.techvoice.loop;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.techvoice.surveys.SurveyProperties;

/** The {@code loop_setting} row of each workspace; a workspace without one has the defaults. */
@Component
class LoopSettingsStore {

    private final JdbcTemplate jdbc;
    private final ZoneId defaultZone;

    LoopSettingsStore(DataSource dataSource, SurveyProperties surveys) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.defaultZone = ZoneId.of(surveys.defaultTimeZone());
    }

    LoopSettings settings(String teamId) {
        List<LoopSettings> found = jdbc.query("select said_did_posts, digest_frequency, results_audience, lead_reports, time_zone "
                + "from loop_setting where team_id = ?", (RowMapper<LoopSettings>) this::row, teamId);
        return found.isEmpty() ? defaults() : found.get(0);
    }

    LoopSettings defaults() {
        return new LoopSettings(true, LoopSettings.DigestFrequency.WEEKLY, LoopSettings.ResultsAudience.CHANNEL, true, defaultZone, false);
    }

    void save(String teamId, LoopSettings settings) {
        ensureRow(teamId);
        jdbc.update("update loop_setting set said_did_posts = ?, digest_frequency = ?, results_audience = ?, lead_reports = ?, "
                + "time_zone = ? where team_id = ?", settings.saidDidPosts(), settings.digest().name(), settings.results().name(),
                settings.leadReports(), settings.zoneChosen() ? settings.zone().getId() : null, teamId);
    }

    Optional<LocalDate> lastDigestOn(String teamId) {
        return date("last_digest_on", teamId);
    }

    Optional<LocalDate> lastLeadReportOn(String teamId) {
        return date("last_lead_report_on", teamId);
    }

    void digestSent(String teamId, LocalDate day) {
        ensureRow(teamId);
        jdbc.update("update loop_setting set last_digest_on = ? where team_id = ?", Date.valueOf(day), teamId);
    }

    void leadReportSent(String teamId, LocalDate day) {
        ensureRow(teamId);
        jdbc.update("update loop_setting set last_lead_report_on = ? where team_id = ?", Date.valueOf(day), teamId);
    }

    int remove(String teamId) {
        return jdbc.update("delete from loop_setting where team_id = ?", teamId);
    }

    private Optional<LocalDate> date(String column, String teamId) {
        List<Date> found = jdbc.query("select " + column + " from loop_setting where team_id = ?", (rs, i) -> rs.getDate(1), teamId);
        return found.isEmpty() || found.get(0) == null ? Optional.empty() : Optional.of(found.get(0).toLocalDate());
    }

    private void ensureRow(String teamId) {
        // as WorkspaceRepository.insertIfAbsent: both H2 (PostgreSQL mode) and PostgreSQL accept it, and a concurrent
        // insert of the same row is as good as this one
        jdbc.update("insert into loop_setting (team_id) values (?) on conflict do nothing", teamId);
    }

    private LoopSettings row(ResultSet row, int index) throws SQLException {
        String zone = row.getString("time_zone");
        return new LoopSettings(row.getBoolean("said_did_posts"), LoopSettings.DigestFrequency.valueOf(row.getString("digest_frequency")),
                LoopSettings.ResultsAudience.valueOf(row.getString("results_audience")), row.getBoolean("lead_reports"),
                zone == null ? defaultZone : ZoneId.of(zone), zone != null);
    }
}
