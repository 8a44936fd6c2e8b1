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
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;

/**
 * A post whose call was under way when its instance was killed, and whose channel could not be read then, is FAILED
 * ({@code interrupted_mid_call}): it may be in Slack, but where is unknown. Withdrawing it looks for it in its channel
 * again (by the metadata each channel post carries); found, it is withdrawn there; not found, the person who withdrew
 * it is told to delete it by hand rather than believe it is gone.
 */
@SlackAppTest
class InterruptedWithdrawalTest {

    static final String TEAM = SlackTestClient.TEAM;
    static final String WITHDRAWER = "U0WITHDR1";

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

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
                .contains("Only a workspace admin or owner can delete a message an app posted")
                .contains("This celebration was withdrawn.");
        assertThat(SlackApiStub.calls("chat.update")).isEmpty();
        // only that one channel, only since the post was enqueued, with the posts' metadata
        assertThat(SlackApiStub.calls("conversations.history")).isNotEmpty()
                .allSatisfy(call -> assertThat(call).containsEntry("channel", "C0NETWRK9").containsKey("oldest")
                        .containsEntry("include_all_metadata", "1"));
    }

    /** Also for a post that failed unchecked after a call that got no answer: it may be in its channel just the same. */
    @Test
    void anInterruptedPostFoundInItsChannelIsWithdrawnThereAndLaterUpdatesGoStraightToIt() {
        String original = "achievement:interrupted-2:post";
        channelHistory("""
                {"ok":true,"messages":[{"type":"message","bot_id":"B0BOT0001","text":"edited meanwhile","ts":"1700000000.000300",\
                "metadata":{"event_type":"techvoice_post","event_payload":{"post":"%s"}}}],"has_more":false}"""
                .formatted(marker(original)));
        failedPost(original, FailureNotices.UNANSWERED_UNCHECKED + ": an earlier call got no answer (conversations.history: missing_scope)");

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

    /**
     * Forget-me had the same gap: the post celebrating the person, interrupted mid-call and not found in its channel,
     * stayed public while the erasure said it was withdrawn. They are told, and that notice keeps nothing of them.
     */
    @Test
    void whoAsksToBeForgottenIsToldWhenTheirInterruptedPostCannotBeWithdrawn() {
        String team = "T0WDRFGT1";
        String person = "U0WDRFGP1";
        String colleague = "U0WDRFGC1";
        SlackPayloads.stubInteractions();
        for (String user : List.of(person, colleague, "U0ADMIN01")) {
            SlackPayloads.stubUser(user, team, false, false);
        }
        channelHistory("{\"ok\":true,\"messages\":[],\"has_more\":false}");
        SlackTestClient slack = new SlackTestClient(port);
        slack.slashCommand(team, "U0ADMIN01", "/tc", "config network <#C0WDRFGNW|technicians>");
        slack.slashCommand(team, colleague, "/tc", "celebrate <@" + person + "> rebuilt the cold room's alarm");
        long about = jdbc.queryForObject("select max(id) from achievement where team_id = ?", Long.class, team);
        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("D" + person).isEmpty());
        slack.interactive(SlackPayloads.blockAction(team, person,
                SlackPayloads.button("achievement_approve", "consent:" + about, Long.toString(about)), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("C0WDRFGNW").isEmpty());
        // what a kill -9 during the post's call leaves: FAILED, where it landed unknown
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.update("""
                update outbox_message set status = 'FAILED', last_error = ?, delivered_channel = null, delivered_ts = null
                where team_id = ? and kind = 'POST_MESSAGE' and status = 'DELIVERED'""", OutboxLedger.INTERRUPTED, team) == 1);

        slack.buttonClick(team, person, "tc_forget_me", "tc_forget_me_confirm", "erase", SlackApiStub.responseUrl("wdr-forget"));

        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.postsTo("D" + person).stream()
                .anyMatch(call -> call.get("text").contains("could not deliver a message (an update to an earlier message)")));
        assertThat(SlackApiStub.postsTo("D" + person)).anyMatch(call -> call.get("text").contains("TechVoice has erased"));
        assertThat(SlackApiStub.calls("chat.update")).noneMatch(call -> "C0WDRFGNW".equals(call.get("channel")));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                select count(*) from outbox_message where team_id = ? and status in ('PENDING', 'IN_FLIGHT')""", Integer.class, team) == 0);
        assertThat(jdbc.queryForObject("""
                select count(*) from outbox_message where team_id = ? and (payload like ? or idempotency_key like ?
                or delivered_channel like ?)""", Integer.class, team, "%" + person + "%", "%" + person + "%", "%" + person + "%"))
                .as("the notice, once delivered, keeps nothing of the person").isZero();
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
        failedPost(key, OutboxLedger.INTERRUPTED);
    }

    private void failedPost(String key, String error) {
        jdbc.update("""
                insert into outbox_message (team_id, idempotency_key, kind, payload, status, attempts, next_attempt_at,
                created_at, attempt_started_at, last_error) values (?, ?, 'POST_MESSAGE', ?, 'FAILED', 1, current_timestamp,
                current_timestamp, current_timestamp, ?)""", TEAM, key,
                "{\"teamId\":\"" + TEAM + "\",\"idempotencyKey\":\"" + key + "\",\"kind\":\"POST_MESSAGE\","
                        + "\"channel\":\"C0NETWRK9\",\"text\":\"Sam celebrates Kim!\"}", error);
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
