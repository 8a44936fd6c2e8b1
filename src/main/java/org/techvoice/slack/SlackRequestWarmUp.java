package org.techvoice.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.techvoice.WarmUp;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.util.json.GsonFactory;

/**
 * Warms what every Slack request goes through, before readiness: the bot token's auth.test (Bolt's authorisation
 * needs it on the first request, and it was most of that request's 5 s), the command router and Block Kit's JSON
 * (the help message, rendered and written as Slack would receive it), the parsing of an interaction payload, and one
 * signed request through the servlet container, the signature filter, the replay store and Bolt's dispatch (an
 * {@code ssl_check}, which Bolt answers without running any listener or touching a workspace's data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SlackRequestWarmUp implements WarmUp {

    private static final String INTERACTION = """
            {"type":"block_actions","team":{"id":"T0WARMUP"},"user":{"id":"U0WARMUP","team_id":"T0WARMUP"},\
            "api_app_id":"A0WARMUP","trigger_id":"1.2.warmup","channel":{"id":"C0WARMUP"},"actions":[{"type":"button",\
            "action_id":"warm-up","block_id":"warm-up","value":"warm-up","action_ts":"1700000000.000100"}]}""";

    private final App app;
    private final HelpMessage help;
    private final SlackProperties properties;
    private final SlackRequestVerifier signer;
    private final Environment environment;
    private final Clock clock;

    SlackRequestWarmUp(App app, HelpMessage help, SlackProperties properties, SlackRequestVerifier signer,
            Environment environment, Clock clock) {
        this.app = app;
        this.help = help;
        this.properties = properties;
        this.signer = signer;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "the Slack request path";
    }

    @Override
    public void warmUp() throws IOException, InterruptedException {
        if (app instanceof AnsweringApp answering && !answering.confirmConnection()) {
            // logged by the authorisation; the rest still warms
            throw new IllegalStateException("auth.test did not confirm the bot token");
        }
        Gson json = GsonFactory.createSnakeCase(app.config().getSlack().getConfig());
        json.toJson(help.full());
        json.fromJson(INTERACTION, BlockActionPayload.class);
        throughTheServlet();
    }

    private void throughTheServlet() throws IOException, InterruptedException {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port == null || port <= 0 || !properties.readyForHttp()) {
            return; // no HTTP server (Socket Mode alone, a test without one) or not connected to Slack yet
        }
        byte[] body = "token=warm-up&ssl_check=1".getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + BoltConfiguration.EVENTS_PATH))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the signed ssl_check got HTTP " + response.statusCode());
        }
    }
}
