package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;

/** Issue 17: template questions carry stable keys, and `/tc survey wave S-5 of S-3` links a lead's own questions too. */
@SlackAppTest
class SurveyWaveTest {

    static final String ADMIN = "U0ADMIN01";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    SurveyRepository surveys;
    @Autowired
    SurveyQuestionRepository questions;
    @Autowired
    SurveyEvidenceSource evidence;
    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
        team = "T0WAV" + teams.incrementAndGet();
    }

    @Test
    void everyTemplateQuestionHasAUniqueStableKey() {
        List<String> keys = java.util.Arrays.stream(SurveyTemplate.values()).flatMap(t -> t.questions().stream())
                .map(QuestionSpec::key).toList();
        assertThat(keys).doesNotContainNull().doesNotHaveDuplicates().hasSize(14);
    }

    @Test
    void aWaveLinksTheLeadsOwnQuestionsAskedAgainAndKeepsTemplateKeys() {
        QuestionSpec template = SurveyTemplate.BASELINE.questions().get(4);
        long first = survey("Baseline 2026", Instant.parse("2026-03-01T09:00:00Z"), template,
                QuestionSpec.rating(Theme.VISIBILITY, "Our workshop is well equipped"));
        long wave = survey("Baseline 2027", Instant.parse("2027-03-01T09:00:00Z"), template,
                QuestionSpec.rating(Theme.VISIBILITY, "Our workshop is well-equipped."),
                QuestionSpec.rating(Theme.VISIBILITY, "A new question"));

        HttpResponse<String> marked = slack.slashCommand(team, ADMIN, "/tc", "survey wave S-" + wave + " of S-" + first);

        assertThat(SlackJson.allText(marked.body())).contains("S-" + wave + "* is now a new wave of *S-" + first)
                .contains("2 of its 3 questions are the same");
        assertThat(jdbc.queryForObject("select wave_of from survey where id = ?", Long.class, wave)).isEqualTo(first);
        List<String> keys = jdbc.queryForList("select question_key from survey_question where survey_id = ? order by seq", String.class, wave);
        assertThat(keys).containsExactly("baseline.career-progress", "asked-in:S-" + first + "/Q2", null);
        assertThat(jdbc.queryForList("select question_key from survey_question where survey_id = ? order by seq", String.class, first))
                .containsExactly("baseline.career-progress", "asked-in:S-" + first + "/Q2");
    }

    @Test
    void aWaveMustBeLaterThanTheSurveyItRepeatsAndOnlyLeadsLinkThem() {
        long first = survey("One", Instant.parse("2026-03-01T09:00:00Z"), QuestionSpec.rating(Theme.VISIBILITY, "Q"));
        long later = survey("Two", Instant.parse("2026-09-01T09:00:00Z"), QuestionSpec.rating(Theme.VISIBILITY, "Q"));

        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "survey wave S-" + first + " of S-" + later).body()))
                .contains("can't be a new wave of it").contains("/tc survey wave S-" + later + " of S-" + first);
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "survey wave S-" + first + " of S-" + first).body()))
                .contains("can't be a wave of itself");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "survey wave S-" + later).body()))
                .contains("/tc survey wave S-5 of S-3");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "survey wave S-" + later + " of S-99999").body()))
                .contains("no survey S-99999");
        assertThat(SlackJson.allText(slack.slashCommand(team, "U0TECH001", "/tc", "survey wave S-" + later + " of S-" + first).body()))
                .contains("Only TechVoice leads and admins");
        assertThat(jdbc.queryForObject("select wave_of from survey where id = ?", Long.class, later)).isNull();
    }

    @Test
    void theDraftsEvidenceCarriesTheKey() {
        long id = survey("Keyed", Instant.parse("2026-03-01T09:00:00Z"), SurveyTemplate.PULSE.questions().get(0));
        jdbc.update("update survey set status = 'CLOSED' where id = ?", id);

        List<SurveyEvidence> found = evidence.surveys(team, LocalDate.of(2026, 1, 1));
        assertThat(found).singleElement().satisfies(s -> assertThat(s.questions()).singleElement()
                .satisfies(q -> assertThat(q.key()).isEqualTo("pulse.work-valued")));
    }

    private long survey(String title, Instant opens, QuestionSpec... specs) {
        Survey survey = surveys.saveAndFlush(new Survey(team, ADMIN, new SurveySettings(title, null, true, AudienceKind.TECHNICIANS, null,
                opens, opens.plusSeconds(14 * 86_400), 0), opens));
        int seq = 1;
        for (QuestionSpec spec : specs) {
            questions.saveAndFlush(new SurveyQuestion(team, survey.id(), seq++, spec));
        }
        jdbc.update("update survey set status = 'CLOSED' where id = ?", survey.id());
        return survey.id();
    }
}
