package org.techvoice.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.draft.Finding;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.findings.PlanReview;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.people.PeopleService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.voice.VoiceService;

/**
 * "You said, we did", driven as Slack drives it: the admin sets the channel and the switches with signed slash commands,
 * the lead accepts a proposal with a signed button click, and the posts are asserted where Slack (WireMock) receives them,
 * with a fixed clock moved from day to day in London.
 */
@SlackAppTest
class SaidDidTest {

    static final String ADMIN = "U0ADMIN01";
    static final String LEAD = "U0LOOPLEAD";
    static final String TECHNICIAN = "U0LOOPTECH";
    /** Each test's own network channel: a post another test left on its way must not land in this test's view. */
    String channel;
    /** Tuesday 8 December 2026, 10:00 in London (GMT in winter). */
    static final Instant TUESDAY_10AM = Instant.parse("2026-12-08T10:00:00Z");
    private static final AtomicInteger teams = new AtomicInteger();

    static final List<String> SAID = List.of(
            "There is no clear career pathway for technicians here; nobody knows how to reach the next grade.",
            "I have been on the same grade for ten years with no route to progress.",
            "Please publish promotion criteria and career progression routes for technical staff.",
            "Career progression for technicians depends on luck, not on a documented pathway.",
            "A technician career framework with grade profiles would stop people leaving.",
            "What does it take to progress from grade 5 to grade 6 as a technician? It is not written anywhere.");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    RoleService roles;
    @Autowired
    PeopleService people;
    @Autowired
    VoiceService voice;
    @Autowired
    PlanReviewService reviews;
    @Autowired
    ActionPlanService plan;
    @Autowired
    SaidDidPosts saidDid;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        clock.set(TUESDAY_10AM);
        slack = new SlackTestClient(port, clock);
        WarmUp.confirmSlack(slack, "T0WARMUP");
        team = "T0LOOP" + teams.incrementAndGet();
        channel = "C0LOOPNET" + teams.get();
        roles.grant(team, LEAD, Role.LEAD, ADMIN);
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "config network <#" + channel + "|technician-network>").body()))
                .contains("Approved celebrations will be posted");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoChangesInADayMakeOnePostTheNextWorkingMorningAndNothingTwice() {
        SAID.forEach(text -> voice.speakOn(team, TECHNICIAN, text, true, Set.of(), LocalDate.of(2026, 12, 1)));
        ProposedAction proposal = openProposal();
        acceptByClick(proposal);
        ActionItem action = plan.list(team).get(0);
        plan.updateStatus(team, action.id(), Rag.AMBER, "Grade profiles drafted");

        // the day's changes wait for the day to end
        assertThat(saidDid.postDue(team)).isEmpty();

        clock.set(TUESDAY_10AM.plus(Duration.ofDays(1)));
        SaidDidPost post = saidDid.postDue(team).orElseThrow();
        assertThat(post.items()).singleElement().satisfies(item -> {
            assertThat(item.change()).isEqualTo(SaidDidPost.Change.ACCEPTED);
            assertThat(item.reference()).isEqualTo(action.reference());
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(channel).size() == 1);
        String posted = SlackApiStub.postsTo(channel).get(0).get("blocks");
        String text = SlackJson.allText(posted);
        assertThat(text).contains("You said, we did").contains(action.reference()).contains("now in the action plan")
                .contains("*We are doing:*").contains("*By:*").contains("remarks about");
        SAID.forEach(said -> assertThat(text).doesNotContain(said));

        // a second run the same day (another instance, a restart) posts nothing more
        assertThat(saidDid.postDue(team)).isEmpty();
        plan.updateStatus(team, action.id(), Rag.GREEN, "Framework agreed");
        assertThat(saidDid.postDue(team)).isEmpty();
        clock.set(TUESDAY_10AM.plus(Duration.ofDays(2)));
        assertThat(saidDid.postDue(team).orElseThrow().items()).singleElement()
                .satisfies(item -> assertThat(item.change()).isEqualTo(SaidDidPost.Change.STATUS_CHANGED));
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(channel).size() == 2);
        assertThat(SlackJson.allText(SlackApiStub.postsTo(channel).get(1).get("blocks"))).contains("progress update").contains("Green");

        // done: said as completed
        assertThat(plan.update(team, LEAD, action.id(), new ProgressInput(Rag.GREEN, ActionStatus.DONE, "Framework published", "")))
                .isEmpty();
        clock.set(TUESDAY_10AM.plus(Duration.ofDays(3)));
        assertThat(saidDid.postDue(team).orElseThrow().items()).singleElement()
                .satisfies(item -> assertThat(item.change()).isEqualTo(SaidDidPost.Change.COMPLETED));
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(channel).size() == 3);
        assertThat(SlackJson.allText(SlackApiStub.postsTo(channel).get(2).get("blocks"))).contains("completed").contains("*Status:* done");
    }

    @Test
    void aWeekendOrEveningWaitsForWorkingHours() {
        SAID.forEach(text -> voice.speakOn(team, TECHNICIAN, text, true, Set.of(), LocalDate.of(2026, 12, 1)));
        acceptByClick(openProposal());

        clock.set(Instant.parse("2026-12-08T20:00:00Z").plus(Duration.ofDays(3))); // Friday 20:00
        assertThat(saidDid.postDue(team)).isEmpty();
        clock.set(Instant.parse("2026-12-12T11:00:00Z")); // Saturday
        assertThat(saidDid.postDue(team)).isEmpty();
        clock.set(Instant.parse("2026-12-14T09:30:00Z")); // Monday morning
        assertThat(saidDid.postDue(team)).isPresent();
    }

    @Test
    void aFindingFromTwoPeopleIsNeverDescribedByDepartmentOrCount() {
        people.register(team, new TechnicianProfile("U0CHEM1", "Chemistry", null, null));
        people.register(team, new TechnicianProfile("U0CHEM2", "Chemistry", null, null));
        voice.speakOn(team, "U0CHEM1", "Please fund professional registration fees: I pay for my RSciTech registration myself.", false,
                Set.of(), LocalDate.of(2026, 12, 1));
        voice.speakOn(team, "U0CHEM2", "Could the university pay the Science Council registration fee for technicians?", false,
                Set.of(), LocalDate.of(2026, 12, 2));
        ProposedAction proposal = openProposal();
        acceptByClick(proposal);

        clock.set(TUESDAY_10AM.plus(Duration.ofDays(1)));
        SaidDidPost post = saidDid.postDue(team).orElseThrow();
        assertThat(post.items().get(0).raised()).allSatisfy(raised -> assertThat(raised.countShown()).isFalse());
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(channel).size() == 1);
        String text = SlackJson.allText(SlackApiStub.postsTo(channel).get(0).get("blocks"));
        assertThat(text).contains("fewer than 5").doesNotContain("Chemistry").doesNotContain(" 2 remarks")
                .doesNotContain("RSciTech registration myself").doesNotContain("U0CHEM");
    }

    @Test
    void switchedOffByAnAdminNothingIsPostedAndOnlyAdminsMaySwitch() {
        assertThat(SlackJson.allText(slack.slashCommand(team, TECHNICIAN, "/tc", "loop posts off").body()))
                .contains("Only TechVoice admins can");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "loop posts off").body()))
                .contains("Saved").contains("\"You said, we did\" posts: off");
        SAID.forEach(text -> voice.speakOn(team, TECHNICIAN, text, true, Set.of(), LocalDate.of(2026, 12, 1)));
        acceptByClick(openProposal());

        clock.set(TUESDAY_10AM.plus(Duration.ofDays(1)));
        assertThat(saidDid.postDue(team)).isEmpty();
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "loop posts maybe").body())).contains("I did not understand `maybe`").contains("`on` or `off`");
        // nothing handed to the outbox either (its delivery is asynchronous: Slack having nothing yet would prove little)
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where team_id = ? and idempotency_key like 'loop:said-did:%'",
                Integer.class, team)).isZero();
        assertThat(SlackApiStub.postsTo(channel)).isEmpty();
    }

    ProposedAction openProposal() {
        PlanReview review = reviews.review(team, LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        return review.themes().stream().flatMap(t -> t.findings().stream())
                .filter(f -> f.finding().status() == Finding.Status.OPEN && !f.proposals().isEmpty()
                        && f.finding().kind() == Finding.Kind.CONCERN)
                .findFirst().orElseThrow(() -> new AssertionError("no open finding with a proposal in " + review))
                .proposals().get(0);
    }

    void acceptByClick(ProposedAction proposal) {
        String url = SlackApiStub.responseUrl("accept-" + team);
        int before = plan.list(team).size();
        int notedBefore = notedChanges();
        assertThat(slack.buttonClick(team, LEAD, "plan:x", "plan_accept", proposal.reference(), url).statusCode()).isEqualTo(200);
        // the loop notes the new action after the plan's commit (PlanChangeListener), a moment after it shows in the plan:
        // the tests move the clock and ask what is due next, which must not race that note
        await().atMost(Duration.ofSeconds(30)).until(() -> plan.list(team).size() == before + 1 && notedChanges() == notedBefore + 1);
    }

    private int notedChanges() {
        return jdbc.queryForObject("select count(*) from loop_plan_change where team_id = ? and change_kind = 'ACCEPTED'", Integer.class, team);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
