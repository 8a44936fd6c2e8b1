package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.scheduling.StoredRequests;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TechVoiceInstance;

/**
 * A lead's {@code /tc draft} acknowledged by an instance that stops before compiling it (as one killed mid-way
 * would) is compiled and delivered, once, by the next instance on the same database.
 */
class DraftRestartTest {

    static final String LEAD = "U0ADMIN01";

    @TempDir
    Path dataDir;

    @Test
    void aDraftAcknowledgedBeforeARestartIsDeliveredOnceByTheNextInstance() {
        SlackApiStub.reset();

        try (ConfigurableApplicationContext first = start("--techvoice.stored-requests.poll-initial-delay=PT1H")) {
            SlackTestClient slack = new SlackTestClient(port(first));
            HttpResponse<String> ack = slack.slashCommand(SlackTestClient.TEAM, LEAD, "/tc", "draft");
            assertThat(SlackJson.allText(ack.body())).contains("Compiling your self-assessment draft");
            assertThat(first.getBean(StoredRequests.class).waiting(DraftService.KIND)).as("kept in the database, not in memory").isEqualTo(1);
        }
        assertThat(SlackApiStub.calls("files.completeUploadExternal")).as("the first instance never compiled it").isEmpty();

        // The next instance's jobs look for work once as they start and then not for an hour: the restart's draft is
        // found by that first look; what it queues leaves because queuing woke the outbox (OutboxWakeUp), and a new
        // draft is compiled because storing it woke the stored-request job, not because a poll came round.
        try (ConfigurableApplicationContext second = start("--techvoice.stored-requests.poll-initial-delay=PT0.1S",
                "--techvoice.stored-requests.poll-delay=PT1H", "--techvoice.outbox.poll-delay=PT1H")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 1
                    && SlackApiStub.postsTo("D" + LEAD).size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> second.getBean(StoredRequests.class).waiting(DraftService.KIND) == 0);

            HttpResponse<String> again = new SlackTestClient(port(second)).slashCommand(SlackTestClient.TEAM, LEAD, "/tc", "draft");
            assertThat(SlackJson.allText(again.body())).contains("Compiling your self-assessment draft");
            await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 2
                    && SlackApiStub.postsTo("D" + LEAD).size() == 2);
            // the run the new draft woke did only it: the restart's request was gone, and the outbox keys are each request's own
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 2);
        }
        assertThat(SlackApiStub.calls("files.completeUploadExternal").get(0).get("channel_id")).isEqualTo("D" + LEAD);
    }

    private ConfigurableApplicationContext start(String... settings) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("techvoice")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "--techvoice.admins=" + LEAD));
        all.addAll(List.of(settings));
        return TechVoiceInstance.start(all.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
