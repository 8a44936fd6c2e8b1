package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;
import org.techvoice.support.SlackAppTest;

/**
 * A draft whose action plan cites a survey from before its period reads only the earlier surveys, not every survey
 * again: the earlier ones and the period's are together exactly every survey, in order.
 */
@SlackAppTest
class SurveyEvidenceBeforeTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SurveyEvidenceSource source;

    @Autowired
    Clock clock;

    @Test
    void theSurveysBeforeADayAndThoseSinceItAreEverySurveyOnce() {
        String team = "T0SURVBEFORE";
        LocalDate today = LocalDate.now(clock);
        LocalDate periodStarts = today.minusDays(100);
        survey(team, "Long ago", periodStarts.minusDays(300));
        survey(team, "Just before", periodStarts.minusDays(1));
        survey(team, "First day", periodStarts);
        survey(team, "Recent", today.minusDays(5));

        List<SurveyEvidence> before = source.surveysBefore(team, periodStarts);
        List<SurveyEvidence> since = source.surveys(team, periodStarts);

        assertThat(before).extracting(SurveyEvidence::title).containsExactly("Long ago", "Just before");
        assertThat(since).extracting(SurveyEvidence::title).containsExactly("First day", "Recent");
        List<SurveyEvidence> together = new ArrayList<>(before);
        together.addAll(since);
        assertThat(together).extracting(SurveyEvidence::reference)
                .isEqualTo(source.surveys(team, LocalDate.EPOCH).stream().map(SurveyEvidence::reference).toList());
        // the plain way any other source gets gives the same
        SurveyEvidenceSource plain = source::surveys;
        assertThat(plain.surveysBefore(team, periodStarts)).extracting(SurveyEvidence::reference)
                .isEqualTo(before.stream().map(SurveyEvidence::reference).toList());
    }

    private void survey(String team, String title, LocalDate opens) {
        Instant at = opens.atStartOfDay(ZoneOffset.UTC).plusHours(9).toInstant();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("insert into survey (team_id, lead_user_id, title, anonymous, audience_kind, opens_at, closes_at, "
                + "reminder_every_days, status, audience_size, created_at) values (?, 'U0LEAD', ?, false, 'TECHNICIANS', ?, ?, 0, "
                + "'CLOSED', 10, ?)", team, title, Timestamp.from(at), Timestamp.from(at.plusSeconds(86_400)), now);
    }
}
