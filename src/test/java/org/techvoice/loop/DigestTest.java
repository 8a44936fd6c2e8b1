package org.techvoice.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.people.PeopleService;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;
import org.techvoice.voice.VoiceService;

/**
 * The network's digest: timed in the workspace's own zone at a reading hour of a working day, once a period, skipped
 * when there is nothing to say, switched off by an admin; counts under the minimum group size never shown.
 */
@SlackAppTest
class DigestTest {

    static final String CHANNEL = "C0DIGEST";
    /** Tuesday 8 December 2026, 10:00 UTC: 05:00 in New York. */
    static final Instant TUESDAY_10AM_UTC = Instant.parse("2026-12-08T10:00:00Z");
    static final Instant TUESDAY_1030_NEW_YORK = Instant.parse("2026-12-08T15:30:00Z");
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    VoiceService voice;
    @Autowired
    PeopleService people;
    @Autowired
    Digests digests;
    @Autowired
    DataSource dataSource;
    @Autowired
    CelebrationService celebrations;
    @Autowired
    ActionPlanService plan;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        clock.set(TUESDAY_10AM_UTC);
        slack = new SlackTestClient(port, clock);
        WarmUp.confirmSlack(slack, "T0WARMUP");
        team = "T0DIGEST" + teams.incrementAndGet();
        command("config network <#" + CHANNEL + "|technician-network>");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String command(String text) {
        return SlackJson.allText(slack.slashCommand(team, SaidDidTest.ADMIN, "/tc", text).body());
    }

    void said(int count, Theme theme, LocalDate on) {
        for (int i = 0; i < count; i++) {
            voice.speakOn(team, null, "Remark " + i + " about " + theme.displayName(), true, Set.of(theme), on);
        }
    }

    @Test
    void postedAtAReadingHourInTheWorkspacesZoneOncePerWeek() {
        assertThat(command("loop zone America/New_York")).contains("Time zone: America/New_York");
        assertThat(command("loop zone Mars/Olympus")).contains("I don't know the time zone `Mars/Olympus`").contains("Europe/London");
        assertThat(command("loop digest hourly")).contains("I did not understand `hourly`").contains("`weekly`, `fortnightly`, `monthly` or `off`");
        assertThat(command("loop sideways")).contains("I did not understand `sideways`").contains("Switches (admins)");
        said(5, Theme.CAREER_DEVELOPMENT, LocalDate.of(2026, 12, 7));

        assertThat(digests.postDue(team)).as("05:00 in New York").isEmpty();

        clock.set(TUESDAY_1030_NEW_YORK);
        Digest digest = digests.postDue(team).orElseThrow();
        assertThat(digest.entriesPerTheme()).containsEntry(Theme.CAREER_DEVELOPMENT, 5L);
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(CHANNEL).size() == 1);
        String post = SlackApiStub.postsTo(CHANNEL).get(0).get("blocks");
        assertThat(SlackJson.allText(post)).contains("The technician network this week").contains("Career Development: 5");
        assertThat(post).contains("home_voice").contains("home_log").contains("home_celebrate");

        // once a week: not again today, nor tomorrow
        assertThat(digests.postDue(team)).isEmpty();
        said(5, Theme.SUSTAINABILITY, LocalDate.of(2026, 12, 8));
        clock.set(TUESDAY_1030_NEW_YORK.plus(Duration.ofDays(1)));
        assertThat(digests.postDue(team)).isEmpty();
        // a week on, a Saturday is no working day; the Monday after is
        clock.set(Instant.parse("2026-12-19T15:30:00Z"));
        assertThat(digests.postDue(team)).isEmpty();
        clock.set(Instant.parse("2026-12-21T15:30:00Z"));
        assertThat(digests.postDue(team).orElseThrow().entriesPerTheme()).containsOnlyKeys(Theme.SUSTAINABILITY);
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(CHANNEL).size() == 2);
    }

    @Test
    void skippedWhenThereIsNothingToSay() {
        clock.set(Instant.parse("2026-12-08T11:00:00Z"));
        assertThat(digests.postDue(team)).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select last_digest_on from loop_setting where team_id = ?",
                java.sql.Date.class, team).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 8));
        // nothing handed to the outbox (its delivery is asynchronous, so Slack having nothing yet would prove little)
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from outbox_message where team_id = ? "
                + "and idempotency_key like 'loop:digest:%'", Integer.class, team)).isZero();
        assertThat(SlackApiStub.postsTo(CHANNEL)).isEmpty();
    }

    @Test
    void smallGroupsAreNotCountedAndNoDepartmentIsNamed() {
        people.register(team, new TechnicianProfile("U0DIGCHEM1", "Chemistry", null, null));
        people.register(team, new TechnicianProfile("U0DIGCHEM2", "Chemistry", null, null));
        voice.speakOn(team, "U0DIGCHEM1", "The Chemistry stores need a second pair of hands", false, Set.of(Theme.SUSTAINABILITY),
                LocalDate.of(2026, 12, 7));
        voice.speakOn(team, "U0DIGCHEM2", "Chemistry stores are understaffed", false, Set.of(Theme.SUSTAINABILITY),
                LocalDate.of(2026, 12, 7));
        clock.set(Instant.parse("2026-12-08T11:00:00Z"));

        Digest digest = digests.postDue(team).orElseThrow();

        assertThat(digest.entriesPerTheme()).isEmpty();
        assertThat(digest.quieterThemes()).containsExactly(Theme.SUSTAINABILITY);
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(CHANNEL).size() == 1);
        String text = SlackJson.allText(SlackApiStub.postsTo(CHANNEL).get(0).get("blocks"));
        assertThat(text).contains("Sustainability: fewer than 5").doesNotContain("Sustainability: 2").doesNotContain("Chemistry")
                .doesNotContain("understaffed");
    }

    @Test
    void switchedOffNoDigestGoesOut() {
        assertThat(command("loop digest off")).contains("Digest: off");
        said(5, Theme.RECOGNITION, LocalDate.of(2026, 12, 7));
        clock.set(Instant.parse("2026-12-08T11:00:00Z"));

        assertThat(digests.postDue(team)).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from outbox_message where team_id = ? "
                + "and idempotency_key like 'loop:digest:%'", Integer.class, team)).isZero();
        assertThat(command("loop digest fortnightly")).contains("Digest: fortnightly");
        assertThat(digests.postDue(team).orElseThrow().frequency()).isEqualTo(LoopSettings.DigestFrequency.FORTNIGHTLY);
    }

    @Test
    void tellsTheWeeksApprovedCelebrationsOpenSurveysAndActionsThatMovedAndNothingAwaitingConsent() {
        clock.set(Instant.parse("2026-12-07T11:00:00Z")); // the Monday before
        SlackPayloads.stubUser("U0DIGOWN1", team, false, false);
        SlackPayloads.stubUser("U0DIGASKED", team, false, false);
        SlackPayloads.stubUser("U0DIGKEPT", team, false, false);
        celebrations.celebrate(team, "U0DIGOWN1", "U0DIGOWN1", "Passed my RSciTech registration");
        celebrations.celebrate(team, "U0DIGOWN1", "U0DIGASKED", "Ran the open day single-handed");
        var kept = celebrations.celebrate(team, "U0DIGOWN1", "U0DIGKEPT", "Fixed the NMR over the weekend");
        celebrations.answer(team, "U0DIGKEPT", kept.achievement().id(), false);
        // the own celebration's post lands before this test's digest is looked for (and never in another test's channel)
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo(CHANNEL).stream()
                .anyMatch(call -> String.valueOf(call.get("blocks")).contains("shares an achievement")));
        // an action of the lead's own moves too: the digest tells every action that moved, not only those from technicians
        assertThat(plan.add(team, SaidDidTest.ADMIN, new ActionInput("TC-91", Set.of(Theme.VISIBILITY), "Technician profiles on the web",
                "Head of Technical Services", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 6, 30), "Profiles live", Rag.AMBER, null, null,
                null))).isEmpty();
        long action = plan.list(team).get(0).id();
        assertThat(plan.update(team, SaidDidTest.ADMIN, action, new ProgressInput(Rag.GREEN, ActionStatus.IN_PROGRESS, "Ten live", null)))
                .isEmpty();
        long survey = openSurvey("Kit and space pulse", 10, 3);

        clock.set(Instant.parse("2026-12-08T11:00:00Z"));
        Digest digest = digests.postDue(team).orElseThrow();

        assertThat(digest.celebrations()).extracting(Digest.Celebration::subjectUserId).containsExactly("U0DIGOWN1");
        assertThat(digest.surveys()).singleElement().satisfies(open -> {
            assertThat(open.asked()).isEqualTo(10);
            assertThat(open.respondents()).isEqualTo(3);
            assertThat(open.responseRatePercent()).isEqualTo(30);
        });
        assertThat(digest.actions()).singleElement().satisfies(moved -> {
            assertThat(moved.reference()).isEqualTo("TC-91");
            assertThat(moved.change()).as("added and progressed in the week: said as new in the plan")
                    .isEqualTo(SaidDidPost.Change.ACCEPTED);
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> digestPosts().size() == 1);
        assertThat(SlackApiStub.postsTo(CHANNEL).stream().map(call -> call.get("text"))
                .filter(line -> line != null && line.startsWith("The technician network this")).toList())
                .as("the notification line, counted in words").singleElement().isEqualTo(
                "The technician network this week: 1 celebrated, 1 survey open, 1 action moved.");
        String text = SlackJson.allText(digestPosts().get(0));
        assertThat(text).contains("Celebrated").contains("<@U0DIGOWN1> Passed my RSciTech registration")
                .contains("Kit and space pulse: 30% of 10 answered so far").contains("S-" + survey)
                .contains("TC-91").contains("Technician profiles on the web").contains("new in the plan")
                .doesNotContain("Ran the open day").doesNotContain("U0DIGASKED")
                .doesNotContain("Fixed the NMR").doesNotContain("U0DIGKEPT");
    }

    @Test
    void aCelebrationApprovedAfterADigestWentOutIsInTheNextOne() {
        clock.set(Instant.parse("2026-12-07T11:00:00Z")); // Monday: celebrated, consent asked
        SlackPayloads.stubUser("U0DIGLATE", team, false, false);
        var asked = celebrations.celebrate(team, "U0DIGCOLL", "U0DIGLATE", "Rebuilt the cold room's shelving");
        clock.set(Instant.parse("2026-12-08T11:00:00Z")); // Tuesday's digest: not approved yet, so nothing to say
        assertThat(digests.postDue(team)).isEmpty();
        clock.set(Instant.parse("2026-12-09T11:00:00Z")); // Wednesday: approved and posted
        assertThat(celebrations.answer(team, "U0DIGLATE", asked.achievement().id(), true)).isEqualTo(CelebrationService.Answer.POSTED);

        clock.set(Instant.parse("2026-12-15T11:00:00Z"));
        Digest digest = digests.postDue(team).orElseThrow();

        assertThat(digest.celebrations()).extracting(Digest.Celebration::text).containsExactly("Rebuilt the cold room's shelving");
    }

    private java.util.List<String> digestPosts() {
        return SlackApiStub.postsTo(CHANNEL).stream().map(call -> call.get("blocks"))
                .filter(blocks -> blocks != null && blocks.contains("The technician network this")).toList();
    }

    /** A named survey open until Friday, asked of {@code asked} people, {@code answered} of whom have answered. */
    private long openSurvey(String title, int asked, int answered) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        jdbc.update("insert into survey (team_id, lead_user_id, title, anonymous, audience_kind, opens_at, closes_at, "
                + "reminder_every_days, status, audience_size, created_at) values (?, ?, ?, false, 'TECHNICIANS', ?, ?, 0, 'OPEN', ?, ?)",
                team, SaidDidTest.ADMIN, title, now, java.sql.Timestamp.from(Instant.parse("2026-12-11T17:00:00Z")), asked, now);
        long survey = jdbc.queryForObject("select max(id) from survey where team_id = ?", Long.class, team);
        for (int i = 0; i < answered; i++) {
            jdbc.update("insert into survey_response (id, team_id, survey_id, respondent_key, complete, submitted_on) "
                    + "values (?, ?, ?, ?, true, ?)", java.util.UUID.randomUUID().toString(), team, survey, "key-" + team + "-" + i,
                    java.sql.Date.valueOf(LocalDate.of(2026, 12, 7)));
        }
        return survey;
    }
}
