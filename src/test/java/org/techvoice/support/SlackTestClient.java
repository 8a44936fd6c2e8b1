package org.techvoice.support;

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

import org.techvoice.slack.SlackRequestVerifier;

/**
 * Sends requests to {@code /slack/events} the way Slack does: form-encoded slash commands and
 * interactivity payloads, JSON Events API callbacks, each signed with the signing secret.
 */
public final class SlackTestClient {

    public static final String SIGNING_SECRET = "test-signing-secret-8f14e45fceea167a";
    public static final String TEAM = "T0TEST001";
    public static final String OTHER_TEAM = "T0OTHER02";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final SlackRequestVerifier signer = new SlackRequestVerifier(SIGNING_SECRET, Clock.systemUTC());
    /** Request timestamps come from here: the app checks them against its own (possibly test-moved) clock. */
    private final Clock clock;

    public SlackTestClient(int port) {
        this(port, Clock.systemUTC());
    }

    /** Signs with {@code clock}'s time, for apps whose clock a test moves (see {@link MutableClock}). */
    public SlackTestClient(int port, Clock clock) {
        this.endpoint = URI.create("http://localhost:" + port + "/slack/events");
        this.clock = clock;
    }

    /** A slash command as Slack sends it (fields as documented for slash command requests). */
    public HttpResponse<String> slashCommand(String teamId, String userId, String command, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", teamId);
        form.put("team_domain", "uni-" + teamId.toLowerCase());
        form.put("channel_id", "C0GENERAL1");
        form.put("channel_name", "general");
        form.put("user_id", userId);
        form.put("user_name", "user-" + userId.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0TECHVOICE");
        form.put("is_enterprise_install", "false");
        form.put("response_url", "https://hooks.slack.com/commands/" + teamId + "/1/abc");
        form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return postSigned(formEncode(form), "application/x-www-form-urlencoded", now(), Map.of());
    }

    /** An interactivity request: {@code payload=<json>} form-encoded. */
    public HttpResponse<String> interactive(String payloadJson) {
        return postSigned("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", now(), Map.of());
    }

    /** An Events API callback wrapping {@code eventJson}. */
    public HttpResponse<String> event(String teamId, String eventId, String eventJson, Map<String, String> headers) {
        String body = """
                {"token":"legacy-verification-token","team_id":"%s","api_app_id":"A0TECHVOICE",\
                "event":%s,"type":"event_callback","event_id":"%s","event_time":%d,\
                "authorizations":[{"team_id":"%s","user_id":"U0BOT0001","is_bot":true,"is_enterprise_install":false}],\
                "is_ext_shared_channel":false}""".formatted(teamId, eventJson, eventId, now(), teamId);
        return postSigned(body, "application/json", now(), headers);
    }

    public HttpResponse<String> postSigned(String body, String contentType, long timestamp, Map<String, String> headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, bytes));
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    public HttpResponse<String> postRaw(String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType);
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public String sign(long timestamp, String body) {
        return signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    public static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private long now() {
        return clock.millis() / 1000;
    }

    public static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
