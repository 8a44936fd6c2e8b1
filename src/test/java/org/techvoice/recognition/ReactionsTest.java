package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackPayloads.blockAction;
import static org.techvoice.support.SlackPayloads.button;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;

/** reaction_added / reaction_removed on a delivered celebration post, sent as signed Events API callbacks. */
@SlackAppTest
class ReactionsTest {

    private static final String ADMIN = "U0ADMIN01";
    private static final String NETWORK = "C0NETWORK1";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;
    String team;
    long achievement;
    String ts;

    @BeforeEach
    void celebrationPosted() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        team = "T0RCT" + String.format("%04d", teams.incrementAndGet());
        for (String user : List.of("U0ALEX001", "U0SAM0001", ADMIN)) {
            SlackPayloads.stubUser(user, team, false, false);
        }
        slack.slashCommand(team, ADMIN, "/tc", "config network <#" + NETWORK + "|technicians>");
        slack.slashCommand(team, "U0ALEX001", "/tc", "celebrate <@U0SAM0001|sam> became a Registered Science Technician (RSciTech)");
        achievement = jdbc.queryForObject("select max(id) from achievement where team_id = ?", Long.class, team);
        slack.interactive(blockAction(team, "U0SAM0001", button("achievement_approve", "consent:" + achievement, Long.toString(achievement)), null));
        await().atMost(Duration.ofSeconds(10)).until(() -> postTs() != null);
        ts = postTs();
    }

    @Test
    void aReactionOnTheCelebrationPostIsCountedOnceAndRemovedExactly() {
        assertThat(react("reaction_added", team, "EvR1", "U0KIM0001", "tada", NETWORK, ts).statusCode()).isEqualTo(200);
        assertThat(count()).isEqualTo(1);

        // Slack redelivers the same event (a retry): still one
        react("reaction_added", team, "EvR1", "U0KIM0001", "tada", NETWORK, ts);
        assertThat(count()).isEqualTo(1);
        // the same person and emoji arriving again under a new event id changes nothing either
        react("reaction_added", team, "EvR2", "U0KIM0001", "tada", NETWORK, ts);
        assertThat(count()).isEqualTo(1);
        react("reaction_added", team, "EvR3", "U0ALEX001", "clap", NETWORK, ts);
        assertThat(count()).isEqualTo(2);
        assertThat(mine("U0SAM0001")).contains("celebrated in the network channel · 2 reactions");

        react("reaction_removed", team, "EvR4", "U0KIM0001", "tada", NETWORK, ts);
        assertThat(count()).isEqualTo(1);
        assertThat(mine("U0SAM0001")).contains("· 1 reaction");
        // removing what was never counted (or twice) never goes below zero
        react("reaction_removed", team, "EvR5", "U0KIM0001", "tada", NETWORK, ts);
        react("reaction_removed", team, "EvR6", "U0ALEX001", "clap", NETWORK, ts);
        react("reaction_removed", team, "EvR7", "U0ALEX001", "clap", NETWORK, ts);
        assertThat(count()).isZero();
        assertThat(mine("U0SAM0001")).contains("celebrated in the network channel").doesNotContain("reaction");
    }

    @Test
    void reactionsOnOtherMessagesAndTheBotsOwnAreIgnored() {
        HttpResponse<String> unrelated = react("reaction_added", team, "EvU1", "U0KIM0001", "tada", NETWORK, "1700000000.000001");
        assertThat(unrelated.statusCode()).isEqualTo(200);
        react("reaction_added", team, "EvU2", "U0KIM0001", "tada", "C0ELSEWHERE", ts);
        react("reaction_added", team, "EvU3", SlackApiStub.BOT_USER, "tada", NETWORK, ts);
        HttpResponse<String> onAFile = slack.event(team, "EvU4", """
                {"type":"reaction_added","user":"U0KIM0001","reaction":"tada","item_user":"U0KIM0001",\
                "item":{"type":"file","file":"F0FILE001"},"event_ts":"1767225600.000100"}""", Map.of());
        assertThat(onAFile.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from achievement_reaction", Integer.class)).isZero();
    }

    @Test
    void anotherWorkspacesEventNeverTouchesThisAchievement() {
        react("reaction_added", team, "EvT1", "U0KIM0001", "tada", NETWORK, ts);
        HttpResponse<String> other = react("reaction_added", SlackTestClient.OTHER_TEAM, "EvT2", "U0EVE0001", "tada", NETWORK, ts);
        assertThat(other.statusCode()).isEqualTo(200);
        react("reaction_removed", SlackTestClient.OTHER_TEAM, "EvT3", "U0KIM0001", "tada", NETWORK, ts);

        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from achievement_reaction where team_id = ?", Integer.class,
                SlackTestClient.OTHER_TEAM)).isZero();
    }

    @Test
    void withdrawingTheAchievementTakesItsReactionsWithIt() {
        react("reaction_added", team, "EvW1", "U0KIM0001", "tada", NETWORK, ts);
        slack.slashCommand(team, "U0SAM0001", "/tc", "mine");
        jdbc.update("delete from achievement where id = ?", achievement);
        assertThat(jdbc.queryForObject("select count(*) from achievement_reaction where team_id = ?", Integer.class, team)).isZero();
    }

    private HttpResponse<String> react(String type, String teamId, String eventId, String user, String reaction, String channel,
            String messageTs) {
        // event ids are unique per workspace and test class run
        return slack.event(teamId, eventId + team, """
                {"type":"%s","user":"%s","reaction":"%s","item_user":"%s",\
                "item":{"type":"message","channel":"%s","ts":"%s"},"event_ts":"1767225600.000200"}"""
                .formatted(type, user, reaction, SlackApiStub.BOT_USER, channel, messageTs), Map.of());
    }

    private String postTs() {
        return jdbc.queryForList("select delivered_ts from outbox_message where team_id = ? and idempotency_key = ? and delivered_ts is not null", String.class,
                team, "achievement:" + achievement + ":post").stream().findFirst().orElse(null);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from achievement_reaction where team_id = ? and achievement_id = ?",
                Integer.class, team, achievement);
    }

    private String mine(String user) {
        return SlackJson.allText(slack.slashCommand(team, user, "/tc", "mine").body());
    }
}
