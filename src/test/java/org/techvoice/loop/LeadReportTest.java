package org.techvoice.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.voice.VoiceService;

/** The leads' monthly DM: once a calendar month at a reading hour, what awaits their review; an admin switches it off. */
@SlackAppTest
class LeadReportTest {

    static final String LEAD = "U0REPORTLEAD";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    RoleService roles;
    @Autowired
    VoiceService voice;
    @Autowired
    LeadReports reports;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        clock.set(Instant.parse("2026-12-08T11:00:00Z"));
        slack = new SlackTestClient(port, clock);
        WarmUp.confirmSlack(slack, "T0WARMUP");
        team = "T0REPORT" + teams.incrementAndGet();
        roles.grant(team, LEAD, Role.LEAD, SaidDidTest.ADMIN);
        SaidDidTest.SAID.forEach(text -> voice.speakOn(team, null, text, true, Set.of(), LocalDate.of(2026, 12, 1)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void leadsGetWhatAwaitsTheirReviewOnceAMonth() {
        LeadReport report = reports.sendDue(team).orElseThrow();
        assertThat(report.proposalsWaiting()).isPositive();
        assertThat(report.newFindings()).isNotEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("D" + LEAD).isEmpty());
        String dm = SlackJson.allText(SlackApiStub.postsTo("D" + LEAD).get(0).get("blocks"));
        assertThat(dm).contains("Your monthly TechVoice report").contains("To review").containsAnyOf("awaits your decision", "await your decision")
                .doesNotContain(SaidDidTest.SAID.get(0));

        assertThat(reports.sendDue(team)).as("once a month").isEmpty();
        clock.set(Instant.parse("2027-01-05T11:00:00Z"));
        assertThat(reports.sendDue(team)).as("January's").isPresent();
    }

    @Test
    void switchedOffNoReport() {
        assertThat(SlackJson.allText(slack.slashCommand(team, SaidDidTest.ADMIN, "/tc", "loop leads off").body()))
                .contains("Leads' monthly report: off");
        assertThat(reports.sendDue(team)).isEmpty();
        clock.set(Instant.parse("2026-12-12T11:00:00Z")); // a Saturday: not even when switched on again
        slack.slashCommand(team, SaidDidTest.ADMIN, "/tc", "loop leads on");
        assertThat(reports.sendDue(team)).isEmpty();
    }
}
