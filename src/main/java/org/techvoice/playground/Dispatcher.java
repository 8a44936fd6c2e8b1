package org.techvoice.playground;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.techvoice.slack.SlackRequestVerifier;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends a payload to the app's own {@code /slack/events} exactly as Slack would: form-encoded or JSON, signed with
 * this run's signing secret ({@code v0} HMAC over {@code v0:<timestamp>:<body>}), over loopback HTTP. Everything
 * after that (signature filter, authorisation, listeners, services, database) is the production path.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class Dispatcher {

    /** What the app answered: Slack shows the body of a 200 (an ephemeral, a modal's response_action). */
    record Ack(int status, String body) {

        boolean ok() {
            return status == 200;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SlackRequestVerifier signer;
    private final Clock clock;
    private final Environment environment;

    Dispatcher(SlackRequestVerifier signer, Clock clock, Environment environment) {
        this.signer = signer;
        this.clock = clock;
        this.environment = environment;
    }

    Ack form(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(body, "application/x-www-form-urlencoded");
    }

    /** An interactivity request: {@code payload=<json>}, form-encoded. */
    Ack interaction(ObjectNode payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payload", payload.toString());
        return form(fields);
    }

    Ack event(ObjectNode callback) {
        return post(callback.toString(), "application/json");
    }

    private Ack post(String body, String contentType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.millis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(endpoint())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Ack(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Ack(502, "The app did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ack(503, "Interrupted while waiting for the app.");
        }
    }

    private URI endpoint() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }
}
