package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

/**
 * {@code TECHVOICE_METRICS=prometheus} exposes {@code /actuator/prometheus} with TechVoice's figures. Its own context
 * (the only one with metrics on), so {@link MetricsSwitchedOffTest} can check the default in the shared one.
 */
@SlackAppTest
@AutoConfigureObservability(tracing = false) // Spring Boot's tests switch metrics export off unless asked
@TestPropertySource(properties = "TECHVOICE_METRICS=prometheus")
class MetricsSwitchedOnTest {

    @LocalServerPort
    int port;

    @Test
    void prometheusShowsAcksByKindOutboxDepthAndJobDurations() throws Exception {
        SlackApiStub.reset();
        HttpResponse<String> help = new SlackTestClient(port).slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "help");
        assertThat(help.statusCode()).isEqualTo(200);

        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("techvoice_slack_acks_seconds_count\\{kind=\"Command\",status=\"2xx\"\\} [1-9]")
                .containsPattern("techvoice_slack_acks_seconds_bucket\\{kind=\"Command\"")
                .containsPattern("(?m)^techvoice_outbox_depth [0-9]")
                .contains("tasks_scheduled_execution_seconds_count")
                .contains("http_server_requests_seconds_count");
    }
}
