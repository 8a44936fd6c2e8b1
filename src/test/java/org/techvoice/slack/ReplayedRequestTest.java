package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * A signed request captured and sent again inside Slack's five-minute window still verifies; it must have no
 * second effect, whether it is byte-identical (same signature) or re-sent with the same {@code trigger_id}.
 */
@SlackAppTest
class ReplayedRequestTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
    }

    @Test
    void theSameSignedLogPostedThreeTimesMakesOneContribution() {
        String team = "T0REPLAY1";
        String body = SlackTestClient.formEncode(command(team, "U0REPLAY1", "log Ran the replay outreach day",
                SlackTestClient.newTriggerId()));
        long timestamp = SlackTestClient.nowSeconds();

        List<HttpResponse<String>> responses = List.of(
                slack.postSigned(body, "application/x-www-form-urlencoded", timestamp, Map.of()),
                slack.postSigned(body, "application/x-www-form-urlencoded", timestamp, Map.of()),
                slack.postSigned(body, "application/x-www-form-urlencoded", timestamp, Map.of()));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(SlackJson.allText(responses.get(0).body())).contains("Logged your");
        assertThat(responses.get(1).body()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ?", Integer.class, team)).isOne();
    }

    /** The signature alone gives a replay away, for a request that carries no trigger id to recognise it by. */
    @Test
    void theSameSignedRequestWithoutATriggerIdHasOneEffect() {
        String team = "T0REPLAY4";
        Map<String, String> form = command(team, "U0REPLAY5", "log Replayed without a trigger", null);
        form.remove("trigger_id");
        String body = SlackTestClient.formEncode(form);
        long timestamp = SlackTestClient.nowSeconds();

        slack.postSigned(body, "application/x-www-form-urlencoded", timestamp, Map.of());
        HttpResponse<String> again = slack.postSigned(body, "application/x-www-form-urlencoded", timestamp, Map.of());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ?", Integer.class, team)).isOne();
    }

    @Test
    void theSameTriggerSentTwiceAsksForConsentOnce() {
        String team = "T0REPLAY2";
        SlackPayloads.stubUser("U0REPLAY2", team, false, false);
        SlackPayloads.stubUser("U0REPLAY3", team, false, false);
        String body = SlackTestClient.formEncode(command(team, "U0REPLAY2", "celebrate <@U0REPLAY3> ran the open day",
                SlackTestClient.newTriggerId()));
        long now = SlackTestClient.nowSeconds();

        // a second signature (another second) over the same interaction: only the trigger id gives it away
        slack.postSigned(body, "application/x-www-form-urlencoded", now - 1, Map.of());
        HttpResponse<String> again = slack.postSigned(body, "application/x-www-form-urlencoded", now, Map.of());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from achievement where team_id = ?", Integer.class, team)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where team_id = ? and kind = 'DIRECT_MESSAGE'",
                Integer.class, team)).isOne();
        // and in Slack: one consent DM arrives, and no late second one after it (the outbox delivers after the ack)
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackApiStub.postsTo("DU0REPLAY3").isEmpty());
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5)).until(() -> SlackApiStub.postsTo("DU0REPLAY3").size() == 1);
    }

    @Test
    void distinctRequestsWithTheSameTextEachTakeEffect() {
        String team = "T0REPLAY3";
        slack.slashCommand(team, "U0REPLAY4", "/tc", "log Calibrated the spectrometer");
        slack.slashCommand(team, "U0REPLAY4", "/tc", "log Calibrated the spectrometer");

        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ?", Integer.class, team)).isEqualTo(2);
    }

    private static Map<String, String> command(String team, String user, String text, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", team);
        form.put("team_domain", "uni");
        form.put("channel_id", "C0GENERAL1");
        form.put("channel_name", "general");
        form.put("user_id", user);
        form.put("user_name", "someone");
        form.put("command", "/tc");
        form.put("text", text);
        form.put("api_app_id", "A0TECHVOICE");
        form.put("is_enterprise_install", "false");
        form.put("response_url", "https://hooks.slack.com/commands/" + team + "/1/abc");
        form.put("trigger_id", triggerId);
        return form;
    }
}
