package org.techvoice.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/** When Slack rejects the bot token or cannot be reached, users get a clear answer and nothing runs. */
@SlackAppTest
@TestPropertySource(properties = "techvoice.admins=U0AUTHTEST") // its own context: a fresh auth.test cache
class AuthTestFailureTest {

    @LocalServerPort
    int port;

    @AfterEach
    void restoreStub() {
        SlackApiStub.reset();
    }

    /** One ordered story, because a successful auth.test is remembered for the rest of the context's life. */
    @Test
    void slackFailingIsExplainedAndRecoveryNeedsNoRestart() {
        SlackTestClient slack = new SlackTestClient(port);
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true}").withFixedDelay(10_000)));

        long started = System.nanoTime();
        HttpResponse<String> slow = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "help");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        // Slack gives up after three seconds; the answer must come before that, and say what happened
        assertThat(tookMillis).isLessThan(3_000);
        assertThat(SlackJson.allText(slow.body())).contains("can't confirm its Slack connection");

        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        HttpResponse<String> event = slack.event(SlackTestClient.TEAM, "Ev0FAIL01", """
                {"type":"app_home_opened","user":"U0TECH001","channel":"D0DM00001","tab":"home","event_ts":"1700000000.000100"}""",
                java.util.Map.of());
        HttpResponse<String> unreachable = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "help");

        assertThat(event.statusCode()).isEqualTo(503);
        assertThat(unreachable.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(unreachable.body())).contains("can't confirm its Slack connection");

        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
        HttpResponse<String> rejected = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "help");

        assertThat(SlackJson.allText(rejected.body())).contains("can't confirm its Slack connection").doesNotContain("/tc commands");

        SlackApiStub.reset();
        HttpResponse<String> recovered = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "help");

        assertThat(SlackJson.allText(recovered.body())).contains("TechVoice: /tc commands");
    }
}
