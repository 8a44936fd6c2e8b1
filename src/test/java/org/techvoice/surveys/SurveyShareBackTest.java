package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.slack.Modals.blockId;
import static org.techvoice.support.SurveyPayloads.dateTime;
import static org.techvoice.support.SurveyPayloads.selected;
import static org.techvoice.support.SurveyPayloads.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.draft.Finding;
import org.techvoice.findings.PlanReview;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.loop.SaidDidPosts;
import org.techvoice.people.PeopleService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/**
 * Closing the loop on a survey (issue 18): when it closes, its headline results go back to those it asked, with the same
 * suppression as the lead's report and without comments or departments; in the network channel, by DM, or not at all,
 * as the admin chose with {@code /tc loop results}. Driven through signed requests, posts asserted at WireMock.
 */
@SlackAppTest
class SurveyShareBackTest {

    static final String TEAM = SlackTestClient.TEAM;
    static final String ADMIN = "U0ADMIN01";
    static final String CHANNEL = "C0SHAREBK";
    static final Instant TUESDAY_10AM = Instant.parse("2026-12-08T10:00:00Z");
    static final String COMMENT = "The fume cupboard in room 2.14 is broken again";
    private static final AtomicInteger people = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    PeopleService register;
    @Autowired
    SurveyLifecycle lifecycle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoleService roles;
    @Autowired
    PlanReviewService reviews;
    @Autowired
    SaidDidPosts saidDid;
    @Autowired
    org.techvoice.draft.actionplan.ActionPlanService plan;

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
        // the app confirms its bot token on its first request within 2 s; make sure that is done before requests count
        for (int i = 0; i < 5 && command("help").contains("can't confirm"); i++) {
            Thread.onSpinWait();
        }
        command("config network <#" + CHANNEL + "|technician-network>");
    }

    @AfterEach
    void restore() {
        command("loop results channel");
        clock.reset();
    }

    @Test
    void theNetworkChannelGetsTheHeadlinesWithoutCommentsOrDepartments() {
        assertThat(command("loop results channel")).contains("shared in the network channel");
        List<String> asked = technicians(5);
        long id = openSurvey("Lab pulse");
        asked.forEach(user -> surveys.answer(id, user, "4", COMMENT));

        assertThat(command("survey close S-" + id)).contains("is closed");

        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo(CHANNEL).isEmpty());
        String post = SlackJson.allText(SlackApiStub.postsTo(CHANNEL).get(0).get("blocks"));
        assertThat(post).contains("What you told us: S-" + id).containsPattern("5 of \\d+ answered").contains("100%* agreed")
                .doesNotContain(COMMENT).doesNotContain("Chemistry");
    }

    /**
     * The share-back is work the app owes those asked, not a request of the lead's: the lead asking to be forgotten the
     * moment the survey has closed (before the stored-request job has run) does not cancel it.
     */
    @Test
    void theLeadsErasureRightAfterTheClosingDoesNotCancelTheShareBack(@Autowired SurveyAdmin admin,
            @Autowired TransactionTemplate transactions, @Autowired List<PersonalDataHolder> holders) {
        assertThat(command("loop results channel")).contains("shared in the network channel");
        List<String> asked = technicians(5);
        long id = openSurvey("Lead leaving pulse");
        asked.forEach(user -> surveys.answer(id, user, "4", null));
        PersonalDataHolder waitingRequests = holders.stream().filter(h -> h.section().equals("pending-requests")).findFirst()
                .orElseThrow();

        transactions.executeWithoutResult(status -> {
            admin.close(TEAM, ADMIN, "S-" + id);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    waitingRequests.erase(TEAM, ADMIN);
                }
            });
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(CHANNEL).stream()
                .anyMatch(call -> String.valueOf(call.get("blocks")).contains("What you told us: S-" + id)));
    }

    @Test
    void eachPersonAskedGetsADmAndTooFewAnswersShowNoFigure() {
        assertThat(command("loop results asked")).contains("sent by DM to each person asked");
        List<String> asked = technicians(5);
        long id = openSurvey("Small pulse");
        asked.subList(0, 2).forEach(user -> surveys.answer(id, user, "2", COMMENT));

        command("survey close S-" + id);

        for (String user : asked) {
            await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo("D" + user).stream()
                    .anyMatch(call -> String.valueOf(call.get("blocks")).contains("What you told us")));
        }
        String dm = SlackJson.allText(SlackApiStub.postsTo("D" + asked.get(0)).stream()
                .filter(call -> String.valueOf(call.get("blocks")).contains("What you told us")).findFirst().orElseThrow().get("blocks"));
        assertThat(dm).contains("Fewer than 5 answered").doesNotContain("agreed").doesNotContain(COMMENT);
        assertThat(SlackApiStub.postsTo(CHANNEL)).isEmpty();
    }

    /**
     * Told the results by DM, those asked hear by DM what came of them too: an action the lead accepts from the survey's
     * low figure reaches each of them with the next "you said, we did", once, and nobody else.
     */
    @Test
    void thoseAskedByDmHearByDmOfTheActionsThatCameFromTheSurvey() {
        assertThat(command("loop results asked")).contains("sent by DM to each person asked");
        String lead = "U0SHARELEAD";
        roles.grant(TEAM, lead, Role.LEAD, ADMIN);
        List<String> asked = technicians(5);
        long id = openSurvey("Kit pulse");
        asked.forEach(user -> surveys.answer(id, user, "1", null));
        command("survey close S-" + id);

        PlanReview review = reviews.review(TEAM, java.time.LocalDate.of(2026, 12, 8));
        PlanReview.FindingReview low = review.themes().stream().flatMap(t -> t.findings().stream())
                .filter(f -> f.finding().kind() == Finding.Kind.SURVEY_SIGNAL && f.finding().status() == Finding.Status.OPEN
                        && f.finding().signal().surveyReference().equals("S-" + id) && !f.proposals().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no open figure of S-" + id + " with a proposal"));
        String url = SlackApiStub.responseUrl("share-accept-" + id);
        int notedBefore = acceptedNoted();
        assertThat(slack.buttonClick(TEAM, lead, "plan:x", "plan_accept", low.proposals().get(0).reference(), url).statusCode())
                .isEqualTo(200);
        // the loop notes the new action just after the plan's commit
        await().atMost(Duration.ofSeconds(30)).until(() -> acceptedNoted() == notedBefore + 1);
        String action = plan.list(TEAM).stream().filter(a -> a.findingReferences().contains(low.finding().reference()))
                .findFirst().orElseThrow().reference();

        clock.set(TUESDAY_10AM.plus(Duration.ofDays(1)));
        assertThat(saidDid.postDue(TEAM)).isPresent();
        assertThat(saidDid.postDue(TEAM)).as("once a day").isEmpty();

        for (String user : asked) {
            await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.postsTo("D" + user).stream()
                    .anyMatch(call -> String.valueOf(call.get("blocks")).contains("You said, we did")));
        }
        String dm = SlackJson.allText(SlackApiStub.postsTo("D" + asked.get(0)).stream()
                .filter(call -> String.valueOf(call.get("blocks")).contains("You said, we did")).findFirst().orElseThrow().get("blocks"));
        assertThat(dm).contains("You were asked in the survey S-" + id + " \"Kit pulse\"").contains(action)
                .contains("now in the action plan").doesNotContain("U0SHARE");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where team_id = ? and idempotency_key like ?", Integer.class,
                TEAM, "loop:said-did:2026-12-09:S-" + id + ":%")).as("one DM to each person asked").isEqualTo(asked.size());
    }

    @Test
    void switchedOffNothingIsShared() {
        assertThat(command("loop results off")).contains("not shared");
        List<String> asked = technicians(5);
        long id = openSurvey("Quiet pulse");
        asked.forEach(user -> surveys.answer(id, user, "5", null));

        command("survey close S-" + id);

        assertThat(jdbc.queryForObject("select count(*) from stored_request where kind = 'loop-results' and request_key = ?",
                Integer.class, "survey:" + id)).as("no share-back waits to be done").isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like ?", Integer.class,
                "loop:survey:" + id + ":%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Integer.class,
                "survey:" + id + ":closed:summary")).as("the lead still gets the summary").isEqualTo(1);
    }

    private int acceptedNoted() {
        return jdbc.queryForObject("select count(*) from loop_plan_change where team_id = ? and change_kind = 'ACCEPTED'", Integer.class,
                TEAM);
    }

    private List<String> technicians(int count) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "U0SHARE" + people.incrementAndGet();
            register.register(TEAM, new TechnicianProfile(id, "Chemistry", null, null));
            SurveySlack.stubUser(id, false, "Europe/London");
            ids.add(id);
        }
        return ids;
    }

    private long openSurvey(String title) {
        long id = surveys.buildAndSchedule(ADMIN, Map.of(blockId(SurveyField.TITLE), text(title),
                "template", selected("static_select", "PULSE"),
                "anonymity", selected("radio_buttons", "anonymous"),
                blockId(SurveyField.AUDIENCE), selected("radio_buttons", "TECHNICIANS"),
                blockId(SurveyField.CLOSES), dateTime(TUESDAY_10AM.plusSeconds(3 * 86400).getEpochSecond())));
        lifecycle.runDueWork();
        return id;
    }

    private String command(String text) {
        return SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", text).body());
    }
}
