package org.techvoice.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A 500-person survey send while Slack answers a share of calls with 429 (with and without a wait), 500s
 * and time-outs: every person gets exactly one DM. And a channel post whose call timed out after Slack took it.
 */
@SlackAppTest
@TestPropertySource(properties = {
        // A call that times out is tried again: had Slack taken it after all, the person would get it twice. So the
        // stand-in's ordinary answers must come well inside the time-out even when the machine is busy (one second was
        // once not enough on a loaded 2-core machine); the slow gateway errors below come well after it.
        "techvoice.outbox.call-timeout=2s",
        "techvoice.outbox.lease=5s",
        "techvoice.outbox.give-up-after=5m",
        "techvoice.outbox.batch-size=100",
})
class OutboxUnderFireTest {

    private static final int PEOPLE = 500;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository rows;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveHundredDirectMessagesUnderFireArriveExactlyOnceEach() {
        SlackApiStub.reset();
        IntStream.range(0, PEOPLE).forEach(OutboxUnderFireTest::misbehaveFor);

        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> IntStream.range(0, PEOPLE).forEach(i -> outbox.enqueue(
                OutboundMessage.directMessage(SlackTestClient.TEAM, "fire-survey:7:invite:" + user(i), user(i),
                        "The spring technician survey is open", null))));

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> invitations(OutboxEntry.Status.DELIVERED) >= PEOPLE || invitations(OutboxEntry.Status.FAILED) > 0);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(invitations(OutboxEntry.Status.FAILED)).isZero();
        Map<String, Long> accepted = SlackApiStub.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/api/chat.postMessage"))
                .filter(event -> event.getResponse().getStatus() == 200 && event.getResponse().getBodyAsString().contains("\"ok\":true"))
                .map(OutboxUnderFireTest::channelOf)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (int i = 0; i < PEOPLE; i++) {
            assertThat(accepted.getOrDefault(user(i), 0L)).as("DMs accepted for %s", user(i)).isEqualTo(1L);
        }
        long refused = SlackApiStub.server().getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() != 200).count();
        assertThat(refused).as("Slack really did refuse a share of the calls").isGreaterThan(PEOPLE / 10);
        System.out.printf("OutboxUnderFireTest: %d DMs, %d refused or slow calls, delivered in %d ms%n", PEOPLE, refused, took.toMillis());
    }

    /**
     * A channel post's call times out although Slack took it: the retry looks in the channel first, finds the post by
     * its marker and records it there, never posting it twice. Where the channel's history does not show it, it is
     * posted again, once. Where the history cannot be read at all, it is not posted blind: it fails, and whoever asked
     * is told to look.
     */
    @Test
    void aChannelPostWhoseCallWentUnansweredIsLookedForBeforeItIsPostedAgain() {
        SlackApiStub.reset();
        String taken = "C0TAKEN01";
        String lost = "C0LOST001";
        String unreadable = "C0UNREAD1";
        String lead = "U0FIRELD1";
        for (String channel : new String[] {taken, lost, unreadable}) {
            // the first call is answered only after the time-out; Slack answers later ones at once (the default stub)
            firstCallFails("chat.postMessage", "channel", channel, SlackApiStub.okJson(
                    "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1700000000.000100\"}").withFixedDelay(4_000));
        }
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.history")).withFormParam("channel", equalTo(lost))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"messages\":[{\"type\":\"message\",\"bot_id\":\"B0BOT0001\","
                        + "\"text\":\"something else\",\"ts\":\"1700000000.000050\"}],\"has_more\":false}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.history")).withFormParam("channel", equalTo(unreadable))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(OutboundMessage.post(SlackTestClient.TEAM, "fire-unanswered:taken", taken, "Congratulations to the team", null));
            outbox.enqueue(OutboundMessage.post(SlackTestClient.TEAM, "fire-unanswered:lost", lost, "Congratulations to the team", null));
            outbox.enqueue(OutboundMessage.post(SlackTestClient.TEAM, "fire-unanswered:unreadable", unreadable, "Congratulations to the team",
                    null).notifyingOnFailure(lead));
        });
        // the taken post is in its channel under the marker it was sent with
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackApiStub.postsTo(taken).isEmpty());
        String marker = SlackApiStub.postsTo(taken).get(0).get("metadata");
        assertThat(marker).contains("techvoice_post");
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.history")).withFormParam("channel", equalTo(taken))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"messages\":[{\"type\":\"message\",\"bot_id\":\"B0BOT0001\","
                        + "\"text\":\"Congratulations\",\"ts\":\"1700000000.000100\",\"metadata\":" + marker + "}],\"has_more\":false}")));

        await().atMost(Duration.ofSeconds(20)).until(() -> delivered("fire-unanswered:taken") && delivered("fire-unanswered:lost"));
        assertThat(SlackApiStub.postsTo(taken)).as("found in the channel, not posted again").hasSize(1);
        String deliveredTs = transaction.execute(status -> rows.findByTeamIdAndIdempotencyKey(SlackTestClient.TEAM,
                "fire-unanswered:taken").orElseThrow().deliveredMessage().ts());
        assertThat(deliveredTs).isEqualTo("1700000000.000100");
        assertThat(SlackApiStub.postsTo(lost)).as("not in the channel: posted again, once").hasSize(2);
        assertThat(SlackApiStub.calls("conversations.history")).extracting(call -> call.get("channel")).contains(taken, lost);

        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo("D" + lead).size() == 1);
        assertThat(SlackApiStub.postsTo(unreadable)).as("its history unreadable: not posted blind").hasSize(1);
        String error = transaction.execute(status -> rows.findByTeamIdAndIdempotencyKey(SlackTestClient.TEAM,
                "fire-unanswered:unreadable").orElseThrow().lastError());
        assertThat(error).startsWith("unanswered_unchecked").contains("not_in_channel");
        assertThat(SlackApiStub.postsTo("D" + lead).get(0).get("text")).contains("Slack was slow to answer")
                .contains("may already have arrived").doesNotContain("Invite me");
    }

    private boolean delivered(String key) {
        return transaction.execute(status -> rows.findByTeamIdAndIdempotencyKey(SlackTestClient.TEAM, key)
                .map(entry -> entry.status() == OutboxEntry.Status.DELIVERED).orElse(false));
    }

    private static String user(int i) {
        return "U0FIRE%03d".formatted(i);
    }

    /** A fault for about one person in four: the first call fails, Slack behaves afterwards. */
    private static void misbehaveFor(int i) {
        String user = user(i);
        // each 429 with a wait holds every DM of the workspace for that long: two of one second and one of two are
        // enough to show the wait honoured and the rest let through after it, without idling the suite for seconds
        if (i % 250 == 1) {
            firstCallFails("chat.postMessage", "channel", user, aResponse().withStatus(429).withHeader("Retry-After", "1"));
        } else if (i % 10 == 9) {
            firstCallFails("chat.postMessage", "channel", user, aResponse().withStatus(429).withHeader("Retry-After", "0"));
        } else if (i % 10 == 3) {
            firstCallFails("chat.postMessage", "channel", user, aResponse().withStatus(500));
        } else if (i == 5) {
            // a DM is one chat.postMessage to the user id: Slack asks for a longer wait now and then
            firstCallFails("chat.postMessage", "channel", user, aResponse().withStatus(429).withHeader("Retry-After", "2"));
        } else if (i % 100 == 7) {
            // the post times out and Slack did not take it (a slow gateway error)
            firstCallFails("chat.postMessage", "channel", user, aResponse().withStatus(504).withFixedDelay(4_000));
        }
    }

    /** This test's own rows only: the other test of the class leaves rows of its own, failed ones among them. */
    private long invitations(OutboxEntry.Status status) {
        return jdbc.queryForObject("select count(*) from outbox_message where status = ? and idempotency_key like 'fire-survey:%'",
                Long.class, status.name());
    }

    private static void firstCallFails(String method, String param, String value, ResponseDefinitionBuilder failure) {
        String scenario = method + ":" + value;
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/" + method)).withFormParam(param, equalTo(value))
                .inScenario(scenario).whenScenarioStateIs(STARTED).willSetStateTo("recovered").willReturn(failure));
    }

    private static String channelOf(ServeEvent event) {
        return formValue(event.getRequest().getBodyAsString(), "channel");
    }

    private static String formValue(String body, String name) {
        for (String pair : body.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
