package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.SlackTestClient;

/** A fresh clone with no Slack app yet: the service starts, is healthy, and says how to connect it. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:nocreds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "techvoice.slack.signing-secret=",
        "techvoice.slack.bot-token=",
        "techvoice.slack.app-token=",
        // nothing may be called: an unreachable address makes any attempt visible as an error
        "techvoice.slack.api-url=http://127.0.0.1:9/api",
})
class NoCredentialsStartupTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsHealthyAndLogsHowToConnect(CapturedOutput output) throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(output.getAll()).contains("TechVoice started without Slack credentials")
                .contains("SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN");
    }

    @Test
    void slackRequestsGetAClearErrorNotAStackTrace(CapturedOutput output) {
        HttpResponse<String> response = new SlackTestClient(port).slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "help");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo(
                "TechVoice is not connected to Slack yet: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (see README, 'Connect to Slack').");
        assertThat(output.getAll()).doesNotContain("Exception");
    }
}
