package org.techvoice.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

/** Slack's Events API retries: the same event_id, delivered three times, is handled once. */
@SlackAppTest
class EventDeduplicationTest {

    @LocalServerPort
    int port;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
    }

    @Test
    void theSameEventDeliveredThreeTimesIsHandledOnce() {
        String event = homeOpenedBy("U0DEDUP01");

        assertThat(slack.event(SlackTestClient.TEAM, "Ev0DEDUP0001", event, Map.of()).statusCode()).isEqualTo(200);
        assertThat(slack.event(SlackTestClient.TEAM, "Ev0DEDUP0001", event,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
        assertThat(slack.event(SlackTestClient.TEAM, "Ev0DEDUP0001", event,
                Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> publishesFor("U0DEDUP01") >= 1);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5)).until(() -> publishesFor("U0DEDUP01") == 1);
    }

    @Test
    void distinctEventsAndTheSameIdInAnotherWorkspaceAreEachHandled() {
        slack.event(SlackTestClient.TEAM, "Ev0DEDUP0002", homeOpenedBy("U0DEDUP02"), Map.of());
        slack.event(SlackTestClient.TEAM, "Ev0DEDUP0003", homeOpenedBy("U0DEDUP02"), Map.of());
        slack.event(SlackTestClient.OTHER_TEAM, "Ev0DEDUP0002", homeOpenedBy("U0DEDUP02"), Map.of());

        await().atMost(Duration.ofSeconds(10)).until(() -> publishesFor("U0DEDUP02") == 3);
    }

    private static String homeOpenedBy(String user) {
        return """
                {"type":"app_home_opened","user":"%s","channel":"D0DM00001","tab":"home","event_ts":"1700000000.000100"}"""
                .formatted(user);
    }

    private static long publishesFor(String user) {
        return SlackApiStub.calls("views.publish").stream().filter(call -> user.equals(call.get("user_id"))).count();
    }
}
