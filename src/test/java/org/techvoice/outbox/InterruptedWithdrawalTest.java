package org.techvoice.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

/**
 * A post whose call was under way when its instance was killed is FAILED ({@code interrupted_mid_call}): it may be in
 * Slack, but where is unknown. Withdrawing it looks for it in its channel (by the metadata each channel post carries);
 * found, it is withdrawn there; not found, the person who withdrew it is told to delete it by hand rather than
 * believe it is gone.
 */
@SlackAppTest
class InterruptedWithdrawalTest {

    static final String TEAM = SlackTestClient.TEAM;
    static final String WITHDRAWER = "U0WITHDR1";

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
    }

    @Test
    void theWithdrawerIsToldWhenAnInterruptedPostIsNotInItsChannel() {
        String original = "achievement:interrupted-1:post";
        channelHistory("""
                {"ok":true,"messages":[{"type":"message","user":"U0TECH001","text":"Sam celebrates Kim! (quoted by a person)","ts":"1700000000.000200"},\
                {"type":"message","bot_id":"B0BOT0001","text":"Another post","ts":"1700000000.000100",\
                "metadata":{"event_type":"techvoice_post","event_payload":{"post":"%s"}}}],"has_more":false}"""
                .formatted(marker("achievement:someone-else:post")));
        interruptedPost(original);

        outbox.enqueue(OutboundMessage.update(TEAM, original + ":withdrawn", original, "This celebration was withdrawn.", null)
                .notifyingOnFailure(WITHDRAWER));

        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("D" + WITHDRAWER).isEmpty());
        assertThat(SlackApiStub.postsTo("D" + WITHDRAWER).get(0).get("text"))
                .contains("could not deliver a message (an update to an earlier message)")
                .contains("may have reached Slack while TechVoice was restarting")
                .contains("Please delete or edit it in Slack yourself")
                .contains("This celebration was withdrawn.");
        assertThat(SlackApiStub.calls("chat.update")).isEmpty();
        // only that one channel, only since the post was enqueued, with the posts' metadata
        assertThat(SlackApiStub.calls("conversations.history")).isNotEmpty()
                .allSatisfy(call -> assertThat(call).containsEntry("channel", "C0NETWRK9").containsKey("oldest")
                        .containsEntry("include_all_metadata", "1"));
    }

    @Test
    void anInterruptedPostFoundInItsChannelIsWithdrawnThereAndLaterUpdatesGoStraightToIt() {
        String original = "achievement:interrupted-2:post";
        channelHistory("""
                {"ok":true,"messages":[{"type":"message","bot_id":"B0BOT0001","text":"edited meanwhile","ts":"1700000000.000300",\
                "metadata":{"event_type":"techvoice_post","event_payload":{"post":"%s"}}}],"has_more":false}"""
                .formatted(marker(original)));
        interruptedPost(original);

        outbox.enqueue(OutboundMessage.update(TEAM, original + ":withdrawn", original, "This celebration was withdrawn.", null)
                .notifyingOnFailure(WITHDRAWER));

        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.calls("chat.update").isEmpty());
        assertThat(SlackApiStub.calls("chat.update").get(0)).containsEntry("channel", "C0NETWRK9")
                .containsEntry("ts", "1700000000.000300").containsEntry("text", "This celebration was withdrawn.");
        assertThat(outbox.delivered(TEAM, original)).contains(new Outbox.DeliveredMessage("C0NETWRK9", "1700000000.000300"));

        outbox.enqueue(OutboundMessage.update(TEAM, original + ":again", original, "Still withdrawn.", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.calls("chat.update").size() == 2);
        assertThat(SlackApiStub.calls("conversations.history")).hasSize(1);
        assertThat(SlackApiStub.postsTo("D" + WITHDRAWER)).isEmpty();
    }

    @Test
    void aChannelPostCarriesTheMarkerItIsFoundBy() {
        outbox.enqueue(OutboundMessage.post(TEAM, "achievement:marked-3:post", "C0NETWRK9", "Sam celebrates Kim!", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("C0NETWRK9").isEmpty());
        assertThat(SlackApiStub.postsTo("C0NETWRK9").get(0).get("metadata"))
                .contains("\"event_type\":\"techvoice_post\"").contains(marker("achievement:marked-3:post"))
                .doesNotContain("marked-3");
    }

    private void interruptedPost(String key) {
        jdbc.update("""
                insert into outbox_message (team_id, idempotency_key, kind, payload, status, attempts, next_attempt_at,
                created_at, attempt_started_at, last_error) values (?, ?, 'POST_MESSAGE', ?, 'FAILED', 1, current_timestamp,
                current_timestamp, current_timestamp, ?)""", TEAM, key,
                "{\"teamId\":\"" + TEAM + "\",\"idempotencyKey\":\"" + key + "\",\"kind\":\"POST_MESSAGE\","
                        + "\"channel\":\"C0NETWRK9\",\"text\":\"Sam celebrates Kim!\"}", OutboxLedger.INTERRUPTED);
    }

    private static void channelHistory(String json) {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.history")).willReturn(SlackApiStub.okJson(json)));
    }

    /** What the app puts in a channel post's metadata: a digest of team and key (computed here independently). */
    private static String marker(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((TEAM + "/" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
