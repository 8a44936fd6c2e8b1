package org.techvoice.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The delivery worker against WireMock's Slack: what is posted, and what happens when Slack says no or not now. */
@SlackAppTest
class OutboxDeliveryTest {

    private static final String TEAM = SlackTestClient.TEAM;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository rows;

    String channel;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        // a channel of its own per test, so deliveries left over from other tests never count
        channel = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
    }

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    OutboxProperties settings;

    /** Background rows (a closed survey's invitation updates) are claimed only after everything else that is due. */
    @Test
    void backgroundRowsAreClaimedAfterEverythingElseDue() {
        // due only far in the future, so the running worker (which claims what is due now) leaves them alone
        java.time.Instant future = java.time.Instant.parse("2199-01-01T00:00:00Z");
        String team = "T0BG" + channel.substring(1, 6);
        List<OutboxEntry> saved = transactions.execute(status -> rows.saveAll(List.of(
                new OutboxEntry(team, "bg:1", OutboundMessage.Kind.POST_MESSAGE, "{}", future).inBackground(true),
                new OutboxEntry(team, "bg:2", OutboundMessage.Kind.POST_MESSAGE, "{}", future).inBackground(true),
                new OutboxEntry(team, "urgent", OutboundMessage.Kind.POST_MESSAGE, "{}", future.plusSeconds(5)))));
        try {
            // every row due by then, other tests' rows of the shared context included: only this team's order counts
            List<String> order = transactions.execute(status -> rows.lockDue(future.plusSeconds(10), 100_000).stream()
                    .filter(e -> e.teamId().equals(team)).map(e -> e.idempotencyKey()).toList());
            assertThat(order).containsExactly("urgent", "bg:1", "bg:2");
            assertThat(outbox.keysStartingWith(team, "bg:")).containsExactly("bg:1", "bg:2");
        } finally {
            transactions.executeWithoutResult(status -> rows.deleteAll(saved));
        }
    }

    @Test
    void aPostIsSentOnceWithItsBlocksAndItsTsIsRemembered() {
        String key = "test:" + channel + ":post";
        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "Hello technicians",
                "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*Hello* technicians\"}}]"));

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, key).isPresent());

        List<Map<String, String>> posts = SlackApiStub.postsTo(channel);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).get("text")).isEqualTo("Hello technicians");
        assertThat(SlackJson.allText(posts.get(0).get("blocks"))).isEqualTo("*Hello* technicians");
        Outbox.DeliveredMessage delivered = outbox.delivered(TEAM, key).orElseThrow();
        assertThat(delivered.channel()).isEqualTo(channel);
        assertThat(delivered.ts()).matches("\\d+\\.\\d{6}");
        SlackApiStub.server().verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/api/chat.postMessage")).withHeader("Authorization", equalTo("Bearer " + SlackApiStub.BOT_TOKEN)));
    }

    @Test
    void enqueuingTheSameKeyTwiceSendsOnce() {
        String key = "test:" + channel + ":twice";
        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "once", null));
        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "once again", null));

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, key).isPresent());
        await().during(Duration.ofMillis(600)).atMost(PATIENCE).until(() -> SlackApiStub.postsTo(channel).size() == 1);
        assertThat(SlackApiStub.postsTo(channel).get(0).get("text")).isEqualTo("once");
    }

    @Test
    void enqueuingManyAtOnceSendsEachKeyOnceWhetherRepeatedInTheListOrAlreadyThere() {
        String already = "test:" + channel + ":many:0";
        outbox.enqueue(OutboundMessage.post(TEAM, already, channel, "first 0", null));
        List<OutboundMessage> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.add(OutboundMessage.post(TEAM, "test:" + channel + ":many:" + i, channel, "batch " + i, null));
        }
        many.add(OutboundMessage.post(TEAM, "test:" + channel + ":many:1", channel, "batch 1 again", null));
        outbox.enqueueAll(many);

        await().atMost(PATIENCE).until(() -> IntStream.range(0, 3)
                .allMatch(i -> outbox.delivered(TEAM, "test:" + channel + ":many:" + i).isPresent()));
        await().during(Duration.ofMillis(600)).atMost(PATIENCE).until(() -> SlackApiStub.postsTo(channel).size() == 3);
        assertThat(SlackApiStub.postsTo(channel)).extracting(call -> call.get("text"))
                .containsExactlyInAnyOrder("first 0", "batch 1", "batch 2");
    }

    @Test
    void aDirectMessageIsOnePostToTheUserIdAndRemembersTheDmChannel() {
        String user = "U" + channel.substring(1);
        String key = "test:" + user + ":dm";
        outbox.enqueue(OutboundMessage.directMessage(TEAM, key, user, "Your survey is open", null));

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, key).isPresent());

        assertThat(SlackApiStub.calls("conversations.open")).as("no conversations.open (Tier 3) needed").isEmpty();
        assertThat(SlackApiStub.calls("chat.postMessage")).extracting(call -> call.get("channel")).containsExactly(user);
        assertThat(SlackApiStub.postsTo("D" + user)).extracting(call -> call.get("text")).containsExactly("Your survey is open");
        assertThat(outbox.delivered(TEAM, key).orElseThrow().channel()).isEqualTo("D" + user);
    }

    @Test
    void anUpdateEditsTheMessagePostedUnderItsKey() {
        String key = "test:" + channel + ":original";
        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "3 votes", null));
        outbox.enqueue(OutboundMessage.update(TEAM, key + ":update", key, "4 votes", null));

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, key + ":update").isPresent());

        String ts = outbox.delivered(TEAM, key).orElseThrow().ts();
        List<Map<String, String>> updates = SlackApiStub.calls("chat.update").stream()
                .filter(call -> channel.equals(call.get("channel"))).toList();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).containsEntry("ts", ts).containsEntry("text", "4 votes");
        assertThat(SlackApiStub.postsTo(channel)).hasSize(1);
    }

    @Test
    void anUpdateWaitsForItsOriginalAndFailsWithIt() {
        String key = "test:" + channel + ":doomed";
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));
        outbox.enqueue(OutboundMessage.update(TEAM, key + ":update", key, "edited", null));
        await().during(Duration.ofMillis(500)).atMost(PATIENCE)
                .until(() -> status(key + ":update") == OutboxEntry.Status.PENDING);

        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "original", null));

        await().atMost(PATIENCE).until(() -> status(key + ":update") == OutboxEntry.Status.FAILED);
        assertThat(row(key + ":update").lastError()).contains("never delivered").contains("channel_not_found");
        assertThat(SlackApiStub.calls("chat.update")).isEmpty();
    }

    @Test
    void a429IsRetriedAfterRetryAfterAndPostsExactlyOnce() {
        String key = "test:" + channel + ":ratelimited";
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .inScenario(channel).whenScenarioStateIs(STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .inScenario(channel).whenScenarioStateIs("open")
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1700000000.000200\"}")));

        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "after the limit", null));

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, key).isPresent());
        List<LoggedRequest> requests = requestsTo(channel);
        assertThat(requests).hasSize(2);
        Duration waited = Duration.between(requests.get(0).getLoggedDate().toInstant(), requests.get(1).getLoggedDate().toInstant());
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(outbox.delivered(TEAM, key).orElseThrow().ts()).isEqualTo("1700000000.000200");
        assertThat(row(key).attempts()).isEqualTo(2);
    }

    /** Time-outs are covered with a short call time-out in {@link OutboxUnderFireTest}. */
    @Test
    void serverErrorsAreRetriedUntilSlackAccepts() {
        String key = "test:" + channel + ":flaky";
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .inScenario(channel).whenScenarioStateIs(STARTED).willSetStateTo("502")
                .willReturn(aResponse().withStatus(500).withBody("oops")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .inScenario(channel).whenScenarioStateIs("502").willSetStateTo("503")
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .inScenario(channel).whenScenarioStateIs("503").willSetStateTo("fine")
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"service_unavailable\"}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .inScenario(channel).whenScenarioStateIs("fine")
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1700000000.000400\"}")));

        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "eventually", null));

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, key).isPresent());
        assertThat(requestsTo(channel)).hasSize(4);
        assertThat(outbox.delivered(TEAM, key).orElseThrow().ts()).isEqualTo("1700000000.000400");
        assertThat(row(key).attempts()).isEqualTo(4);
    }

    @Test
    void aPermanentErrorFailsAtOnceAndTellsWhoAskedByDm() {
        String key = "test:" + channel + ":nochannel";
        String lead = "U" + channel.substring(1);
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));

        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "Celebrate <@U0TECH001>!", null).notifyingOnFailure(lead));

        await().atMost(PATIENCE).until(() -> SlackApiStub.postsTo("D" + lead).size() == 1);
        assertThat(requestsTo(channel)).hasSize(1);
        OutboxEntry failed = row(key);
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(failed.lastError()).isEqualTo("not_in_channel");
        String notice = SlackApiStub.postsTo("D" + lead).get(0).get("text");
        assertThat(notice).contains("could not deliver").contains("<#" + channel + ">").contains("/invite @techvoice")
                .contains("Celebrate &lt;@U0TECH001&gt;!");
        await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> SlackApiStub.postsTo("D" + lead).size() == 1);
    }

    @Test
    void anOutageLongerThanGiveUpAfterFailsTheMessageAndTellsWhoAsked() {
        String key = "test:" + channel + ":outage";
        String lead = "U" + channel.substring(1);
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel))
                .willReturn(aResponse().withStatus(503)));

        outbox.enqueue(OutboundMessage.post(TEAM, key, channel, "never lands", null).notifyingOnFailure(lead));

        // retried while the outage lasts; then the outage outlasts give-up-after, on the app's clock rather than in the
        // test's real time
        await().atMost(PATIENCE).until(() -> requestsTo(channel).size() > 3);
        assertThat(status(key)).isNotEqualTo(OutboxEntry.Status.FAILED);
        clock.advance(settings.giveUpAfter());
        await().atMost(PATIENCE).until(() -> status(key) == OutboxEntry.Status.FAILED);
        assertThat(row(key).lastError()).startsWith("gave up after").contains("HTTP 503");
        assertThat(requestsTo(channel).size()).isGreaterThan(3);
        await().atMost(PATIENCE).until(() -> SlackApiStub.postsTo("D" + lead).size() == 1);
        assertThat(SlackApiStub.postsTo("D" + lead).get(0).get("text")).contains("HTTP 503").contains("never lands");
    }

    @Test
    void filesAreUploadedToTheChannelWithTheirComment() {
        String key = "test:" + channel + ":upload";
        outbox.enqueue(OutboundMessage.upload(TEAM, key, channel, "The draft self-assessment",
                List.of(new OutboundMessage.OutboundFile("draft.docx", "Draft", new byte[] {1, 2, 3}))));

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, key).isPresent());

        assertThat(SlackApiStub.calls("files.getUploadURLExternal")).extracting(call -> call.get("filename")).containsExactly("draft.docx");
        Map<String, String> complete = SlackApiStub.calls("files.completeUploadExternal").get(0);
        assertThat(complete).containsEntry("channel_id", channel).containsEntry("initial_comment", "The draft self-assessment");
        assertThat(outbox.delivered(TEAM, key).orElseThrow().channel()).isEqualTo(channel);
    }

    /**
     * What a kill -9 leaves behind, and what the next delivery run makes of it: a row claimed but not started is sent;
     * a channel post killed mid-call is looked for in its channel first: there, it is recorded where it is and not
     * sent again; not there, it is sent once; where the channel cannot be read, it is not sent blind but failed, and
     * whoever asked is told.
     */
    @Test
    void rowsOfAnInstanceThatDiedAreTakenBackAndAMidCallPostIsLookedForNeverSentTwice(@Autowired TransactionTemplate transaction,
            @Autowired DataSource dataSource) {
        String lead = "U" + channel.substring(1);
        String unreadableChannel = "G" + channel.substring(1);
        String claimedOnly = "test:" + channel + ":claimed-only";
        String arrived = "test:" + channel + ":arrived";
        String neverArrived = "test:" + channel + ":never-arrived";
        String unreadable = "test:" + channel + ":unreadable";
        String stillAlive = "test:" + channel + ":alive";
        // the channel's history shows the post that arrived (an app's message with its text), not the one that did not
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.history")).withFormParam("channel", equalTo(channel))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"messages\":[{\"type\":\"message\",\"bot_id\":\"B0BOT0001\","
                        + "\"text\":\"was being posted\",\"ts\":\"1700000000.000321\"}],\"has_more\":false}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.history")).withFormParam("channel", equalTo(unreadableChannel))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"missing_scope\"}")));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(OutboundMessage.post(TEAM, claimedOnly, channel, "claimed, never started", null));
            outbox.enqueue(OutboundMessage.post(TEAM, arrived, channel, "was being posted", null).notifyingOnFailure(lead));
            outbox.enqueue(OutboundMessage.post(TEAM, neverArrived, channel, "never reached Slack", null).notifyingOnFailure(lead));
            outbox.enqueue(OutboundMessage.post(TEAM, unreadable, unreadableChannel, "cannot be checked", null).notifyingOnFailure(lead));
            outbox.enqueue(OutboundMessage.post(TEAM, stillAlive, channel, "another instance is on it", null));
            // committed together with the rows, so the worker never sees them PENDING
            jdbc.update("update outbox_message set status = 'IN_FLIGHT', claimed_by = 'dead-host/1', lease_until = ? "
                    + "where idempotency_key in (?, ?, ?, ?)", Timestamp.from(Instant.now().minusSeconds(1)), claimedOnly, arrived,
                    neverArrived, unreadable);
            jdbc.update("update outbox_message set attempt_started_at = ?, attempts = 1 where idempotency_key in (?, ?, ?)",
                    Timestamp.from(Instant.now().minusSeconds(200)), arrived, neverArrived, unreadable);
            jdbc.update("update outbox_message set status = 'IN_FLIGHT', claimed_by = 'live-host/2', lease_until = ? "
                    + "where idempotency_key = ?", Timestamp.from(Instant.now().plusSeconds(3600)), stillAlive);
        });

        await().atMost(PATIENCE).until(() -> outbox.delivered(TEAM, claimedOnly).isPresent() && outbox.delivered(TEAM, arrived).isPresent()
                && outbox.delivered(TEAM, neverArrived).isPresent() && status(unreadable) == OutboxEntry.Status.FAILED
                && SlackApiStub.postsTo("D" + lead).size() == 1);

        assertThat(SlackApiStub.postsTo(channel)).extracting(call -> call.get("text"))
                .containsExactlyInAnyOrder("claimed, never started", "never reached Slack");
        assertThat(row(arrived).deliveredMessage().ts()).as("recorded where it is").isEqualTo("1700000000.000321");
        assertThat(SlackApiStub.postsTo(unreadableChannel)).as("not sent blind").isEmpty();
        assertThat(row(unreadable).lastError()).startsWith("unanswered_unchecked").contains("missing_scope");
        assertThat(SlackApiStub.postsTo("D" + lead).get(0).get("text")).as("only the unchecked one is told of")
                .contains("may already have arrived").contains("cannot be checked").contains("send it yourself");
        assertThat(status(stillAlive)).as("a live instance's lease is respected").isEqualTo(OutboxEntry.Status.IN_FLIGHT);
    }

    private List<LoggedRequest> requestsTo(String channel) {
        return SlackApiStub.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(channel)));
    }

    private OutboxEntry row(String key) {
        return rows.findByTeamIdAndIdempotencyKey(TEAM, key).orElseThrow();
    }

    private OutboxEntry.Status status(String key) {
        return rows.findByTeamIdAndIdempotencyKey(TEAM, key).map(OutboxEntry::status).orElse(null);
    }
}
