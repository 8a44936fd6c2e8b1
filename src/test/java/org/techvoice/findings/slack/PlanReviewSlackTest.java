package org.techvoice.findings.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.audit.AuditLog;
import org.techvoice.audit.AuditRecord;
import org.techvoice.draft.Finding;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.document.CompiledDraft;
import org.techvoice.draft.document.DraftCompiler;
import org.techvoice.findings.PlanReview;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.slack.DateMarkup;
import org.techvoice.support.ModalPayloads;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;
import org.techvoice.voice.VoiceService;

/**
 * The lead's review in Slack, driven as Slack drives it: signed slash commands, button clicks and form submissions to
 * /slack/events, Slack's Web API and response_urls stood in by WireMock; each decision checked in the plan and the
 * audit log.
 */
@SlackAppTest
class PlanReviewSlackTest {

    static final String ADMIN = "U0ADMIN01";
    static final String LEAD = "U0PLANLEAD";
    static final String TECHNICIAN = "U0PLANTECH";
    private static final AtomicInteger teams = new AtomicInteger();

    /** What technicians said, in their own words: enough for findings with proposals on two concerns. */
    static final List<String> SAID = List.of(
            "There is no clear career pathway for technicians here; nobody knows how to reach the next grade.",
            "I have been on the same grade for ten years with no route to progress.",
            "Please publish promotion criteria and career progression routes for technical staff.",
            "Career progression for technicians depends on luck, not on a documented pathway.",
            "A technician career framework with grade profiles would stop people leaving.",
            "What does it take to progress from grade 5 to grade 6 as a technician? It is not written anywhere.",
            "Please fund professional registration fees: I pay for my RSciTech registration myself.",
            "Could the university pay the Science Council registration fee for technicians?",
            "Professional registration (RSciTech, EngTech) costs us money out of our own pockets.",
            "Support with registration fees would encourage more of us to register professionally.",
            "I would register as RSciTech if the fee was covered by my department.");

    @LocalServerPort
    int port;
    @Autowired
    RoleService roles;
    @Autowired
    VoiceService voice;
    @Autowired
    PlanReviewService reviews;
    @Autowired
    ActionPlanService actionPlan;
    @Autowired
    AuditLog audit;
    @Autowired
    DraftCompiler drafts;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"view\":{\"id\":\"V0PLANFORM\"}}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.update"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"view\":{\"id\":\"V0PLANFORM\"}}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
        team = "T0PLAN" + teams.incrementAndGet();
        // the app confirms its bot token with auth.test on its first request, within 2 s: on a busy machine the first try
        // can miss that, so make sure it is done before the timing of the tests' own requests counts
        for (int i = 0; i < 5 && !warmedUp(); i++) {
            Thread.onSpinWait();
        }
        roles.grant(team, LEAD, Role.LEAD, ADMIN);
        SAID.forEach(text -> voice.speak(team, TECHNICIAN, text, true, Set.of()));
    }

    private boolean warmedUp() {
        try {
            return !SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "help").body()).contains("can't confirm");
        } catch (IllegalStateException timedOut) {
            return false;
        }
    }

    /** The first open finding with a proposal, as the lead sees it. */
    PlanReview.FindingReview openFinding() {
        PlanReview review = reviews.review(team, LocalDate.now());
        return review.themes().stream().flatMap(t -> t.findings().stream())
                .filter(f -> f.finding().status() == Finding.Status.OPEN && !f.proposals().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no open finding with a proposal in " + review));
    }

    List<AuditRecord> audits(String action) {
        return audit.latest(team, AuditLog.MAX_SHOWN).stream().filter(a -> a.action().equals(action)).toList();
    }

    @Test
    void aTechnicianIsRefusedPlanWithTheAppsUsualRefusal() {
        HttpResponse<String> response = slack.slashCommand(team, TECHNICIAN, "/tc", "plan");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("Only TechVoice leads and admins can").contains("<@" + LEAD + ">");
        assertThat(SlackJson.allText(response.body())).doesNotContain(PlanSubcommand.READING);
    }

    @Test
    void theLeadGetsTheReviewAfterAnImmediateAnswerAndAnUnknownThemeIsExplained() {
        String url = SlackApiStub.responseUrl("plan-" + team);
        long started = System.nanoTime();
        HttpResponse<String> response = slack.slashCommand(team, LEAD, "/tc", "plan", url);
        long ackMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains(PlanSubcommand.READING);
        assertThat(ackMs).as("ack within Slack's 3 s").isLessThan(3000);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("plan-" + team).size() == 1);
        String review = SlackApiStub.responses("plan-" + team).get(0);
        PlanReview.FindingReview finding = openFinding();
        assertThat(review).contains(finding.finding().reference()).contains(finding.proposals().get(0).reference())
                .contains(PlanBlocks.ACCEPT).contains(PlanBlocks.EDIT).contains(PlanBlocks.DISMISS).contains("await your decision").doesNotContain("(s)");
        // days as the draft writes them ("1 January 2027 → 31 December 2027"), never ISO
        ProposedAction first = finding.proposals().get(0);
        assertThat(review).contains(DateMarkup.day(first.startsOn()) + " → " + DateMarkup.day(first.deadline()))
                .doesNotContain(first.startsOn().toString());

        HttpResponse<String> unknown = slack.slashCommand(team, LEAD, "/tc", "plan astrology");
        assertThat(SlackJson.allText(unknown.body())).contains("I don't know the theme").contains("`career`");
    }

    @Test
    void acceptMakesAnActionKeepingItsOriginIsAuditedRefreshesTheMessageAndASecondClickIsToldKindly() {
        ProposedAction proposal = openFinding().proposals().get(0);
        String url = SlackApiStub.responseUrl("accept-" + team);

        HttpResponse<String> click = slack.buttonClick(team, LEAD, "plan:x", PlanBlocks.ACCEPT, proposal.reference(), url);

        assertThat(click.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("accept-" + team).size() == 1);
        List<ActionItem> plan = actionPlan.list(team);
        assertThat(plan).hasSize(1);
        ActionItem action = plan.get(0);
        assertThat(action.origin()).isEqualTo(proposal.origin()).isNotEqualTo(ActionOrigin.LEAD);
        assertThat(action.findingReferences()).containsExactly(proposal.findingReference());
        assertThat(audits("plan.accept")).singleElement().satisfies(a -> {
            assertThat(a.actorUserId()).isEqualTo(LEAD);
            assertThat(a.detail()).contains(proposal.reference()).contains(action.reference());
        });
        assertThat(SlackApiStub.responses("accept-" + team).get(0)).contains("\"replace_original\":true")
                .contains("Accepted *" + proposal.reference() + "* as *" + action.reference() + "*");

        // the same button again, e.g. a double click: nothing more is added and the lead is told why
        slack.buttonClick(team, LEAD, "plan:x", PlanBlocks.ACCEPT, proposal.reference(), url);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("accept-" + team).size() == 2);
        assertThat(SlackApiStub.responses("accept-" + team).get(1)).containsAnyOf("already decided", "no longer in the review");
        assertThat(actionPlan.list(team)).hasSize(1);
        assertThat(audits("plan.accept")).hasSize(1);

        // the draft carries the thread: the action's origin in the plan, and the finding → action table
        CompiledDraft draft = drafts.compile(team, null);
        assertThat(draft.markdown()).contains("| " + action.reference() + " |")
                .contains("(" + proposal.findingReference() + ") |")
                .contains("### From what technicians said to the action plan")
                .containsPattern("\\| " + java.util.regex.Pattern.quote(proposal.findingReference()) + ": [^|]+\\| [^|]+\\| "
                        + java.util.regex.Pattern.quote(action.reference()) + ": ");
    }

    @Test
    void editOpensTheActionFormPrefilledThenAcceptsTheLeadsVersionWithErrorsUnderTheirFields() {
        ProposedAction proposal = openFinding().proposals().get(0);
        String url = SlackApiStub.responseUrl("edit-" + team);

        HttpResponse<String> click = slack.buttonClick(team, LEAD, "plan:x", PlanBlocks.EDIT, proposal.reference(), url);

        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(SlackApiStub.calls("views.open")).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.calls("views.update").size() == 1);
        String form = SlackApiStub.calls("views.update").get(0).get("view");
        assertThat(form).contains(PlanActionsListener.EDIT_CALLBACK).contains("\"block_id\":\"findings\"")
                .contains(proposal.findingReference()).contains("\"initial_date\":\"" + proposal.startsOn() + "\"");

        String metadata = proposal.reference() + "\n" + url;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", ModalPayloads.text("TC-42"));
        values.put("themes", ModalPayloads.multiSelect(Theme.CAREER_DEVELOPMENT.name()));
        values.put("description", ModalPayloads.text("Career pathway workshops in every faculty, written with technicians"));
        values.put("lead", ModalPayloads.text("Faculty technical managers"));
        values.put("starts_on", ModalPayloads.date("2027-01-01"));
        values.put("deadline", ModalPayloads.date("2026-12-01"));
        values.put("success_measure", ModalPayloads.text("80% know how to progress, from the next baseline survey"));
        values.put("rag", ModalPayloads.select("GREEN"));
        values.put("update_note", ModalPayloads.text(null));
        values.put("evidence", ModalPayloads.text(null));
        values.put("findings", ModalPayloads.text(null));

        HttpResponse<String> wrong = slack.interactive(ModalPayloads.viewSubmission(team, LEAD, PlanActionsListener.EDIT_CALLBACK, metadata, values));
        assertThat(wrong.body()).contains("\"response_action\":\"errors\"").contains("\"deadline\"");
        assertThat(actionPlan.list(team)).isEmpty();

        values.put("deadline", ModalPayloads.date("2028-06-30"));
        HttpResponse<String> right = slack.interactive(ModalPayloads.viewSubmission(team, LEAD, PlanActionsListener.EDIT_CALLBACK, metadata, values));

        assertThat(right.body()).contains("\"response_action\":\"update\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> !actionPlan.list(team).isEmpty());
        ActionItem action = actionPlan.list(team).get(0);
        assertThat(action.reference()).isEqualTo("TC-42");
        assertThat(action.description()).isEqualTo("Career pathway workshops in every faculty, written with technicians");
        assertThat(action.findingReferences()).contains(proposal.findingReference());
        assertThat(action.origin()).isNotEqualTo(ActionOrigin.LEAD);
        await().atMost(Duration.ofSeconds(30)).until(() -> !audits("plan.accept-edited").isEmpty());
        assertThat(audits("plan.accept-edited").get(0).detail()).contains(proposal.reference()).contains("TC-42");
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("edit-" + team).size() == 1);
        assertThat(SlackApiStub.responses("edit-" + team).get(0)).contains("Accepted *" + proposal.reference() + "* as *TC-42*");
    }

    @Test
    void dismissAsksForAReasonRequiredKeepsItInTheAuditAndTheFindingComesBackDismissedWithIt() {
        Finding finding = openFinding().finding();
        String url = SlackApiStub.responseUrl("dismiss-" + team);

        slack.buttonClick(team, LEAD, "plan:x", PlanBlocks.DISMISS, PlanBlocks.dismissValue(finding), url);

        assertThat(SlackApiStub.calls("views.open")).singleElement().satisfies(call -> assertThat(call.get("view"))
                .contains(PlanActionsListener.DISMISS_CALLBACK).contains(finding.reference()).contains("Why is it not acted on?"));
        String metadata = finding.reference() + "\n" + url;
        HttpResponse<String> blank = slack.interactive(ModalPayloads.viewSubmission(team, LEAD, PlanActionsListener.DISMISS_CALLBACK,
                metadata, Map.of(PlanActionsListener.REASON, ModalPayloads.text("   "))));
        assertThat(blank.body()).contains("\"response_action\":\"errors\"").contains("Please say why");
        assertThat(audits("plan.dismiss")).isEmpty();

        String reason = "The faculties already fund this through their own scheme since 2025.";
        HttpResponse<String> given = slack.interactive(ModalPayloads.viewSubmission(team, LEAD, PlanActionsListener.DISMISS_CALLBACK,
                metadata, Map.of(PlanActionsListener.REASON, ModalPayloads.text(reason))));

        assertThat(given.body()).contains("\"response_action\":\"update\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> !audits("plan.dismiss").isEmpty());
        assertThat(audits("plan.dismiss").get(0).detail()).contains(finding.reference()).contains(reason);
        Finding after = reviews.review(team, LocalDate.now()).findings().finding(finding.reference()).orElseThrow();
        assertThat(after.status()).isEqualTo(Finding.Status.DISMISSED);
        assertThat(after.dismissalReason()).isEqualTo(reason);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("dismiss-" + team).size() == 1);
        assertThat(SlackApiStub.responses("dismiss-" + team).get(0)).contains("Dismissed *" + finding.reference() + "*");
        String markdown = drafts.compile(team, null).markdown();
        assertThat(markdown.substring(markdown.indexOf("### Findings not acted on, and why"))).contains(finding.reference())
                .contains(reason);
    }

    @Test
    void aReviewOfOneThemeStaysOnThatThemeAfterAcceptAndAfterADismissalsForm() {
        PlanReview.FindingReview open = openFinding();
        ProposedAction proposal = open.proposals().get(0);
        Theme theme = open.finding().mainTheme();
        String only = theme.displayName() + " only.";
        String url = SlackApiStub.responseUrl("theme-" + team);

        // the message of `/tc plan <theme>` carries its theme in every finding's buttons
        assertThat(PlanBlocks.review(reviews.review(team, LocalDate.now()), theme, null, PlanReplies.MESSAGE_BUDGET, false).toString())
                .contains(PlanBlocks.blockId(open.finding().reference(), theme));

        slack.buttonClick(team, LEAD, PlanBlocks.blockId(open.finding().reference(), theme), PlanBlocks.ACCEPT, proposal.reference(), url);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("theme-" + team).size() == 1);
        assertThat(SlackApiStub.responses("theme-" + team).get(0)).contains("Accepted *" + proposal.reference() + "*").contains(only);

        Finding next = reviews.review(team, LocalDate.now()).themes().stream().flatMap(t -> t.findings().stream())
                .map(PlanReview.FindingReview::finding).filter(f -> f.status() == Finding.Status.OPEN).findFirst().orElseThrow();
        slack.buttonClick(team, LEAD, PlanBlocks.blockId(next.reference(), next.mainTheme()), PlanBlocks.DISMISS,
                PlanBlocks.dismissValue(next), url);
        String metadata = SlackApiStub.calls("views.open").get(0).get("view");
        assertThat(metadata).contains(next.mainTheme().name());
        slack.interactive(ModalPayloads.viewSubmission(team, LEAD, PlanActionsListener.DISMISS_CALLBACK,
                next.reference() + "\n" + url + "\n" + PlanBlocks.blockId("", next.mainTheme()),
                Map.of(PlanActionsListener.REASON, ModalPayloads.text("Handled by the faculty's own scheme."))));
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("theme-" + team).size() == 2);
        assertThat(SlackApiStub.responses("theme-" + team).get(1)).contains("Dismissed *" + next.reference() + "*")
                .contains(next.mainTheme().displayName() + " only.");
    }

    @Test
    void aTechnicianPressingAReviewButtonChangesNothing() {
        ProposedAction proposal = openFinding().proposals().get(0);
        String url = SlackApiStub.responseUrl("tech-" + team);
        slack.buttonClick(team, TECHNICIAN, "plan:x", PlanBlocks.ACCEPT, proposal.reference(), url);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("tech-" + team).size() == 1);
        assertThat(SlackApiStub.responses("tech-" + team).get(0)).contains("Only TechVoice leads and admins can");
        assertThat(actionPlan.list(team)).isEmpty();
    }

    @Test
    void actionAddLinksAnActionToFindingsByReferenceAndExplainsAnUnknownOne() {
        Finding finding = openFinding().finding();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", ModalPayloads.text("TC-07"));
        values.put("themes", ModalPayloads.multiSelect(Theme.RECOGNITION.name()));
        values.put("description", ModalPayloads.text("Fund registration fees centrally"));
        values.put("lead", ModalPayloads.text("Head of Technical Services"));
        values.put("starts_on", ModalPayloads.date("2027-01-01"));
        values.put("deadline", ModalPayloads.date("2027-12-31"));
        values.put("success_measure", ModalPayloads.text("40 newly registered technicians"));
        values.put("rag", ModalPayloads.select("AMBER"));
        values.put("findings", ModalPayloads.text("F-NOPE-9"));

        HttpResponse<String> unknown = slack.interactive(ModalPayloads.viewSubmission(team, LEAD, "tc_action_add", null, values));
        assertThat(unknown.body()).contains("\"response_action\":\"errors\"").contains("\"findings\"").contains("F-NOPE-9");

        values.put("findings", ModalPayloads.text(finding.reference().toLowerCase()));
        HttpResponse<String> linked = slack.interactive(ModalPayloads.viewSubmission(team, LEAD, "tc_action_add", null, values));

        assertThat(linked.body()).contains("\"response_action\":\"update\"").contains("answering " + finding.reference());
        ActionItem action = actionPlan.list(team).get(0);
        assertThat(action.findingReferences()).containsExactly(finding.reference());
        assertThat(action.origin()).isEqualTo(finding.origin());
    }
}
