package org.techvoice.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Several Slack calls under way at once: every DM still goes exactly once, never more calls at a time than the
 * configured concurrency, and a 429 is retried once, after its Retry-After, while the other calls carry on.
 */
@SlackAppTest
@TestPropertySource(properties = {
        "techvoice.outbox.concurrency=4",
        "techvoice.outbox.batch-size=40",
        "techvoice.outbox.lease=30s",
        "techvoice.outbox.give-up-after=5m",
})
class OutboxConcurrencyTest {

    private static final String TEAM = SlackTestClient.TEAM;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository rows;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void manyDirectMessagesToManyPeopleGoSideBySideAndEachExactlyOnce() {
        SlackApiStub.reset();
        // each post takes Slack a moment, so calls made side by side overlap
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(SlackApiStub.okJson("""
                {{formData request.body 'form' urlDecode=true}}{"ok":true,"channel":"%s","ts":"1700000000.{{randomValue length=6 type='NUMERIC'}}"}"""
                .formatted(SlackApiStub.POSTED_CHANNEL)).withTransformers("response-template").withFixedDelay(80)));
        int people = 120;
        enqueueInvitations("many", people);

        await().atMost(Duration.ofMinutes(2)).until(() -> delivered("many", people) == people);

        Map<String, Long> posts = postsPerUser("U0MANY");
        assertThat(posts).hasSize(people);
        assertThat(posts.values()).allMatch(count -> count == 1);
        assertThat(SlackApiStub.calls("conversations.open")).as("a DM is one chat.postMessage").isEmpty();
        int overlap = mostAtOnce(SlackApiStub.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/api/chat.postMessage")).toList());
        assertThat(overlap).as("calls under way at once").isBetween(2, 4);
        assertThat(rows.countByStatus(OutboxEntry.Status.IN_FLIGHT)).isZero();
    }

    @Test
    void aRateLimitedCallIsRetriedOnceAfterItsRetryAfterWhileTheOthersGoOnce() {
        SlackApiStub.reset();
        int people = 60;
        // every 20th person: each 429 pauses the workspace's messages for its Retry-After, so three are enough to see
        // the retry, the others going once, and the pause honoured, without waiting out ten
        for (int i = 0; i < people; i += 20) {
            String user = user("limited", i);
            SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(user))
                    .inScenario(user).whenScenarioStateIs(STARTED).willSetStateTo("answered")
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        }
        enqueueInvitations("limited", people);

        await().atMost(Duration.ofMinutes(2)).until(() -> delivered("limited", people) == people);

        Map<String, List<ServeEvent>> callsPerUser = SlackApiStub.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/api/chat.postMessage"))
                .collect(Collectors.groupingBy(event -> formValue(event.getRequest().getBodyAsString(), "channel")));
        for (int i = 0; i < people; i++) {
            List<ServeEvent> calls = new ArrayList<>(callsPerUser.get(user("limited", i)));
            calls.sort(Comparator.comparing(event -> event.getRequest().getLoggedDate()));
            if (i % 20 == 0) {
                assertThat(calls).as("calls for %s", user("limited", i)).hasSize(2);
                assertThat(calls.get(0).getResponse().getStatus()).isEqualTo(429);
                assertThat(calls.get(1).getResponse().getStatus()).isEqualTo(200);
                long waited = calls.get(1).getRequest().getLoggedDate().getTime() - calls.get(0).getRequest().getLoggedDate().getTime();
                assertThat(waited).as("retried after Retry-After").isGreaterThanOrEqualTo(1_000);
            } else {
                assertThat(calls).as("calls for %s", user("limited", i)).hasSize(1);
            }
        }
        assertThat(rows.countByStatus(OutboxEntry.Status.FAILED)).isZero();
    }

    private void enqueueInvitations(String name, int people) {
        transaction.executeWithoutResult(status -> IntStream.range(0, people).forEach(i -> outbox.enqueue(
                OutboundMessage.directMessage(TEAM, "concurrency:" + name + ":invite:" + i, user(name, i), "The survey is open", null))));
    }

    /** Of the {@code people} invitations enqueued (keys 0 to people - 1; no others exist), how many were delivered. */
    private long delivered(String name, int people) {
        return IntStream.range(0, people).filter(i -> outbox.delivered(TEAM, "concurrency:" + name + ":invite:" + i).isPresent()).count();
    }

    private static Map<String, Long> postsPerUser(String prefix) {
        return SlackApiStub.calls("chat.postMessage").stream().map(call -> call.get("channel"))
                .filter(channel -> channel.startsWith(prefix))
                .collect(Collectors.groupingBy(channel -> channel, Collectors.counting()));
    }

    /** The most requests being answered at one moment, from when each arrived and how long its answer took. */
    private static int mostAtOnce(List<ServeEvent> events) {
        List<long[]> edges = new ArrayList<>();
        for (ServeEvent event : events) {
            long start = event.getRequest().getLoggedDate().getTime();
            edges.add(new long[] {start, 1});
            edges.add(new long[] {start + event.getTiming().getTotalTime(), -1});
        }
        // an answer ending at the instant another arrives is not counted as overlapping it
        edges.sort(Comparator.<long[]>comparingLong(edge -> edge[0]).thenComparingLong(edge -> edge[1]));
        int now = 0;
        int most = 0;
        for (long[] edge : edges) {
            now += (int) edge[1];
            most = Math.max(most, now);
        }
        return most;
    }

    private static String user(String name, int i) {
        return "U0" + name.toUpperCase() + "%03d".formatted(i);
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
