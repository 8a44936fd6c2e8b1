package org.techvoice.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.util.json.GsonFactory;

/**
 * What a Slack request gets when no listener handles it (a button from a message older than the feature that
 * drew it, a form the app never opened, another app's command) or when its listener fails: a clear answer in
 * the shape Slack expects for that kind, never Bolt's bare 404 or a 500.
 */
final class UnhandledRequests {

    private static final Logger log = LoggerFactory.getLogger(UnhandledRequests.class);

    static final String EXPIRED = ":hourglass_flowing_sand: That button or menu has expired, so nothing was changed. "
            + "Type `/tc help` to see what you can do now.";
    static final String FORM_EXPIRED = ":hourglass_flowing_sand: This form has expired or didn't come from TechVoice, "
            + "so nothing was saved. Type `/tc help` to start again.";
    static final String UNKNOWN_COMMAND = "TechVoice answers `/tc` only. Type `/tc help` to see what it can do.";

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final String apiHost;
    private final Executor afterAck;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    UnhandledRequests(SlackProperties properties, Executor afterAck) {
        this.apiHost = URI.create(properties.methodsEndpointPrefix()).getHost();
        this.afterAck = afterAck;
    }

    /** No listener matched. */
    Response unhandled(Request<?> request) {
        return answer(request, EXPIRED, FORM_EXPIRED, UNKNOWN_COMMAND);
    }

    /** A listener threw: nothing it began was committed (its transaction rolled back). */
    Response failed(Request<?> request) {
        return answer(request, SlackReplies.FAILED, SlackReplies.FAILED, SlackReplies.FAILED);
    }

    private Response answer(Request<?> request, String ephemeral, String inModal, String forCommand) {
        return switch (request.getRequestType()) {
            case Command -> Response.json(200, SlackReplies.ephemeral(forCommand));
            case ViewSubmission -> Response.json(200, Map.of("response_action", "update", "view", modal(inModal)));
            case BlockSuggestion, DialogSuggestion -> Response.json(200, Map.of("options", List.of()));
            case BlockAction, AttachmentAction, MessageShortcut, DialogSubmission -> {
                tell(request.getResponseUrl(), ephemeral);
                yield Response.ok();
            }
            // events, closed views, global shortcuts: Slack only needs the acknowledgement
            default -> Response.ok();
        };
    }

    private static com.slack.api.model.view.View modal(String mrkdwn) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("TechVoice")))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(mrkdwn))))));
    }

    /** An ephemeral reply through the request's response_url, after the ack, to Slack (or its test stand-in) only. */
    private void tell(String responseUrl, String mrkdwn) {
        URI target = trusted(responseUrl);
        if (target == null) {
            return;
        }
        String body = GSON.toJson(Map.of("response_type", "ephemeral", "replace_original", false,
                "text", mrkdwn.replace("`", ""), "blocks", List.of(section(s -> s.text(markdownText(mrkdwn))))));
        afterAck.execute(() -> {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() >= 300) {
                    log.warn("response_url answered {} to the 'expired' notice", response.statusCode());
                }
            } catch (Exception e) {
                log.warn("Could not tell the user through response_url: {}", e.getMessage());
            }
        });
    }

    /** A response_url is only followed to Slack itself, never wherever a payload points. */
    private URI trusted(String responseUrl) {
        if (responseUrl == null || responseUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(responseUrl);
            boolean slack = "https".equals(uri.getScheme()) && "hooks.slack.com".equals(uri.getHost());
            boolean standIn = apiHost != null && apiHost.equals(uri.getHost());
            return slack || standIn ? uri : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
