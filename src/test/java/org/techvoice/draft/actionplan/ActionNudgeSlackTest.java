package org.techvoice.draft.actionplan;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.ModalPayloads;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;

/**
 * Issue 17: the monthly nudge to an action's owner, driven with fixed instants far from today (so the real-time job
 * never finds these actions due), WireMock as Slack, and signed requests for the Update button and the switch.
 */
@SlackAppTest
class ActionNudgeSlackTest {

    static final String ADMIN = "U0ADMIN01";
    /** Last update of every action here: Tuesday 15 January 2030, 10:00 UTC. */
    static final Instant LAST_UPDATE = Instant.parse("2030-01-15T10:00:00Z");
    /** Friday 15 February 2030, 10:00 UTC: a month on, working time in London, 05:00 in New York. */
    static final Instant MONTH_LATER = Instant.parse("2030-02-15T10:00:00Z");
    private static final AtomicInteger counter = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    ActionPlanService actionPlan;
    @Autowired
    ActionNudges nudges;
    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;
    String team;
    String owner;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
        int n = counter.incrementAndGet();
        team = "T0NDG" + n;
        owner = "U0OWNR" + n + "X";
    }

    @Test
    void theOwnerIsNudgedOnceAMonthInTheirWorkingHoursWithTheActionAndAnUpdateButton() {
        stubPerson(owner, "Europe/London");
        long id = addAction("TC-01", "<@" + owner + ">");

        nudges.nudgeDue(MONTH_LATER.minus(Duration.ofDays(1)));
        nudges.nudgeDue(Instant.parse("2030-02-15T08:00:00Z")); // a month on, but 08:00 in London
        assertThat(nudgeKeys()).isEmpty();

        nudges.nudgeDue(MONTH_LATER);
        nudges.nudgeDue(MONTH_LATER.plus(Duration.ofHours(1))); // the same month: nothing more
        assertThat(nudgeKeys()).containsExactly("action:" + id + ":nudge:2030-02");

        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo("D" + owner).size() == 1);
        Map<String, String> dm = SlackApiStub.postsTo("D" + owner).get(0);
        String blocks = SlackJson.allText(dm.get("blocks"));
        assertThat(blocks).contains("You lead *TC-01*").contains("Start an apprenticeship scheme").contains("Update")
                .contains("/tc action nudges off");
        assertThat(dm.get("blocks")).contains("tc_action_update_open").contains("\"value\":\"" + id + "\"");

        // the next one waits a month from this nudge
        nudges.nudgeDue(Instant.parse("2030-03-14T10:00:00Z"));
        assertThat(nudgeKeys()).hasSize(1);
        nudges.nudgeDue(Instant.parse("2030-03-15T10:00:00Z"));
        assertThat(nudgeKeys()).contains("action:" + id + ":nudge:2030-03").hasSize(2);
    }

    @Test
    void anOwnerInNewYorkIsNudgedInNewYorksWorkingDay() {
        stubPerson(owner, "America/New_York");
        long id = addAction("TC-01", "<@" + owner + ">");

        nudges.nudgeDue(MONTH_LATER); // 05:00 in New York
        assertThat(nudgeKeys()).isEmpty();
        nudges.nudgeDue(MONTH_LATER.plus(Duration.ofHours(5))); // 10:00 there
        assertThat(nudgeKeys()).containsExactly("action:" + id + ":nudge:2030-02");
    }

    @Test
    void noNudgeForADoneOrDroppedActionARecentUpdateARoleOrWhenALeadSwitchedThemOff() {
        stubPerson(owner, "Europe/London");
        long done = addAction("TC-01", "<@" + owner + ">");
        long dropped = addAction("TC-02", "<@" + owner + ">");
        addAction("TC-03", "Head of Technical Services");
        long updated = addAction("TC-04", "<@" + owner + ">");
        actionPlan.update(team, ADMIN, done, new ProgressInput(Rag.GREEN, ActionStatus.DONE, "Finished", null));
        actionPlan.update(team, ADMIN, dropped, new ProgressInput(Rag.RED, ActionStatus.DROPPED, "No budget", null));
        backdate(done, LAST_UPDATE);
        backdate(dropped, LAST_UPDATE);
        backdate(updated, MONTH_LATER.minus(Duration.ofDays(3)));

        nudges.nudgeDue(MONTH_LATER);
        assertThat(nudgeKeys()).isEmpty();

        long open = addAction("TC-05", "<@" + owner + ">");
        HttpResponse<String> off = slack.slashCommand(team, ADMIN, "/tc", "action nudges off");
        assertThat(SlackJson.allText(off.body())).contains("*off*");
        assertThat(nudges.enabled(team)).isFalse();
        nudges.nudgeDue(MONTH_LATER);
        assertThat(nudgeKeys()).isEmpty();

        slack.slashCommand(team, ADMIN, "/tc", "action nudges on");
        nudges.nudgeDue(MONTH_LATER);
        assertThat(nudgeKeys()).containsExactly("action:" + open + ":nudge:2030-02");

        // a technician may not switch them
        HttpResponse<String> refused = slack.slashCommand(team, "U0TECH001", "/tc", "action nudges off");
        assertThat(SlackJson.allText(refused.body())).contains("Sorry");
        assertThat(nudges.enabled(team)).isTrue();
    }

    @Test
    void theUpdateButtonOpensTheFormForTheOwnerAndALeadButNotForSomeoneElse() {
        long id = addAction("TC-01", "<@" + owner + ">");

        slack.interactive(ModalPayloads.buttonPress(team, owner, "tc_action_update_open", Long.toString(id)));
        slack.interactive(ModalPayloads.buttonPress(team, "U0STRANGR1", "tc_action_update_open", Long.toString(id)));
        List<Map<String, String>> opened = SlackApiStub.calls("views.open");
        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).get("view")).contains("tc_action_update");
        assertThat(SlackJson.allText(opened.get(1).get("view"))).contains("Sorry").doesNotContain("tc_action_update\"");

        // the owner saves an update; a stranger's forged submission is refused
        HttpResponse<String> saved = slack.interactive(ModalPayloads.viewSubmission(team, owner, "tc_action_update", Long.toString(id),
                Map.of("rag", ModalPayloads.select("GREEN"), "status", ModalPayloads.select("IN_PROGRESS"),
                        "update_note", ModalPayloads.text("Two apprentices started"))));
        assertThat(SlackJson.allText(saved.body())).contains("Status updated");
        assertThat(actionPlan.history(team, id)).last().satisfies(update -> assertThat(update.updatedBy()).isEqualTo(owner));
        HttpResponse<String> forged = slack.interactive(ModalPayloads.viewSubmission(team, "U0STRANGR1", "tc_action_update", Long.toString(id),
                Map.of("rag", ModalPayloads.select("RED"), "status", ModalPayloads.select("DROPPED"), "update_note", ModalPayloads.text("x"))));
        assertThat(SlackJson.allText(forged.body())).contains("Sorry");
        assertThat(actionPlan.find(team, id).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    private long addAction(String reference, String lead) {
        assertThat(actionPlan.add(team, ADMIN, new ActionInput(reference, Set.of(Theme.SUSTAINABILITY), "Start an apprenticeship scheme",
                lead, LocalDate.of(2029, 1, 1), LocalDate.of(2031, 1, 1), "Four apprentices", Rag.AMBER, null, null))).isEmpty();
        long id = actionPlan.list(team).stream().filter(a -> a.reference().equals(reference)).findFirst().orElseThrow().id();
        backdate(id, LAST_UPDATE);
        return id;
    }

    private void backdate(long id, Instant when) {
        jdbc.update("update action_plan_item set updated_at = ? where team_id = ? and id = ?", Timestamp.from(when), team, id);
    }

    private List<String> nudgeKeys() {
        return jdbc.queryForList("select idempotency_key from outbox_message where team_id = ? and idempotency_key like 'action:%:nudge:%' order by idempotency_key",
                String.class, team);
    }

    private static void stubPerson(String userId, String zone) {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/users.info"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matching("(.*&)?user=" + userId + "(&.*)?"))
                .willReturn(SlackApiStub.okJson("""
                        {"ok":true,"user":{"id":"%s","team_id":"T0X","name":"owner","tz":"%s","deleted":false,"is_admin":false,\
                        "is_owner":false,"is_primary_owner":false,"is_bot":false,"is_app_user":false}}""".formatted(userId, zone))));
    }
}
