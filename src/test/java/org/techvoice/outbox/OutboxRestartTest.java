package org.techvoice.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TechVoiceInstance;

/**
 * A send stopped half-way (the context is closed mid-send) and finished by a new instance on the same file
 * database: every recipient gets exactly one DM.
 */
class OutboxRestartTest {

    private static final int PEOPLE = 150;

    @TempDir
    Path dataDir;

    @Test
    void aRestartMidSendFinishesTheSendWithoutDuplicates() throws SQLException {
        SlackApiStub.reset();
        // slow enough that the first instance is stopped with most of the send still to do
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(SlackApiStub.okJson("""
                {{formData request.body 'form' urlDecode=true}}{"ok":true,"channel":"%s","ts":"1700000000.{{randomValue length=6 type='NUMERIC'}}"}""".formatted(SlackApiStub.POSTED_CHANNEL))
                .withTransformers("response-template").withFixedDelay(25)));

        long deliveredBeforeStop;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> IntStream.range(0, PEOPLE)
                    .forEach(i -> first.getBean(Outbox.class).enqueue(OutboundMessage.directMessage(SlackTestClient.TEAM,
                            "restart-survey:3:invite:" + user(i), user(i), "Survey open", null))));
            OutboxRepository rows = first.getBean(OutboxRepository.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> rows.countByStatus(OutboxEntry.Status.DELIVERED) >= 20);
            first.close();
            deliveredBeforeStop = SlackApiStub.calls("chat.postMessage").size();
        }
        assertThat(deliveredBeforeStop).as("stopped mid-send").isLessThan(PEOPLE);
        // read between the two instances: once the second one runs, its own worker claims rows at once
        assertThat(inFlightRows()).as("a graceful stop leaves nothing claimed").isZero();

        try (ConfigurableApplicationContext second = start()) {
            OutboxRepository rows = second.getBean(OutboxRepository.class);
            await().atMost(Duration.ofSeconds(90)).until(() -> rows.countByStatus(OutboxEntry.Status.DELIVERED) == PEOPLE);
            assertThat(rows.countByStatus(OutboxEntry.Status.FAILED)).isZero();
        }

        Map<String, Long> posts = SlackApiStub.calls("chat.postMessage").stream()
                .collect(Collectors.groupingBy(call -> call.get("channel"), Collectors.counting()));
        assertThat(posts).hasSize(PEOPLE);
        assertThat(posts.values()).allMatch(count -> count == 1);
        assertThat(posts.keySet()).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, PEOPLE).mapToObj(OutboxRestartTest::user).collect(Collectors.toSet()));
    }

    private ConfigurableApplicationContext start() {
        return TechVoiceInstance.start("--spring.datasource.url=" + databaseUrl());
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("techvoice") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private long inFlightRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
                ResultSet count = connection.createStatement().executeQuery(
                        "select count(*) from outbox_message where status = '" + OutboxEntry.Status.IN_FLIGHT + "'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static String user(int i) {
        return "U0RESTART%03d".formatted(i);
    }

}
