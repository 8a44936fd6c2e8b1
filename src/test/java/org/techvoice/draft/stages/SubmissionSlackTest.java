package org.techvoice.draft.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.profile.CommitmentStage;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.draft.submission.Submission;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.draft.submission.SubmittedAction;
import org.techvoice.slack.DateMarkup;
import org.techvoice.support.ModalPayloads;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;

import com.fasterxml.jackson.databind.JsonNode;

/** Issue 17 part 3: {@code /tc submission record|add|list} driven by signed Slack requests. */
@SlackAppTest
class SubmissionSlackTest {

    static final String ADMIN = "U0ADMIN01";
    static final String TECHNICIAN = "U0TECH0998";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    ActionPlanService actionPlan;
    @Autowired
    SubmissionService submissions;
    @Autowired
    ProfileService profiles;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
        team = "T0SUB" + teams.incrementAndGet();
    }

    @Test
    void recordKeepsThePlanAsItStoodAndMovesTheProfileOnAStage() {
        actionPlan.add(team, ADMIN, new ActionInput("TC-01", Set.of(Theme.VISIBILITY), "Technician profiles on the web", "Comms",
                LocalDate.of(2024, 1, 1), LocalDate.of(2099, 1, 1), "40 profiles live", Rag.RED, null, null));
        long id = actionPlan.list(team).get(0).id();
        actionPlan.update(team, ADMIN, id, new ProgressInput(Rag.AMBER, ActionStatus.IN_PROGRESS, "20 live", null));
        LocalDate today = LocalDate.now();

        HttpResponse<String> ack = slack.slashCommand(team, ADMIN, "/tc", "submission record " + today);
        assertThat(SlackJson.allText(ack.body())).contains("Recording your submission of " + today);
        await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.postsTo("D" + ADMIN).size() == 1);
        assertThat(SlackApiStub.postsTo("D" + ADMIN).get(0).get("text")).contains("Recorded your submission").contains("Stage 2")
                .contains("36-month plan");

        Submission recorded = submissions.latest(team).orElseThrow();
        assertThat(recorded.stage()).isEqualTo(1);
        assertThat(recorded.source()).isEqualTo(Submission.Source.DRAFT);
        assertThat(recorded.figures()).isNotNull();
        assertThat(recorded.figures().perTheme()).containsKey(Theme.VISIBILITY);
        SubmittedAction kept = recorded.actions().get(0);
        assertThat(kept.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(kept.trajectory()).containsExactly(Rag.RED, Rag.AMBER);
        assertThat(profiles.stage(team)).isEqualTo(CommitmentStage.of(2, today));

        // later progress changes the plan, never the snapshot
        actionPlan.update(team, ADMIN, id, new ProgressInput(Rag.GREEN, ActionStatus.DONE, "40 live", null));
        assertThat(submissions.latest(team).orElseThrow().actions().get(0).status()).isEqualTo(ActionStatus.IN_PROGRESS);

        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "submission list").body()))
                .contains("Stage 1, submitted " + DateMarkup.day(today)).contains("1 action,");
    }

    @Test
    void badDatesAndNonLeadsGetAFriendlyAnswer() {
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "submission record 31/01/2026").body()))
                .contains("I can't read").contains("YYYY-MM-DD");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "submission record 2999-01-01").body()))
                .contains("in the future");
        assertThat(SlackJson.allText(slack.slashCommand(team, TECHNICIAN, "/tc", "submission record").body()))
                .contains("Only TechVoice leads and admins can");
        assertThat(submissions.all(team)).isEmpty();
    }

    @Test
    void anEarlierSubmissionIsTypedInWithItsPlanAsCsv() {
        slack.slashCommand(team, ADMIN, "/tc", "submission add");
        assertThat(SlackApiStub.calls("views.open").get(0).get("view")).contains("tc_submission_add");

        HttpResponse<String> bad = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_submission_add", "", Map.of(
                "submitted_on", ModalPayloads.date("2023-04-30"), "stage", ModalPayloads.select("1"),
                "plan", ModalPayloads.text("TC-01, Profiles on the web, Visibility, finished\nTC-02, Awards, Fame, done"))));
        JsonNode errors = SlackJson.parse(bad.body()).path("errors");
        assertThat(errors.path("plan").asText()).contains("Line 1").contains("not a status").contains("Line 2").contains("theme");
        assertThat(submissions.all(team)).isEmpty();

        HttpResponse<String> good = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_submission_add", "", Map.of(
                "submitted_on", ModalPayloads.date("2023-04-30"), "stage", ModalPayloads.select("1"),
                "plan", ModalPayloads.text("reference,action,themes,status,rag,deadline,achieved\n"
                        + "TC-01,Profiles on the web,Visibility,done,green,2024-12-31,\"40 profiles live, 12 more drafted\"\n"
                        + "TC-02,Technician awards,Recognition;Visibility,in progress,amber,,\n"
                        + "TC-03,Apprenticeships,Sustainability,dropped"))));
        assertThat(SlackJson.allText(good.body())).contains("Recorded your submission of 2023-04-30").contains("Stage 2");
        List<SubmittedAction> plan = submissions.latest(team).orElseThrow().actions();
        assertThat(plan).extracting(SubmittedAction::reference).containsExactly("TC-01", "TC-02", "TC-03");
        assertThat(plan.get(0).note()).isEqualTo("40 profiles live, 12 more drafted");
        assertThat(plan.get(1).themes()).containsExactlyInAnyOrder(Theme.RECOGNITION, Theme.VISIBILITY);
        assertThat(plan.get(2).status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(submissions.latest(team).orElseThrow().figures()).isNull();
        assertThat(profiles.stage(team)).isEqualTo(CommitmentStage.of(2, LocalDate.of(2023, 4, 30)));

        HttpResponse<String> again = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_submission_add", "", Map.of(
                "submitted_on", ModalPayloads.date("2023-04-30"), "stage", ModalPayloads.select("1"),
                "plan", ModalPayloads.text("TC-09,Something,Visibility,done"))));
        assertThat(SlackJson.parse(again.body()).at("/errors/submitted_on").asText()).contains("already recorded");
    }
}
