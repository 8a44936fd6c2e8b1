package org.techvoice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
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

    @Autowired
    Outbox outbox;

    @Test
    void prometheusShowsAcksByKindOutboxDepthAndJobDurations() throws Exception {
        SlackApiStub.reset();
        SlackTestClient slack = new SlackTestClient(port);
        HttpResponse<String> help = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "help");
        assertThat(help.statusCode()).isEqualTo(200);
        // a post Slack first refuses with a 429, then takes; and work done after the ack (an export is a stored request)
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo("C0METRICS"))
                .inScenario("metrics").whenScenarioStateIs(STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo("C0METRICS"))
                .inScenario("metrics").whenScenarioStateIs("open")
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"channel\":\"C0METRICS\",\"ts\":\"1700000000.000900\"}")));
        outbox.enqueue(OutboundMessage.post(SlackTestClient.TEAM, "metrics:429", "C0METRICS", "after the limit", null));
        slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "my-data");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .containsPattern("techvoice_slack_acks_seconds_count\\{kind=\"Command\",status=\"2xx\"\\} [1-9]")
                .containsPattern("techvoice_slack_acks_seconds_bucket\\{kind=\"Command\"")
                .containsPattern("(?m)^techvoice_outbox_depth [0-9]")
                .containsPattern("techvoice_outbox_delivery_seconds_count\\{kind=\"POST_MESSAGE\"\\} [1-9]")
                .containsPattern("techvoice_slack_rate_limited_total\\{kind=\"POST_MESSAGE\"\\} [1-9]")
                .containsPattern("techvoice_stored_requests_seconds_count\\{kind=\"[a-z-]+\",outcome=\"[a-z-]+\"\\} [1-9]")
                .contains("tasks_scheduled_execution_seconds_count")
                .contains("http_server_requests_seconds_count"));
    }

    private String scrape() throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body();
    }
}
