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
import java.util.concurrent.atomic.AtomicLong;
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
    /** Slack's trigger ids are unique per interaction, and the app treats a repeated one as a replay. */
    private static final AtomicLong TRIGGERS = new AtomicLong();
    private static final String TRIGGER_RUN = Long.toHexString(System.nanoTime());

    private final SlackRequestVerifier signer = new SlackRequestVerifier(SIGNING_SECRET, Clock.systemUTC());
    /** Request timestamps come from here: the app checks them against its own (possibly test-moved) clock. */
    private final Clock clock;

    public SlackTestClient(int port) {
        this(port, Clock.systemUTC());
    }

    /** Signs with {@code clock}'s time, for apps whose clock a test sets (see {@link MutableClock#set}). */
    public SlackTestClient(int port, Clock clock) {
        this.endpoint = URI.create("http://localhost:" + port + "/slack/events");
        this.clock = clock;
    }

    /** A slash command as Slack sends it (fields as documented for slash command requests). */
    public HttpResponse<String> slashCommand(String teamId, String userId, String command, String text) {
        return slashCommand(teamId, null, false, userId, command, text);
    }

    /** A slash command whose later answers go to {@code responseUrl} (e.g. {@link SlackApiStub#responseUrl(String)}). */
    public HttpResponse<String> slashCommand(String teamId, String userId, String command, String text, String responseUrl) {
        return slashCommand(teamId, null, false, userId, command, text, responseUrl);
    }

    /**
     * A slash command from a workspace of an Enterprise Grid org ({@code enterpriseId}); {@code enterpriseInstall}
     * when TechVoice is installed org-wide.
     */
    public HttpResponse<String> slashCommand(String teamId, String enterpriseId, boolean enterpriseInstall, String userId,
            String command, String text) {
        return slashCommand(teamId, enterpriseId, enterpriseInstall, userId, command, text, "https://hooks.slack.com/commands/" + teamId + "/1/abc");
    }

    private HttpResponse<String> slashCommand(String teamId, String enterpriseId, boolean enterpriseInstall, String userId,
            String command, String text, String responseUrl) {
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
        if (enterpriseId != null) {
            form.put("enterprise_id", enterpriseId);
            form.put("enterprise_name", "Org " + enterpriseId);
        }
        form.put("api_app_id", "A0TECHVOICE");
        form.put("is_enterprise_install", Boolean.toString(enterpriseInstall));
        form.put("response_url", responseUrl);
        form.put("trigger_id", newTriggerId());
        return postSigned(formEncode(form), "application/x-www-form-urlencoded", now(), Map.of());
    }

    /** An interactivity request: {@code payload=<json>} form-encoded. */
    public HttpResponse<String> interactive(String payloadJson) {
        return postSigned("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", now(), Map.of());
    }

    /** A modal submitted: {@code view_submission} with the view's state values ({@code {"block":{"action":{...}}}}). */
    public HttpResponse<String> viewSubmission(String teamId, String userId, String callbackId, String viewId, String stateValuesJson) {
        return interactive("""
                {"type":"view_submission","team":{"id":"%s","domain":"uni"},\
                "user":{"id":"%s","username":"u","name":"u","team_id":"%s"},"api_app_id":"A0TECHVOICE",\
                "token":"legacy-verification-token","trigger_id":"%s",\
                "view":{"id":"%s","team_id":"%s","type":"modal","callback_id":"%s","hash":"156663117.cd33ad1f",\
                "private_metadata":"","blocks":[],"state":{"values":%s},"app_id":"A0TECHVOICE","bot_id":"B0BOT0001"},\
                "response_urls":[],"is_enterprise_install":false}""".formatted(teamId, userId, teamId, newTriggerId(), viewId, teamId,
                callbackId, stateValuesJson));
    }

    /** A button clicked in an ephemeral message: {@code block_actions}, answering to {@code responseUrl}. */
    public HttpResponse<String> buttonClick(String teamId, String userId, String blockId, String actionId, String value,
            String responseUrl) {
        long now = now();
        return interactive("""
                {"type":"block_actions","team":{"id":"%s","domain":"uni"},\
                "user":{"id":"%s","username":"u","name":"u","team_id":"%s"},"api_app_id":"A0TECHVOICE",\
                "token":"legacy-verification-token","trigger_id":"%s",\
                "container":{"type":"message","message_ts":"%d.000200","channel_id":"C0GENERAL1","is_ephemeral":true},\
                "channel":{"id":"C0GENERAL1","name":"general"},"response_url":"%s",\
                "actions":[{"action_id":"%s","block_id":"%s","type":"button","value":"%s",\
                "text":{"type":"plain_text","text":"x"},"action_ts":"%d.000300"}],\
                "is_enterprise_install":false}""".formatted(teamId, userId, teamId, newTriggerId(), now, responseUrl, actionId, blockId, value, now));
    }

    /** An Events API callback wrapping {@code eventJson}. */
    public HttpResponse<String> event(String teamId, String eventId, String eventJson, Map<String, String> headers) {
        return event(teamId, null, false, eventId, eventJson, headers);
    }

    /** An Events API callback from a workspace of an Enterprise Grid org; {@code enterpriseInstall} for org-wide installs. */
    public HttpResponse<String> event(String teamId, String enterpriseId, boolean enterpriseInstall, String eventId,
            String eventJson, Map<String, String> headers) {
        String enterprise = enterpriseId == null ? "null" : "\"" + enterpriseId + "\"";
        String body = """
                {"token":"legacy-verification-token","team_id":"%s","enterprise_id":%s,"api_app_id":"A0TECHVOICE",\
                "event":%s,"type":"event_callback","event_id":"%s","event_time":%d,\
                "authorizations":[{"enterprise_id":%s,"team_id":"%s","user_id":"U0BOT0001","is_bot":true,"is_enterprise_install":%s}],\
                "is_ext_shared_channel":false}""".formatted(teamId, enterprise, eventJson, eventId, now(), enterprise,
                teamId, enterpriseInstall);
        return postSigned(body, "application/json", now(), headers);
    }

    /**
     * {@code app_uninstalled} or {@code tokens_revoked} as Slack sends them: no {@code authorizations}, the workspace
     * (and org) only at the top level.
     */
    public HttpResponse<String> installationEvent(String teamId, String enterpriseId, String eventId, String eventJson) {
        String body = """
                {"token":"legacy-verification-token","team_id":"%s","enterprise_id":%s,"api_app_id":"A0TECHVOICE",\
                "event":%s,"type":"event_callback","event_id":"%s","event_time":%d}""".formatted(teamId,
                enterpriseId == null ? "null" : "\"" + enterpriseId + "\"", eventJson, eventId, now());
        return postSigned(body, "application/json", now(), Map.of());
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

    /** A fresh trigger id, shaped as Slack's ({@code 13345224609.738474920.8088930838d88f008e0}). */
    public static String newTriggerId() {
        return "13345224609." + TRIGGERS.incrementAndGet() + "." + TRIGGER_RUN;
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
