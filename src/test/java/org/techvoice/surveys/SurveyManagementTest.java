package org.techvoice.surveys;

import static org.techvoice.slack.Modals.blockId;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SurveyPayloads.dateTime;
import static org.techvoice.support.SurveyPayloads.selected;
import static org.techvoice.support.SurveyPayloads.text;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Audiences other than a channel, attributed surveys and personal data, and closing early, extending, cancelling. */
@SlackAppTest
class SurveyManagementTest {

    static final String TEAM = SlackTestClient.TEAM;
    static final String ADMIN = "U0ADMIN01";
    static final Instant TUESDAY_10AM = Instant.parse("2026-12-08T10:00:00Z");

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
    List<PersonalDataHolder> holders;
    @Autowired
    ObjectMapper json;

    SlackTestClient slack;
    SurveySlack surveys;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        clock.set(TUESDAY_10AM);
        slack = new SlackTestClient(port, clock);
        surveys = new SurveySlack(slack);
        SurveySlack.stubViews();
        SurveySlack.stubDirectory("C0NONE0001");
    }

    @Test
    void attributedSurveyToRegisteredTechniciansKeepsNamesAndHonoursExportAndErasure() throws Exception {
        people.register(TEAM, new TechnicianProfile("U0ATTR001", "Engineering", null, null));
        people.register(TEAM, new TechnicianProfile("U0ATTR002", null, null, null));
        long id = surveys.buildAndSchedule(ADMIN, settings("Termly pulse", "PULSE", "attributed", "TECHNICIANS"));
        lifecycle.runDueWork();
        // everyone registered as a technician in the workspace, other test classes' technicians included
        assertThat(jdbc.queryForList("select user_id from survey_recipient where survey_id = ? order by user_id", String.class, id))
                .contains("U0ATTR001", "U0ATTR002")
                .containsExactlyInAnyOrderElementsOf(people.technicians(TEAM).stream().map(TechnicianProfile::userId).toList());

        surveys.answer(id, "U0ATTR001", "4", "More training slots please");
        assertThat(jdbc.queryForList("select user_id from survey_response where survey_id = ?", String.class, id)).containsExactly("U0ATTR001");

        PersonalDataHolder holder = holders.stream().filter(h -> h.section().equals("surveys")).findFirst().orElseThrow();
        String exported = json.writeValueAsString(holder.export(TEAM, "U0ATTR001"));
        assertThat(exported).contains("S-" + id).contains("More training slots please").contains("This term I felt my work was valued");
        assertThat(json.writeValueAsString(holder.export(SlackTestClient.OTHER_TEAM, "U0ATTR001")))
                .doesNotContain("More training slots please");

        PersonalDataHolder.ErasureReport report = holder.erase(TEAM, "U0ATTR001");
        // one attributed response, plus one invitation per survey sent to them (other tests' surveys included)
        assertThat(report.deleted()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from survey_recipient where team_id = ? and user_id = ?", Integer.class,
                TEAM, "U0ATTR001")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class, id)).isZero();
        assertThat(json.writeValueAsString(holder.export(TEAM, "U0ATTR001"))).doesNotContain("More training slots please");
    }

    @Test
    void anonymousAnswersAreNeitherExportedNorErased() {
        people.register(TEAM, new TechnicianProfile("U0ANON001", null, null, null));
        long id = surveys.buildAndSchedule(ADMIN, settings("Anonymous pulse", "PULSE", "anonymous", "TECHNICIANS"));
        lifecycle.runDueWork();
        surveys.answer(id, "U0ANON001", "3", "Secret thought");

        PersonalDataHolder holder = holders.stream().filter(h -> h.section().equals("surveys")).findFirst().orElseThrow();
        assertThat(holder.export(TEAM, "U0ANON001").toString()).doesNotContain("Secret thought");
        holder.erase(TEAM, "U0ANON001");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void userGroupAudienceIsResolvedFromItsHandle() {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/usergroups.list")).willReturn(SlackApiStub.okJson("""
                {"ok":true,"usergroups":[{"id":"S0LABTECH","team_id":"T0TEST001","name":"Lab technicians","handle":"lab-techs",
                "is_usergroup":true,"user_count":2}]}""")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/usergroups.users.list")).withRequestBody(containing("usergroup=S0LABTECH"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"users\":[\"U0GROUP01\",\"U0GROUP02\"]}")));

        Map<String, JsonNode> unknown = new java.util.HashMap<>(settings("Lab survey", "BASELINE", "anonymous", "USER_GROUP"));
        unknown.put(blockId(SurveyField.USER_GROUP), text("@nobody-here"));
        HttpResponse<String> refused = surveys.submitBuilder(ADMIN, unknown);
        assertThat(SlackJson.parse(refused.body()).path("errors").path(blockId(SurveyField.USER_GROUP)).asText()).contains("No user group called @nobody-here");

        Map<String, JsonNode> known = new java.util.HashMap<>(settings("Lab survey", "BASELINE", "anonymous", "USER_GROUP"));
        known.put(blockId(SurveyField.USER_GROUP), text("@lab-techs"));
        long id = surveys.buildAndSchedule(ADMIN, known);
        lifecycle.runDueWork();
        assertThat(jdbc.queryForList("select idempotency_key from outbox_message where idempotency_key like ? order by idempotency_key",
                String.class, "survey:" + id + ":invite:%"))
                .containsExactly("survey:" + id + ":invite:U0GROUP01", "survey:" + id + ":invite:U0GROUP02");
    }

    @Test
    void closeEarlyExtendAndCancelThroughTheCommand() {
        people.register(TEAM, new TechnicianProfile("U0MANAGE1", null, null, null));
        long id = surveys.buildAndSchedule(ADMIN, settings("To manage", "PULSE", "anonymous", "TECHNICIANS"));
        String ref = "S-" + id;

        assertThat(command("survey close " + ref)).contains("nothing to close").contains("/tc survey cancel " + ref);
        assertThat(command("survey extend " + ref + " 7")).contains(ref + " now closes");
        assertThat(command("survey extend " + ref + " 0")).contains("Extend by 1 to 180 days");
        assertThat(command("survey extend " + ref + " 1999-01-01")).contains("not later than the current closing time");
        assertThat(jdbc.queryForObject("select closes_at from survey where id = ?", java.sql.Timestamp.class, id).toInstant())
                .isEqualTo(TUESDAY_10AM.plusSeconds(3 * 86400 + 7 * 86400));

        lifecycle.runDueWork();
        assertThat(command("survey list")).containsPattern("\\*" + ref + "\\* To manage\nOpen · fewer than 5 of \\d+ answered so far");
        assertThat(command("survey close " + ref)).contains(ref + " is closed");
        assertThat(jdbc.queryForObject("select status from survey where id = ?", String.class, id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Integer.class,
                "survey:" + id + ":closed:summary")).isEqualTo(1);
        // the invitation loses its Answer button and its "change your answers until then", in the background
        Map<String, Object> closedInvite = jdbc.queryForMap("select kind, payload, background from outbox_message where idempotency_key = ?",
                "survey:" + id + ":closed:invite:U0MANAGE1");
        assertThat(closedInvite.get("kind")).isEqualTo("UPDATE_MESSAGE");
        assertThat(closedInvite.get("background")).isEqualTo(true);
        assertThat(closedInvite.get("payload").toString()).contains("survey:" + id + ":invite:U0MANAGE1").contains("takes no more answers")
                .doesNotContain("Answer\\\"").doesNotContain("You can change your answers").doesNotContain("survey_answer");
        assertThat(command("survey list")).containsPattern("\\*" + ref + "\\* To manage\nClosed · 0 of \\d+ answered \\(0%\\) · closed <!date\\^");
        assertThat(command("survey cancel " + ref)).contains("already closed");
        // issue 20: a reason shared by every question is said once, not under each of them
        String results = command("survey results " + ref);
        assertThat(results).containsPattern("0 of \\d+ answered").contains("Withheld: fewer than 5 respondents")
                .contains("(every question)");
        assertThat(results.split("respondents, withheld so nobody can be identified", -1)).as(results).hasSize(2);

        long other = surveys.buildAndSchedule(ADMIN, settings("Never sent", "PULSE", "anonymous", "TECHNICIANS"));
        assertThat(command("survey cancel S-" + other)).contains("is cancelled");
        lifecycle.runDueWork();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like ?", Integer.class,
                "survey:" + other + ":invite:%")).isZero();
        assertThat(slackAs("U0MANAGE1", "survey cancel " + ref)).contains("Only TechVoice leads and admins can cancel surveys");
    }

    @Test
    void surveysOfAnotherWorkspaceAreInvisible() {
        long id = surveys.buildAndSchedule(ADMIN, settings("Ours", "PULSE", "anonymous", "TECHNICIANS"));
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.OTHER_TEAM, ADMIN, "/tc", "survey results S-" + id);
        assertThat(SlackJson.allText(response.body())).contains("There is no survey S-" + id + " in this workspace");
    }

    private String command(String text) {
        return slackAs(ADMIN, text);
    }

    private String slackAs(String user, String text) {
        return SlackJson.allText(slack.slashCommand(TEAM, user, "/tc", text).body());
    }

    private Map<String, JsonNode> settings(String title, String template, String anonymity, String audience) {
        return Map.of(blockId(SurveyField.TITLE), text(title),
                "template", selected("static_select", template),
                "anonymity", selected("radio_buttons", anonymity),
                blockId(SurveyField.AUDIENCE), selected("radio_buttons", audience),
                blockId(SurveyField.CLOSES), dateTime(TUESDAY_10AM.plusSeconds(3 * 86400).getEpochSecond()));
    }
}
