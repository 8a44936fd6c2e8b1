package org.techvoice.draft.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.draft.FindingsSource;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.ProgressUpdate;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.profile.CommitmentStage;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.support.ModalPayloads;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;

import com.fasterxml.jackson.databind.JsonNode;

/** Issue 17 parts 1 and 2: the stage in {@code /tc profile} and the kept progress history, driven by signed Slack requests. */
@SlackAppTest
class StageAndProgressSlackTest {

    static final String ADMIN = "U0ADMIN01";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    ProfileService profiles;
    @Autowired
    ActionPlanService actionPlan;
    @Autowired
    FindingsSource findings;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
        team = "T0STG" + teams.incrementAndGet();
    }

    @Test
    void aFreshWorkspaceIsAtStageOneWithATwentyFourMonthPlan() {
        assertThat(profiles.stage(team)).isEqualTo(CommitmentStage.FIRST);
        assertThat(profiles.chosenPlanMonths(team)).isEmpty();
        LocalDate today = LocalDate.now();
        assertThat(findings.findings(team, LocalDate.EPOCH, today).horizon()).isEqualTo(today.plusMonths(24));
    }

    @Test
    void theProfileFormAsksForTheStageAndSavingStageTwoGivesAThirtySixMonthPlanThatDrivesProposals() {
        slack.slashCommand(team, ADMIN, "/tc", "profile");
        String view = SlackApiStub.calls("views.open").get(0).get("view");
        assertThat(view).contains("\"block_id\":\"stage\"").contains("\"block_id\":\"last_submitted_on\"")
                .contains("\"block_id\":\"plan_months\"");

        Map<String, String> values = profileValues();
        values.put("stage", ModalPayloads.select("2"));
        values.put("last_submitted_on", ModalPayloads.date("2023-05-01"));
        HttpResponse<String> saved = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_profile", "", values));

        assertThat(SlackJson.parse(saved.body()).path("response_action").asText()).isEqualTo("update");
        assertThat(profiles.stage(team)).isEqualTo(new CommitmentStage(2, LocalDate.of(2023, 5, 1), 36));
        LocalDate today = LocalDate.now();
        assertThat(findings.findings(team, LocalDate.EPOCH, today).horizon()).isEqualTo(today.plusMonths(36));

        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack.slashCommand(team, ADMIN, "/tc", "profile");
        JsonNode reopened = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        assertThat(reopened.toString()).contains("\"initial_date\":\"2023-05-01\"").contains("\"value\":\"2\"");
    }

    @Test
    void theLeadMayChooseTheirOwnLengthAndNonsenseIsRefusedUnderTheField() {
        Map<String, String> values = profileValues();
        values.put("stage", ModalPayloads.select("3"));
        values.put("plan_months", ModalPayloads.text("three years"));
        values.put("last_submitted_on", ModalPayloads.date(LocalDate.now().plusDays(3).toString()));
        JsonNode errors = SlackJson.parse(slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_profile", "", values)).body())
                .path("errors");
        assertThat(errors.path("plan_months").asText()).contains("12 to 60").contains("e.g. 36");
        assertThat(errors.path("last_submitted_on").asText()).contains("in the future");
        assertThat(profiles.stage(team)).isEqualTo(CommitmentStage.FIRST);

        values.put("plan_months", ModalPayloads.text("30"));
        values.put("last_submitted_on", ModalPayloads.date("2024-01-15"));
        slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_profile", "", values));
        assertThat(profiles.stage(team)).isEqualTo(new CommitmentStage(3, LocalDate.of(2024, 1, 15), 30));
    }

    @Test
    void everyUpdateIsKeptAndTheListShowsTheTrajectory() {
        long id = addAction("TC-02", Rag.RED);
        openAndSubmitUpdate(id, "AMBER", "IN_PROGRESS", "Two apprentices recruited");
        openAndSubmitUpdate(id, "AMBER", "IN_PROGRESS", "Third interviewed");
        openAndSubmitUpdate(id, "GREEN", "DONE", "Four apprentices in post");

        List<ProgressUpdate> history = actionPlan.history(team, id);
        assertThat(history).extracting(ProgressUpdate::rag).containsExactly(Rag.RED, Rag.AMBER, Rag.AMBER, Rag.GREEN);
        assertThat(history).extracting(ProgressUpdate::note)
                .containsExactly(null, "Two apprentices recruited", "Third interviewed", "Four apprentices in post");
        assertThat(history.subList(1, 4)).extracting(ProgressUpdate::updatedBy).containsOnly(ADMIN);
        ActionItem action = actionPlan.find(team, id).orElseThrow();
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.rag()).isEqualTo(Rag.GREEN);

        String list = SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "action list").body());
        assertThat(list).contains("R → A → G").contains("Done").contains("last update <!date^");
    }

    @Test
    void simultaneousUpdatesAreAllKept() throws Exception {
        long id = addAction("TC-05", Rag.RED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Map<?, ?>>> updates = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Rag rag = Rag.values()[i % 3];
                String note = "Update " + i;
                String who = "U0OWNER" + i;
                updates.add(() -> actionPlan.update(team, who, id, new ProgressInput(rag, ActionStatus.IN_PROGRESS, note, null)));
            }
            for (Future<Map<?, ?>> done : pool.invokeAll(updates)) {
                assertThat(done.get()).isEmpty();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(actionPlan.history(team, id)).hasSize(13)
                .extracting(ProgressUpdate::note).filteredOn(n -> n != null).hasSize(12);
    }

    @Autowired
    List<org.techvoice.privacy.PersonalDataHolder> holders;

    @Test
    void whoUpdatedAnActionIsExportedAndForgottenOnRequestWhileTheUpdateStays() {
        long id = addAction("TC-07", Rag.RED);
        actionPlan.update(team, "U0OWNER77", id, new ProgressInput(Rag.AMBER, ActionStatus.IN_PROGRESS, "Halfway", null));
        var holder = holders.stream().filter(h -> h.section().equals("action plan updates")).findFirst().orElseThrow();

        assertThat(holder.export(team, "U0OWNER77").toString()).contains("TC-07").contains("Halfway");
        assertThat(holder.export("T0OTHER", "U0OWNER77").toString()).doesNotContain("TC-07");
        assertThat(holder.erase(team, "U0OWNER77").anonymised()).isEqualTo(1);

        List<ProgressUpdate> history = actionPlan.history(team, id);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).note()).isEqualTo("Halfway");
        assertThat(history.get(1).updatedBy()).isEqualTo("forgotten");
        assertThat(holder.export(team, "U0OWNER77").toString()).doesNotContain("Halfway");
    }

    @Test
    void whoAddedAnActionAndAMentionOfTheOwnerAreForgottenWhileTheActionStays() {
        assertThat(actionPlan.add(team, "U0ADDER88", new ActionInput("TC-05", Set.of(Theme.RECOGNITION), "Nominate technicians for awards",
                "<@U0ADDER88> with HR", LocalDate.of(2026, 1, 1), LocalDate.of(2099, 1, 1), "Six nominations", Rag.AMBER, null, null))).isEmpty();
        var holder = holders.stream().filter(h -> h.section().equals("action plan updates")).findFirst().orElseThrow();
        assertThat(holder.export(team, "U0ADDER88").toString()).contains("TC-05");

        // the history's first entry (the action as added), who added it, and the mention in its lead
        assertThat(holder.erase(team, "U0ADDER88").anonymised()).isEqualTo(3);

        var action = actionPlan.list(team).stream().filter(a -> a.reference().equals("TC-05")).findFirst().orElseThrow();
        assertThat(action.lead()).isEqualTo("forgotten with HR");
        assertThat(holder.export(team, "U0ADDER88").toString()).doesNotContain("TC-05");
    }

    @Test
    void anUpdateCitingEvidenceThatDoesNotExistIsRefusedAndNothingIsKept() {
        long id = addAction("TC-06", Rag.AMBER);
        Map<?, ?> errors = actionPlan.update(team, ADMIN, id, new ProgressInput(Rag.GREEN, ActionStatus.DONE, "Done", "V-99999"));
        assertThat(errors.toString()).contains("V-99999");
        assertThat(actionPlan.history(team, id)).hasSize(1);
    }

    @Test
    void theLeadsHomeShowsThePlanAtAGlance() {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        actionPlan.add(team, ADMIN, new ActionInput("TC-01", Set.of(Theme.VISIBILITY), "Overdue thing", "HR", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 6, 1), "Done by June", Rag.RED, null, null));
        long done = addAction("TC-02", Rag.GREEN);
        actionPlan.update(team, ADMIN, done, new ProgressInput(Rag.GREEN, ActionStatus.DONE, "Finished", null));

        var glance = actionPlan.glance(team);
        assertThat(glance.openByRag()).containsEntry(Rag.RED, 1L).doesNotContainKey(Rag.GREEN);
        assertThat(glance.overdue()).extracting(ActionItem::reference).containsExactly("TC-01");
        assertThat(glance.byStatus()).containsEntry(ActionStatus.DONE, 1L);

        slack.event(team, "Ev0HOME" + teams.incrementAndGet(), "{\"type\":\"app_home_opened\",\"user\":\"" + ADMIN + "\",\"channel\":\"D0HOME\",\"tab\":\"home\"}", Map.of());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> !SlackApiStub.calls("views.publish").isEmpty());
        String home = SlackJson.allText(SlackApiStub.calls("views.publish").get(0).get("view"));
        assertThat(home).contains("Action plan at a glance").contains("1 done, 0 dropped").contains("*Overdue* (1): TC-01");
    }

    private long addAction(String reference, Rag rag) {
        assertThat(actionPlan.add(team, ADMIN, new ActionInput(reference, Set.of(Theme.SUSTAINABILITY), "Start an apprenticeship scheme",
                "Head of Technical Services", LocalDate.of(2026, 1, 1), LocalDate.of(2099, 1, 1), "Four apprentices", rag, null, null))).isEmpty();
        return actionPlan.list(team).stream().filter(a -> a.reference().equals(reference)).findFirst().orElseThrow().id();
    }

    private void openAndSubmitUpdate(long id, String rag, String status, String note) {
        HttpResponse<String> saved = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_action_update", Long.toString(id),
                Map.of("rag", ModalPayloads.select(rag), "status", ModalPayloads.select(status), "update_note", ModalPayloads.text(note))));
        assertThat(SlackJson.allText(saved.body())).contains("Status updated");
    }

    private static Map<String, String> profileValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organisation_name", ModalPayloads.text("University of Stages"));
        values.put("signatory_date", ModalPayloads.date("2019-06-01"));
        return values;
    }
}
