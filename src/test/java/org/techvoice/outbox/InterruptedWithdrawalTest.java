package org.techvoice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

/**
 * A post whose call was under way when its instance was killed is FAILED ({@code interrupted_mid_call}): it may be in
 * Slack, but where is unknown. Withdrawing it then cannot reach Slack, and the person who withdrew it must be told
 * to delete it by hand rather than believe it is gone.
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
    void theWithdrawerIsToldWhenAnInterruptedPostCannotBeWithdrawn() {
        String original = "achievement:interrupted-1:post";
        jdbc.update("""
                insert into outbox_message (team_id, idempotency_key, kind, payload, status, attempts, next_attempt_at,
                created_at, attempt_started_at, last_error) values (?, ?, 'POST_MESSAGE', ?, 'FAILED', 1, current_timestamp,
                current_timestamp, current_timestamp, ?)""", TEAM, original,
                "{\"teamId\":\"" + TEAM + "\",\"idempotencyKey\":\"" + original + "\",\"kind\":\"POST_MESSAGE\","
                        + "\"channel\":\"C0NETWRK9\",\"text\":\"Sam celebrates Kim!\"}", OutboxLedger.INTERRUPTED);

        outbox.enqueue(OutboundMessage.update(TEAM, original + ":withdrawn", original, "This celebration was withdrawn.", null)
                .notifyingOnFailure(WITHDRAWER));

        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("D" + WITHDRAWER).isEmpty());
        assertThat(SlackApiStub.postsTo("D" + WITHDRAWER).get(0).get("text"))
                .contains("could not deliver a message (an update to an earlier message)")
                .contains("may have reached Slack while TechVoice was restarting")
                .contains("Please delete or edit it in Slack yourself")
                .contains("This celebration was withdrawn.");
        assertThat(SlackApiStub.calls("chat.update")).isEmpty();
    }
}
