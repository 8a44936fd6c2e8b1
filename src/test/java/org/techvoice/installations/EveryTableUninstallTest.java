package org.techvoice.installations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackPayloads.blockAction;
import static org.techvoice.support.SlackPayloads.button;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionNudges;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.KeyFiguresCollector;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.findings.DecisionResult;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.people.PeopleService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleChange;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianDetails;
import org.techvoice.people.TechnicianImport;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.recognition.ContributionDraft;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TeamTables;
import org.techvoice.surveys.AnswerOutcome;
import org.techvoice.surveys.BuilderInput;
import org.techvoice.surveys.QuestionInput;
import org.techvoice.surveys.SurveyAnswering;
import org.techvoice.surveys.SurveyBuilder;
import org.techvoice.surveys.SurveyLifecycle;
import org.techvoice.themes.Theme;
import org.techvoice.voice.VoiceService;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The whole promise of an uninstall: two workspaces use every feature through the app's own paths (signed Slack
 * requests and the features' services, never SQL), so that every table holding a workspace's rows has rows of both;
 * one uninstalls, and after the grace period every one of its rows is gone while the other's are exactly as they were.
 * A feature that adds a team table without a way to fill it here fails the "every table has rows" check first.
 */
@SlackAppTest
class EveryTableUninstallTest {

    /** Team tables this test cannot fill in single-workspace mode, and why their removal is tested elsewhere. */
    static final Map<String, String> NOT_FILLED = Map.of(
            "installation", "OAuth installations only: UninstallTest (an OAuth app) shows the uninstall removes them at once");

    static final String ADMIN = "U0ADMIN01";
    static final Duration GRACE = Duration.ofDays(30);
    private static final AtomicInteger runs = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;
    @Autowired
    WorkspaceDeletionJob deletionJob;
    @Autowired
    Installations installations;
    @Autowired
    LockProvider locks;
    @Autowired
    PeopleService people;
    @Autowired
    RoleService roles;
    @Autowired
    TechnicianImport technicianImport;
    @Autowired
    VoiceService voice;
    @Autowired
    ContributionService contributions;
    @Autowired
    CelebrationService celebrations;
    @Autowired
    SurveyBuilder surveyBuilder;
    @Autowired
    SurveyLifecycle surveyLifecycle;
    @Autowired
    SurveyAnswering surveyAnswering;
    @Autowired
    ProfileService profiles;
    @Autowired
    ActionPlanService actionPlan;
    @Autowired
    ActionNudges nudges;
    @Autowired
    PlanReviewService reviews;
    @Autowired
    SubmissionService submissions;
    @Autowired
    KeyFiguresCollector keyFigures;

    SlackTestClient slack;
    TeamTables tables;
    JdbcTemplate jdbc;
    SimpleLock storedRequestsHeld;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        tables = new TeamTables(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        // as if another instance were running the stored-request job: a submitted import waits in its table
        storedRequestsHeld = await().atMost(Duration.ofSeconds(10)).until(() -> locks.lock(new LockConfiguration(Instant.now(),
                "stored-requests", Duration.ofMinutes(5), Duration.ZERO)), Optional::isPresent).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        storedRequestsHeld.unlock();
        clock.reset();
    }

    @Test
    void afterTheGracePeriodEveryRowOfTheWorkspaceIsGoneAndNoneOfAnothers() {
        int run = runs.incrementAndGet();
        Workspace leaving = new Workspace("T0GONE" + run, "G" + run);
        Workspace staying = new Workspace("T0KEPT" + run, "K" + run);
        useEveryFeature(leaving);
        useEveryFeature(staying);
        awaitDeliveries(leaving, staying);

        slack.installationEvent(leaving.team(), null, "Ev0GONE" + run, "{\"type\":\"app_uninstalled\"}");
        Map<String, Integer> leavingBefore = tables.rowsOf(leaving.team());
        Map<String, Integer> stayingBefore = tables.rowsOf(staying.team());
        assertThat(without(leavingBefore, NOT_FILLED.keySet())).as("every team table has rows of the leaving workspace before the deletion "
                + "(a new table needs filling in useEveryFeature)").allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(without(stayingBefore, Set.of("installation", "workspace_deletion"))).as("and of the staying workspace")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(leavingBefore.keySet()).as("the tables compared are the schema's").containsAll(NOT_FILLED.keySet())
                .contains("workspace", "voice_entry", "survey_answer", "stored_request");

        clock.advance(GRACE.plusMinutes(1));
        assertThat(deletionJob.deleteDueWorkspaces()).contains(leaving.team()).doesNotContain(staying.team());

        assertThat(tables.rowsOf(leaving.team())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(tables.rowsOf(staying.team())).isEqualTo(stayingBefore);
        assertThat(installations.pendingDeletion(leaving.team())).isEmpty();
    }

    private static Map<String, Integer> without(Map<String, Integer> rows, Set<String> tables) {
        Map<String, Integer> kept = new java.util.TreeMap<>(rows);
        kept.keySet().removeAll(tables);
        return kept;
    }

    /** A workspace and its people, each with ids of its own so the two workspaces share nobody. */
    record Workspace(String team, String tag) {

        String lead() {
            return "U0LEAD" + tag;
        }

        String technician() {
            return "U0TECH" + tag;
        }

        String colleague() {
            return "U0PEER" + tag;
        }

        String network() {
            return "C0NET" + tag;
        }
    }

    private void useEveryFeature(Workspace ws) {
        String team = ws.team();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String user : List.of(ADMIN, ws.lead(), ws.technician(), ws.colleague())) {
            SlackPayloads.stubUser(user, team, false, false);
        }
        // people: technicians, roles (audited), a submitted import waiting for its job
        assertThat(slack.slashCommand(team, ADMIN, "/tc", "help").statusCode()).isEqualTo(200);
        assertThat(people.join(team, ws.technician(), new TechnicianDetails("School of Chemistry", "laboratory", null))).isEmpty();
        assertThat(roles.appoint(team, ADMIN, ws.lead(), Role.LEAD)).isEqualTo(RoleChange.DONE);
        technicianImport.requestImport(team, ADMIN, ws.colleague() + ",Physics,laboratory", "import-" + team);

        // voice and recognition, the celebration approved and reacted to in its channel
        voice.speak(team, ws.technician(), "Our workshop needs a second laser cutter for student projects", false, Set.of());
        contributions.log(team, ws.technician(), new ContributionDraft(ContributionKind.OTHER, "Ran the open day for schools",
                today, null, List.of(ws.colleague()), Set.of(Theme.VISIBILITY)));
        assertThat(slack.slashCommand(team, ADMIN, "/tc", "config network <#" + ws.network() + "|technicians>").statusCode()).isEqualTo(200);
        assertThat(celebrations.networkChannel(team)).contains(ws.network());
        long achievement = celebrations.celebrate(team, ws.colleague(), ws.technician(), "became a Registered Science Technician")
                .achievement().id();
        slack.interactive(blockAction(team, ws.technician(), button("achievement_approve", "consent:" + achievement,
                Long.toString(achievement)), null));
        String ts = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList("select delivered_ts from outbox_message "
                + "where team_id = ? and idempotency_key = ? and delivered_ts is not null", String.class, team,
                "achievement:" + achievement + ":post").stream().findFirst(), Optional::isPresent).orElseThrow();
        assertThat(slack.event(team, "Ev0RCT" + ws.tag(), """
                {"type":"reaction_added","user":"%s","reaction":"tada","item_user":"%s",\
                "item":{"type":"message","channel":"%s","ts":"%s"},"event_ts":"1767225600.000200"}"""
                .formatted(ws.colleague(), SlackApiStub.BOT_USER, ws.network(), ts), Map.of()).statusCode()).isEqualTo(200);

        // a survey of the technicians, opened and answered
        SurveyBuilder.Started started = surveyBuilder.start(team, ws.lead(), new BuilderInput("Workshop survey", null, null, false,
                "TECHNICIANS", null, null, null, clock.instant().plus(Duration.ofDays(7)), 0));
        assertThat(started).isInstanceOf(SurveyBuilder.Drafted.class);
        long survey = ((SurveyBuilder.Drafted) started).surveyId();
        assertThat(surveyBuilder.addQuestion(team, ws.lead(), survey, new QuestionInput("What would help most?", "FREE_TEXT",
                Theme.VISIBILITY.name(), null, null, null)).isEmpty()).isTrue();
        assertThat(surveyBuilder.schedule(team, ws.lead(), survey).isEmpty()).isTrue();
        surveyLifecycle.openDue();
        long question = surveyAnswering.form(team, ws.technician(), survey, 0).questions().get(0).id();
        assertThat(surveyAnswering.submit(team, ws.technician(), survey, 0, Map.of(question, List.of("A second laser cutter"))))
                .isInstanceOf(AnswerOutcome.Done.class);

        // the lead's self-assessment: profile, a dismissed finding, an action with progress, a submission, the switches
        assertThat(profiles.save(team, ws.lead(), new ProfileDetails("University " + ws.tag(), null, null, null, null, null, "Dr Lead",
                null, null, today.minusYears(1)))).isEmpty();
        reviews.review(team, today);
        assertThat(reviews.dismiss(team, ws.lead(), "F-GAP-SUS-3", "We run an apprenticeship scheme already", today))
                .isEqualTo(new DecisionResult.Dismissed());
        assertThat(actionPlan.add(team, ws.lead(), new ActionInput("TC-01", Set.of(Theme.VISIBILITY), "Technician profiles on the web",
                "Head of Technical Services", today, today.plusYears(1), "Profiles live", Rag.AMBER, null, null, null))).isEmpty();
        long action = actionPlan.list(team).get(0).id();
        assertThat(actionPlan.update(team, ws.lead(), action, new ProgressInput(Rag.GREEN, ActionStatus.IN_PROGRESS, "Ten live", null)))
                .isEmpty();
        nudges.setEnabled(team, false);
        assertThat(submissions.record(team, ws.lead(), today, keyFigures.collect(team, today.minusYears(1), today)).done()).isTrue();
        assertThat(slack.slashCommand(team, ADMIN, "/tc", "loop posts off").statusCode()).isEqualTo(200);
        // the lead's correction of the gap analysis: the celebrations do not evidence VIS-7 here
        assertThat(slack.slashCommand(team, ws.lead(), "/tc", "plan wrong VIS-7 celebrations").statusCode()).isEqualTo(200);
    }

    /** What the features queued has gone to Slack, so nothing changes under the comparison (no late retries or notices). */
    private void awaitDeliveries(Workspace... workspaces) {
        for (Workspace ws : workspaces) {
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from outbox_message "
                    + "where team_id = ? and status not in ('DELIVERED', 'FAILED')", Integer.class, ws.team()) == 0);
        }
    }
}
