package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackPayloads.blockAction;
import static org.techvoice.support.SlackPayloads.button;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 20: the App Home by role, as Slack drives it (a signed app_home_opened event, views.publish read from
 * WireMock): technicians keep their own part; champions get theirs; leads and admins get the self-assessment, the
 * plan review, surveys and roles; each part's buttons open the right form, and a click is checked for the role again.
 */
@SlackAppTest
class AppHomeByRoleTest {

    static final String ADMIN = "U0ADMIN01";
    static final String LEAD = "U0HOMELEAD";
    static final String CHAMPION = "U0HOMECHMP";
    static final String TECHNICIAN = "U0HOMETECH";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    RoleService roles;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        team = "T0HOME" + String.format("%03d", teams.incrementAndGet());
        for (String user : List.of(ADMIN, LEAD, CHAMPION, TECHNICIAN)) {
            SlackPayloads.stubUser(user, team, false, false);
        }
        roles.grant(team, LEAD, Role.LEAD, ADMIN);
        roles.grant(team, CHAMPION, Role.CHAMPION, ADMIN);
        // the app confirms its bot token with auth.test on its first request, within 2 s: on a busy machine the first
        // try can miss that (and the event is then turned away), so make sure it is done before the tests' own events
        for (int i = 0; i < 5 && !warmedUp(); i++) {
            Thread.onSpinWait();
        }
    }

    private boolean warmedUp() {
        try {
            return !SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "help").body()).contains("can't confirm");
        } catch (IllegalStateException timedOut) {
            return false;
        }
    }

    @Test
    void aTechnicianKeepsTheirOwnPartOnly() {
        JsonNode home = publishedHome(TECHNICIAN);

        assertThat(headers(home)).contains("Your TechVoice").doesNotContain("Technician champion", "Your self-assessment",
                "Surveys", "Roles");
        assertThat(actionIds(home)).contains("home_voice", "home_log", "home_celebrate")
                .doesNotContain("home_draft_pull", "home_survey_new", "home_champion_celebrate", "home_people_import");
    }

    @Test
    void aChampionSeesTheirCelebrationsWaitingTheChannelAndANudgeToLog() {
        slack.slashCommand(team, CHAMPION, "/tc", "celebrate <@" + TECHNICIAN + "> passed the RSciTech assessment");

        JsonNode home = publishedHome(CHAMPION);
        String text = SlackJson.allText(home.toString());

        assertThat(headers(home)).contains("Your TechVoice", "Technician champion").doesNotContain("Your self-assessment", "Surveys", "Roles");
        assertThat(text).contains("Waiting for an answer").contains("<@" + TECHNICIAN + ">").contains("passed the RSciTech assessment")
                .contains("_not set yet_").contains("/tc config network").contains("Encourage logging").contains("`/tc log`")
                .as("champions see theme counts").contains("Last 30 days");
        assertThat(actionIds(home)).contains("home_champion_celebrate").doesNotContain("home_draft_pull", "home_people_import");

        slack.interactive(blockAction(team, CHAMPION, button("home_champion_celebrate", "home_champion_actions", "celebrate"), null));
        assertThat(openedView(0).path("callback_id").asText()).isEqualTo("celebrate_modal");
    }

    @Test
    void aLeadSeesTheSelfAssessmentThePlanReviewSurveysAndRolesWithButtonsThatOpenTheirForms() {
        JsonNode home = publishedHome(LEAD);
        String text = SlackJson.allText(home.toString());

        assertThat(headers(home)).containsSubsequence("Your TechVoice", "Your self-assessment", "Surveys", "Roles")
                .doesNotContain("Technician champion");
        assertThat(actionIds(home)).contains("home_draft_pull", "home_draft_canvas", "home_profile_open", "home_action_add",
                "home_survey_new").doesNotContain("home_people_import", "home_champion_celebrate");
        assertThat(text).contains("_not filled in yet_").contains("No surveys yet").contains("<@" + LEAD + ">")
                .contains("Admins appoint leads and champions");

        slack.interactive(blockAction(team, LEAD, button("home_profile_open", "home_draft_actions", "profile"), null));
        slack.interactive(blockAction(team, LEAD, button("home_action_add", "home_draft_actions", "action"), null));
        slack.interactive(blockAction(team, LEAD, button("home_survey_new", "home_survey_actions", "new"), null));
        slack.interactive(blockAction(team, LEAD, button("home_draft_pull", "home_draft_actions", "draft"), null));
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            opened.add(openedView(i).toString());
        }
        assertThat(opened.get(0)).contains("organisation");
        assertThat(opened.get(1)).containsIgnoringCase("action");
        assertThat(opened.get(2)).as("the survey builder").contains("BASELINE");
        assertThat(SlackJson.allText(opened.get(3))).contains("Compiling your self-assessment draft");
    }

    @Test
    void anAdminAlsoImportsTechniciansAndATechniciansClickOnALeadButtonIsRefused() {
        JsonNode home = publishedHome(ADMIN);
        assertThat(headers(home)).contains("Your self-assessment", "Surveys", "Roles", "Technician champion");
        assertThat(actionIds(home)).contains("home_people_import", "home_draft_pull");
        assertThat(SlackJson.allText(home.toString())).contains("You are an admin");

        // a stale tab, or a forged click: the role is checked again
        slack.interactive(blockAction(team, TECHNICIAN, button("home_draft_pull", "home_draft_actions", "draft"), null));
        slack.interactive(blockAction(team, TECHNICIAN, button("home_survey_new", "home_survey_actions", "new"), null));
        slack.interactive(blockAction(team, TECHNICIAN, button("home_people_import", "home_people_actions", "import"), null));
        for (int i = 0; i < 3; i++) {
            assertThat(SlackJson.allText(openedView(i).toString())).contains(":lock:");
        }
    }

    private JsonNode openedView(int index) {
        await().atMost(Duration.ofSeconds(15)).until(() -> SlackApiStub.calls("views.open").size() > index);
        return SlackJson.parse(SlackApiStub.calls("views.open").get(index).get("view"));
    }

    private JsonNode publishedHome(String user) {
        int before = SlackApiStub.calls("views.publish").size();
        slack.event(team, "Ev" + System.nanoTime(), """
                {"type":"app_home_opened","user":"%s","channel":"D0HOME001","tab":"home","event_ts":"1767225600.000100"}"""
                .formatted(user), Map.of());
        // the first request of a run confirms the bot token with auth.test and warms the plan review: on a busy
        // machine that takes longer than a publish normally does
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.calls("views.publish").size() > before);
        Map<String, String> call = SlackApiStub.calls("views.publish").get(before);
        assertThat(call.get("user_id")).isEqualTo(user);
        return SlackJson.parse(call.get("view"));
    }

    private static List<String> headers(JsonNode view) {
        List<String> headers = new ArrayList<>();
        view.path("blocks").forEach(b -> {
            if ("header".equals(b.path("type").asText())) {
                headers.add(b.path("text").path("text").asText());
            }
        });
        return headers;
    }

    private static List<String> actionIds(JsonNode view) {
        List<String> ids = new ArrayList<>();
        view.findValues("action_id").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
