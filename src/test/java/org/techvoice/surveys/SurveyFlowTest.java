package org.techvoice.surveys;

import static org.techvoice.slack.Modals.blockId;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SurveyPayloads.checked;
import static org.techvoice.support.SurveyPayloads.conversation;
import static org.techvoice.support.SurveyPayloads.dateTime;
import static org.techvoice.support.SurveyPayloads.selected;
import static org.techvoice.support.SurveyPayloads.text;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SurveyPayloads;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole survey cycle through signed Slack requests, with WireMock as Slack and a clock the test moves:
 * build from a template, schedule, open (DMs), answer over two pages, change an answer, remind only those who
 * have not answered in their own working hours, close, and read results with small groups withheld.
 */
@SlackAppTest
class SurveyFlowTest {

    static final String TEAM = SlackTestClient.TEAM;
    static final String ADMIN = "U0ADMIN01";
    static final String CHANNEL = "C0LABTECH1";
    static final String NEW_YORK = SurveySlack.NEW_YORK;
    /** Monday 30 November 2026, 08:00 UTC. */
    static final Instant MONDAY_8AM = Instant.parse("2026-11-30T08:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    SurveyLifecycle lifecycle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleService people;
    @Autowired
    SurveyEvidenceSource evidence;
    @Autowired
    RespondentKeys respondentKeys;

    SlackTestClient slack;
    SurveySlack surveys;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        clock.set(MONDAY_8AM);
        slack = new SlackTestClient(port, clock);
        surveys = new SurveySlack(slack);
        SurveySlack.stubViews();
    }

    @Test
    void aTechnicianIsRefusedTheBuilderAndToldWhoCan() {
        HttpResponse<String> response = slack.slashCommand(TEAM, "U0TECH001", "/tc", "survey new");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("Only TechVoice leads and admins can build surveys").contains("<@U0ADMIN01>");
        assertThat(SlackApiStub.calls("views.open")).isEmpty();
    }

    @Test
    void resultsAreRefusedToNonLeads() {
        HttpResponse<String> response = slack.slashCommand(TEAM, "U0TECH001", "/tc", "survey results S-1");

        assertThat(SlackJson.allText(response.body())).contains("Only TechVoice leads and admins can see survey results");
    }

    @Test
    void oddInputGetsAFriendlyAnswer() {
        assertThat(SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey results banana").body()))
                .contains("is not a survey reference");
        assertThat(SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey results S-99999").body()))
                .contains("There is no survey S-99999 in this workspace");
        assertThat(SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey frobnicate").body()))
                .contains("I don't know `/tc survey frobnicate`");
        // S-1 may not exist yet, be open, or be closed already: this context is shared with the other survey and loop
        // tests, which run before or after this one (in either test JVM), and each state has its own friendly answer
        assertThat(SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey extend S-1 soon").body()))
                .containsAnyOf("Say how long to extend by", "There is no survey S-1",
                        "S-1 is closed; only open or scheduled surveys can be extended");
    }

    @Test
    void builderValidatesWithResponseActionErrors() {
        HttpResponse<String> response = surveys.submitBuilder(ADMIN, Map.of(blockId(SurveyField.TITLE), text("  "), blockId(SurveyField.AUDIENCE), selected("radio_buttons", "CHANNEL"),
                        blockId(SurveyField.CLOSES), dateTime(MONDAY_8AM.minusSeconds(60).getEpochSecond())));

        JsonNode body = SlackJson.parse(response.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(blockId(SurveyField.TITLE)).asText()).contains("title");
        assertThat(body.path("errors").path(blockId(SurveyField.CHANNEL)).asText()).contains("channel");
        assertThat(body.path("errors").path(blockId(SurveyField.CLOSES)).asText()).contains("closing time");
    }

    @Test
    void fullCycleFromTemplateToResults() throws Exception {
        SurveySlack.stubDirectory(CHANNEL);
        registerDepartments();

        // Build from the baseline template, add one question through the pushed view, schedule.
        JsonNode builder = surveys.openBuilder(ADMIN);
        Instant closes = Instant.parse("2026-12-07T09:00:00Z");
        HttpResponse<String> page1 = slack.interactive(SurveyPayloads.viewSubmission(TEAM, ADMIN, builder, "V0BUILDER", null, Map.of(
                blockId(SurveyField.TITLE), text("Technician voice 2026"),
                blockId(SurveyField.INTRODUCTION), text("Tell us what would help."),
                "template", selected("static_select", "BASELINE"),
                "anonymity", selected("radio_buttons", "anonymous"),
                blockId(SurveyField.AUDIENCE), selected("radio_buttons", "CHANNEL"),
                blockId(SurveyField.CHANNEL), conversation(CHANNEL),
                blockId(SurveyField.CLOSES), dateTime(closes.getEpochSecond()),
                "reminders", selected("static_select", "2"))));
        JsonNode update = SlackJson.parse(page1.body());
        assertThat(update.path("response_action").asText()).isEqualTo("update");
        JsonNode questionsView = update.path("view");
        assertThat(questionsView.path("callback_id").asText()).isEqualTo("survey_questions");
        assertThat(SlackJson.allText(questionsView.toString())).contains("I know how to progress my career here")
                .contains("My contribution to research is acknowledged").contains("I would recommend a technical career here");
        long surveyId = Long.parseLong(questionsView.path("private_metadata").asText());

        slack.interactive(SurveyPayloads.buttonInView(TEAM, ADMIN, questionsView, "V0BUILDER", "survey_add_question", Long.toString(surveyId)));
        JsonNode pushed = SlackJson.parse(SlackApiStub.calls("views.push").get(0).get("view"));
        assertThat(pushed.path("callback_id").asText()).isEqualTo("survey_question");

        HttpResponse<String> badQuestion = slack.interactive(SurveyPayloads.viewSubmission(TEAM, ADMIN, pushed, "V0QUESTION", "V0BUILDER", Map.of(
                blockId(SurveyField.QUESTION_TEXT), text("Where do you work?"),
                blockId(SurveyField.QUESTION_TYPE), selected("static_select", "SINGLE_CHOICE"),
                blockId(SurveyField.QUESTION_THEME), selected("static_select", "VISIBILITY"),
                blockId(SurveyField.CHOICES), text("Only one option"))));
        assertThat(SlackJson.parse(badQuestion.body()).path("errors").path(blockId(SurveyField.CHOICES)).asText()).contains("between 2 and");

        HttpResponse<String> added = slack.interactive(SurveyPayloads.viewSubmission(TEAM, ADMIN, pushed, "V0QUESTION", "V0BUILDER", Map.of(
                blockId(SurveyField.QUESTION_TEXT), text("Where do you mostly work?"),
                blockId(SurveyField.QUESTION_TYPE), selected("static_select", "SINGLE_CHOICE"),
                blockId(SurveyField.QUESTION_THEME), selected("static_select", "VISIBILITY"),
                blockId(SurveyField.CHOICES), text("Lab\nWorkshop\nOffice"))));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).doesNotContain("errors");
        await().atMost(Duration.ofSeconds(5)).until(() -> !SlackApiStub.calls("views.update").isEmpty());
        Map<String, String> refreshed = SlackApiStub.calls("views.update").get(0);
        assertThat(refreshed.get("view_id")).isEqualTo("V0BUILDER");
        assertThat(SlackJson.allText(refreshed.get("view"))).contains("Where do you mostly work?");

        HttpResponse<String> scheduled = slack.interactive(SurveyPayloads.viewSubmission(TEAM, ADMIN, questionsView, "V0BUILDER", null, Map.of()));
        assertThat(SlackJson.parse(scheduled.body()).path("response_action").asText()).isEqualTo("clear");
        assertThat(outbox("survey:" + surveyId + ":scheduled")).isNotNull();

        // Opening: one DM per human member of the channel (the bot is left out).
        lifecycle.runDueWork();
        List<String> invited = jdbc.queryForList("select idempotency_key from outbox_message where idempotency_key like ?",
                String.class, "survey:" + surveyId + ":invite:%");
        assertThat(invited).hasSize(7).noneMatch(k -> k.endsWith(SlackApiStub.BOT_USER));
        JsonNode invite = SlackJson.parse(outbox("survey:" + surveyId + ":invite:U0TECH001"));
        assertThat(invite.path("kind").asText()).isEqualTo("DIRECT_MESSAGE");
        assertThat(invite.path("blocksJson").asText()).contains("survey_answer_open").contains("Anonymous");
        lifecycle.runDueWork();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like ?", Integer.class,
                "survey:" + surveyId + ":invite:%")).as("a second run sends nothing twice").isEqualTo(7);
        // The outbox worker delivers them to Slack: one DM with the Answer button per person.
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.calls("chat.postMessage").stream()
                .filter(call -> String.valueOf(call.get("blocks")).contains("survey_answer_open")).count() == 7);

        // Answering: two pages (11 questions); page 2 validates.
        surveys.answer(surveyId, "U0TECH001", "4", "Time to train");
        assertThat(jdbc.queryForList("select user_id from survey_response where survey_id = ?", String.class, surveyId))
                .containsExactly((String) null);
        JsonNode firstPage = surveys.pressAnswer(surveyId, "U0TECH002");
        assertThat(firstPage.path("title").path("text").asText()).isEqualTo("Survey (1/2)");
        HttpResponse<String> invalid = slack.interactive(SurveyPayloads.viewSubmission(TEAM, "U0TECH002", firstPage, "V0ANSWER", null, Map.of()));
        assertThat(SlackJson.parse(invalid.body()).path("response_action").asText()).isEqualTo("errors");
        assertThat(SlackJson.parse(invalid.body()).path("errors").toString()).contains("Please choose one answer.");

        // Changing an answer keeps one response, found again through the keyed hash.
        surveys.answer(surveyId, "U0TECH001", "2", null);
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class, surveyId)).isEqualTo(1);
        Long firstQuestion = jdbc.queryForObject("select min(id) from survey_question where survey_id = ?", Long.class, surveyId);
        assertThat(jdbc.queryForList("select value_text from survey_answer where question_id = ?", String.class, firstQuestion))
                .containsExactly("2");

        // Anonymous storage: no user id anywhere near the answers, and only the day.
        assertAnonymousStorage(surveyId);

        // Reminders: Wednesday 07:00 UTC is before the London working day: nothing.
        clock.set(Instant.parse("2026-12-02T07:00:00Z"));
        lifecycle.runDueWork();
        assertThat(reminders(surveyId)).isEmpty();
        // 10:00 UTC: London people who have not answered; not U0TECH001 (answered), not New York (05:00 there).
        clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        lifecycle.runDueWork();
        assertThat(reminders(surveyId)).hasSize(5).noneMatch(k -> k.contains("U0TECH001")).noneMatch(k -> k.contains(NEW_YORK));
        // 15:00 UTC is 10:00 in New York.
        clock.set(Instant.parse("2026-12-02T15:00:00Z"));
        lifecycle.runDueWork();
        assertThat(reminders(surveyId)).hasSize(6).anyMatch(k -> k.contains(NEW_YORK));

        // More answers, so some figures reach the minimum group size of 5.
        for (String user : List.of("U0TECH002", "U0TECH003", "U0TECH004")) {
            surveys.answer(surveyId, user, "5", null);
        }
        // Issue 22, complete means complete: U0TECH007 forges a submission of only the last page (the page-2 view
        // U0TECH005 was given). Nothing counts: the response stays incomplete and U0TECH007 is sent to page 1.
        JsonNode firstOf5 = surveys.pressAnswer(surveyId, "U0TECH005");
        JsonNode lastPage = SlackJson.parse(slack.interactive(SurveyPayloads.viewSubmission(TEAM, "U0TECH005", firstOf5, "V0ANSWER",
                null, SurveySlack.fill(firstOf5, "5", null))).body()).path("view");
        assertThat(lastPage.path("title").path("text").asText()).isEqualTo("Survey (2/2)");
        int completeBefore = jdbc.queryForObject("select count(*) from survey_response where survey_id = ? and complete = true",
                Integer.class, surveyId);
        JsonNode forged = SlackJson.parse(slack.interactive(SurveyPayloads.viewSubmission(TEAM, "U0TECH007", lastPage, "V0FORGED",
                null, SurveySlack.fill(lastPage, "5", null))).body());
        assertThat(forged.path("view").path("title").path("text").asText()).isEqualTo("Survey (1/2)");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ? and complete = true",
                Integer.class, surveyId)).isEqualTo(completeBefore);
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ? and complete = false",
                Integer.class, surveyId)).as("U0TECH005 part-way, U0TECH007 forged").isEqualTo(2);
        slack.interactive(SurveyPayloads.viewSubmission(TEAM, "U0TECH005", lastPage, "V0ANSWER", null, SurveySlack.fill(lastPage, "5", null)));
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ? and complete = true",
                Integer.class, surveyId)).isEqualTo(completeBefore + 1);
        // Issue 22, differencing over time: the lead reads results and the live count at 5 respondents, then the
        // physicist answers and the lead reads again. Nothing differs, so nothing tells what the sixth person said.
        String resultsAtFive = SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey results S-" + surveyId).body());
        String listAtFive = SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey list").body());
        surveys.answer(surveyId, SurveySlack.NEW_YORK, "1", null);
        String resultsAtSix = SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey results S-" + surveyId).body());
        String listAtSix = SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey list").body());
        assertThat(resultsAtSix).isEqualTo(resultsAtFive).contains("at least 5 of 7 answered so far")
                .contains("shown when the survey closes").doesNotContain("Mean").doesNotContain("Chemistry");
        assertThat(listAtSix).isEqualTo(listAtFive).contains("at least 5 of 7 answered so far");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where kind = 'UPLOAD_FILES' and idempotency_key like ?",
                Integer.class, "survey:" + surveyId + ":results-chart:%")).as("no chart of an open anonymous survey").isZero();
        // Saturday: reminders would be due (every 2 days) but never at weekends.
        clock.set(Instant.parse("2026-12-05T11:00:00Z"));
        lifecycle.runDueWork();
        assertThat(reminders(surveyId)).hasSize(6);

        // U0TECH007 opens the survey before closing but submits after it.
        JsonNode stale = surveys.pressAnswer(surveyId, "U0TECH007");
        // Monday 10:00 is after closing (09:00): the survey closes, no reminders, the lead gets the summary and chart.
        clock.set(Instant.parse("2026-12-07T10:00:00Z"));
        lifecycle.runDueWork();
        assertThat(reminders(surveyId)).hasSize(6);
        // every invitation and reminder sent loses its Answer button once the survey closes
        for (String reminder : reminders(surveyId)) {
            String closed = reminder.replace(":reminder:", ":closed:reminder:");
            assertThat(SlackJson.parse(outbox(closed)).path("updateOfKey").asText()).isEqualTo(reminder);
        }
        assertThat(outbox("survey:" + surveyId + ":closed:invite:U0TECH001")).contains("takes no more answers")
                .doesNotContain("You can change your answers").doesNotContain("survey_answer_open");
        JsonNode summary = SlackJson.parse(outbox("survey:" + surveyId + ":closed:summary"));
        assertThat(summary.path("channel").asText()).isEqualTo(ADMIN);
        assertThat(summary.path("text").asText()).contains("6 of 7 answered (86%)");
        assertPng(outbox("survey:" + surveyId + ":closed:chart"));
        HttpResponse<String> late = slack.interactive(SurveyPayloads.viewSubmission(TEAM, "U0TECH007", stale, "V0ANSWER", null,
                SurveySlack.fill(stale, "3", null)));
        assertThat(SlackJson.parse(late.body()).path("response_action").asText()).isEqualTo("errors");
        assertThat(late.body()).contains("has closed");
        assertThat(SlackJson.allText(surveys.pressAnswer(surveyId, "U0TECH007").toString())).contains("has closed");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class, surveyId)).isEqualTo(6);
        assertTheDumpAttackMatchesNothing(surveyId);

        // Results: distribution and mean; the free-text question (1 comment) is withheld. Issue 22, the subtraction
        // attack: five chemists and one physicist. Showing Chemistry would give the physicist's answers as the total
        // minus Chemistry, so no department is shown, none is named, and "withheld" is said once.
        HttpResponse<String> results = slack.slashCommand(TEAM, ADMIN, "/tc", "survey results S-" + surveyId);
        String shown = SlackJson.allText(results.body());
        assertThat(shown).contains("6 of 7 answered (86%)").contains("Mean *3.8* from 6")
                .contains("Withheld: fewer than 5 respondents").doesNotContain("Time to train")
                .doesNotContain("Chemistry").doesNotContain("Physics").contains("The split by department is withheld");
        assertThat(shown.split("split by department is withheld", -1)).hasSize(2);
        assertThat(shown.split("Withheld: fewer than", -1)).as("the free-text question's reason, once, naming it").hasSize(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox_message where kind = 'UPLOAD_FILES' and idempotency_key like ?",
                Integer.class, "survey:" + surveyId + ":results-chart:" + ADMIN + ":%") == 1);

        // The compiled draft gets the same suppression.
        SurveyEvidence published = evidence.surveys(TEAM, LocalDate.of(2026, 1, 1)).stream()
                .filter(e -> e.reference().equals("S-" + surveyId)).findFirst().orElseThrow();
        assertThat(published.respondents()).isEqualTo(6);
        assertThat(published.questions().get(0).mean()).isEqualTo(3.8);
        SurveyEvidence.QuestionEvidence freeText = published.questions().stream().filter(q -> q.type().equals("free text")).findFirst().orElseThrow();
        assertThat(freeText.suppressed()).isTrue();
        assertThat(freeText.comments()).isEmpty();
        assertThat(evidence.surveys(SlackTestClient.OTHER_TEAM, LocalDate.of(2026, 1, 1))).isEmpty();

        // Listing shows status and response rate.
        assertThat(SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "survey list").body()))
                .contains("S-" + surveyId).contains("Closed · 6 of 7 answered (86%)");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void assertAnonymousStorage(long surveyId) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = 'survey_response'",
                String.class);
        assertThat(columns).contains("respondent_key", "submitted_on").doesNotContain("created_at", "submitted_at");
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where table_name = 'survey_response' "
                + "and column_name = 'submitted_on'", String.class)).isEqualToIgnoringCase("DATE");
        for (String table : List.of("survey_response", "survey_answer")) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                assertThat(row.values()).as(table + " row " + row).noneMatch(v -> v != null && v.toString().contains("U0TECH001"));
            }
        }
        String key = jdbc.queryForObject("select respondent_key from survey_response where survey_id = ?", String.class, surveyId);
        assertThat(key).hasSize(64).doesNotContain("U0TECH");
    }

    /**
     * Issue 22, the dump attack: with a copy of the database and the source, compute HMAC-SHA256 over
     * team\nsurvey\nuser for every recipient, with the key the source used to hold and with the key this very
     * instance runs on, and look for the results among the respondent keys. After the close nothing matches, no
     * department singles anyone out, and answer ids say nothing about order.
     */
    private void assertTheDumpAttackMatchesNothing(long surveyId) throws Exception {
        List<String> stored = jdbc.queryForList("select respondent_key from survey_response where survey_id = ?", String.class, surveyId);
        List<String> recipients = jdbc.queryForList("select user_id from survey_recipient where survey_id = ?", String.class, surveyId);
        assertThat(recipients).hasSize(7);
        for (String user : recipients) {
            String message = TEAM + "\n" + surveyId + "\n" + user;
            assertThat(stored).as("the old public development key").doesNotContain(hmac("development-only-survey-hash-key", message));
            assertThat(stored).as("the instance's own key").doesNotContain(respondentKeys.of(TEAM, surveyId, user));
        }
        assertThat(jdbc.queryForList("select distinct department from survey_response where survey_id = ?", String.class, surveyId))
                .containsExactly(SurveyResponse.WITHHELD_DEPARTMENT);
        List<String> answerIds = jdbc.queryForList("select a.id from survey_answer a join survey_response r on r.id = a.response_id "
                + "where r.survey_id = ?", String.class, surveyId);
        assertThat(answerIds).isNotEmpty().allSatisfy(id -> assertThat(java.util.UUID.fromString(id).version()).isEqualTo(4));
        assertThat(jdbc.queryForList("select distinct submitted_on from survey_response where survey_id = ?", Object.class, surveyId))
                .allSatisfy(day -> assertThat(day).isInstanceOf(java.sql.Date.class));
    }

    private static String hmac(String key, String message) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private List<String> reminders(long surveyId) {
        return jdbc.queryForList("select idempotency_key from outbox_message where idempotency_key like ?", String.class,
                "survey:" + surveyId + ":reminder:%");
    }

    private String outbox(String key) {
        List<String> payloads = jdbc.queryForList("select payload from outbox_message where team_id = ? and idempotency_key = ?",
                String.class, TEAM, key);
        assertThat(payloads).as("outbox " + key).hasSize(1);
        return payloads.get(0);
    }

    private static void assertPng(String uploadPayload) throws Exception {
        JsonNode upload = SlackJson.parse(uploadPayload);
        assertThat(upload.path("kind").asText()).isEqualTo("UPLOAD_FILES");
        byte[] png = Base64.getDecoder().decode(upload.path("files").get(0).path("content").asText());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    }

    private void registerDepartments() {
        for (String user : List.of("U0TECH001", "U0TECH002", "U0TECH003", "U0TECH004", "U0TECH005")) {
            people.register(TEAM, new TechnicianProfile(user, "Chemistry", null, null));
        }
        people.register(TEAM, new TechnicianProfile(NEW_YORK, "Physics", null, null));
    }
}
