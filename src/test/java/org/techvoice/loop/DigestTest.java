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
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
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
        assertThat(command("loop zone Mars/Olympus")).contains("I did not understand");
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
        assertThat(command("loop digest fortnightly")).contains("Digest: fortnightly");
        assertThat(digests.postDue(team).orElseThrow().frequency()).isEqualTo(LoopSettings.DigestFrequency.FORTNIGHTLY);
    }
}
