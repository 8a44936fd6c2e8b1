package org.techvoice.outbox.slack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.techvoice.outbox.DeliveryOutcome;
import org.techvoice.outbox.OutboundDelivery;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.outbox.OutboxProperties;
import org.techvoice.outbox.PostSearch;
import org.techvoice.slack.BoltConfiguration;
import org.techvoice.slack.BotTokens;
import org.techvoice.slack.Mrkdwn;
import org.techvoice.slack.RetryAfter;
import org.techvoice.slack.SlackProperties;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.canvases.CanvasesCreateResponse;
import com.slack.api.methods.response.canvases.access.CanvasesAccessSetResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.Message;
import com.slack.api.model.canvas.CanvasDocumentContent;

/**
 * Makes outbox calls with Slack's Web API and says whether a failure is worth retrying.
 *
 * <p>It has its own HTTP client whose call time-out is {@code techvoice.outbox.call-timeout}, so one slow call
 * cannot hold the delivery job past its lock.
 */
@Component
class SlackOutboundDelivery implements OutboundDelivery, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SlackOutboundDelivery.class);

    /** Slack errors that say "not now" rather than "never". */
    private static final Set<String> TRANSIENT_ERRORS = Set.of(
            "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org");

    private final Slack slack;
    private final BotTokens tokens;

    SlackOutboundDelivery(SlackProperties slackProperties, OutboxProperties outboxProperties, BotTokens tokens) {
        SlackConfig config = BoltConfiguration.slackConfig(slackProperties);
        config.setHttpClientCallTimeoutMillis(Math.toIntExact(outboxProperties.callTimeout().toMillis()));
        this.slack = Slack.getInstance(config);
        this.tokens = tokens;
    }

    @Override
    public DeliveryOutcome deliver(OutboundMessage message, Outbox.DeliveredMessage target) {
        String token = tokens.botToken(message.teamId(), null).orElse(null);
        if (token == null) {
            return new DeliveryOutcome.Permanent("no_bot_token: TechVoice has no bot token for workspace " + message.teamId());
        }
        MethodsClient client = slack.methods(token);
        try {
            return switch (message.kind()) {
                case POST_MESSAGE -> post(client, message.channel(), message, PostMarker.of(message));
                case DIRECT_MESSAGE -> directMessage(client, message);
                case UPDATE_MESSAGE -> update(client, message, target);
                case UPLOAD_FILES -> upload(client, message);
                case CREATE_CANVAS -> createCanvas(client, message);
                case SHARE_CANVAS -> shareCanvas(client, message, target);
            };
        } catch (SlackApiException e) {
            return fromHttpStatus(e);
        } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
            // nothing reached Slack: sending again is safe, and Slack may be back in a moment
            return new DeliveryOutcome.Transient("network: " + e, null);
        } catch (IOException e) {
            // a time-out or a connection lost mid-call: Slack may have taken it
            return new DeliveryOutcome.Unanswered("unanswered: " + e);
        }
    }

    /**
     * The last line of defence for every text TechVoice posts: bidirectional controls never reach Slack, whichever
     * feature wrote the message (each feature escapes what people typed with {@link Mrkdwn} as it writes).
     */
    private static String text(OutboundMessage message) {
        return Mrkdwn.withoutBidiControls(message.text());
    }

    private static String blocks(OutboundMessage message) {
        return Mrkdwn.withoutBidiControlsInJson(message.blocksJson());
    }

    /** @param marker for a channel post, the metadata by which {@link #findPost} can find it again; null for a DM */
    private DeliveryOutcome post(MethodsClient client, String channel, OutboundMessage message, Message.Metadata marker)
            throws IOException, SlackApiException {
        if (channel == null || channel.isBlank()) {
            return new DeliveryOutcome.Permanent("channel_not_found: no channel given");
        }
        ChatPostMessageResponse response = client.chatPostMessage(r -> r.channel(channel).text(text(message))
                .blocksAsString(blocks(message)).metadata(marker));
        return response.isOk() ? new DeliveryOutcome.Delivered(response.getChannel(), response.getTs()) : fromError(response);
    }

    /**
     * One {@code chat.postMessage} with the user id as {@code channel}: Slack posts it in the app's DM with that
     * person and answers with the DM's {@code D…} id and the ts, which are remembered for later updates. No
     * {@code conversations.open} (Tier 3, about 50 a minute) is needed, so a survey to thousands is not held to it.
     */
    private DeliveryOutcome directMessage(MethodsClient client, OutboundMessage message) throws IOException, SlackApiException {
        if (message.channel() == null || message.channel().isBlank()) {
            return new DeliveryOutcome.Permanent("user_not_found: no user given");
        }
        return post(client, message.channel(), message, null);
    }

    /**
     * Looks through the channel's messages since {@code notBefore} (conversations.history, one page of 200, with
     * metadata) for the one carrying its {@link PostMarker}, or, for a post made before markers, an app's message with
     * exactly its text. Needs {@code channels:history} / {@code groups:history}: without them, or outside the channel,
     * the answer is that it cannot be known, for good; a network failure or Slack's limits, that it may be known later.
     */
    @Override
    public PostSearch findPost(OutboundMessage posted, Instant notBefore) {
        String token = tokens.botToken(posted.teamId(), null).orElse(null);
        if (token == null || posted.channel() == null) {
            return new PostSearch.Unknown(token == null ? "no bot token for the workspace" : "no channel", false);
        }
        String oldest = Long.toString(notBefore.minusSeconds(60).getEpochSecond());
        ConversationsHistoryResponse history;
        try {
            history = slack.methods(token).conversationsHistory(r -> r.channel(posted.channel()).oldest(oldest).limit(200)
                    .includeAllMetadata(true));
        } catch (IOException | SlackApiException e) {
            return new PostSearch.Unknown("conversations.history could not be read: " + e.getMessage(), true);
        }
        if (!history.isOk()) {
            log.warn("Cannot look in {} of team {} for a post whose call was cut short or went unanswered: {}", posted.channel(), posted.teamId(), history.getError());
            return new PostSearch.Unknown("conversations.history: " + history.getError(), "ratelimited".equals(history.getError()));
        }
        Message.Metadata marker = PostMarker.of(posted);
        String text = text(posted);
        return history.getMessages() == null ? new PostSearch.Absent() : history.getMessages().stream()
                .filter(m -> m.getBotId() != null || m.getAppId() != null)
                .filter(m -> PostMarker.matches(m.getMetadata(), marker) || text.equals(m.getText()))
                .<PostSearch>map(m -> new PostSearch.Found(new Outbox.DeliveredMessage(posted.channel(), m.getTs())))
                .findFirst().orElseGet(PostSearch.Absent::new);
    }

    private DeliveryOutcome update(MethodsClient client, OutboundMessage message, Outbox.DeliveredMessage target)
            throws IOException, SlackApiException {
        if (target == null || target.ts() == null) {
            return new DeliveryOutcome.Permanent("cant_update_message: the original has no message timestamp");
        }
        ChatUpdateResponse response = client.chatUpdate(r -> r.channel(target.channel()).ts(target.ts())
                .text(text(message)).blocksAsString(blocks(message)));
        return response.isOk() ? new DeliveryOutcome.Delivered(response.getChannel(), response.getTs()) : fromError(response);
    }

    private DeliveryOutcome upload(MethodsClient client, OutboundMessage message) throws IOException, SlackApiException {
        String channel = message.channel();
        if (channel == null || channel.isBlank()) {
            return new DeliveryOutcome.Permanent("channel_not_found: no channel given");
        }
        if (message.files().isEmpty()) {
            return new DeliveryOutcome.Permanent("no_file_data: nothing to upload");
        }
        if (isUserId(channel)) {
            ConversationsOpenResponse opened = client.conversationsOpen(r -> r.users(List.of(message.channel())));
            if (!opened.isOk()) {
                return fromError(opened);
            }
            channel = opened.getChannel().getId();
        }
        List<FilesUploadV2Request.UploadFile> files = message.files().stream()
                .map(file -> FilesUploadV2Request.UploadFile.builder()
                        .filename(Mrkdwn.plain(file.filename())).title(Mrkdwn.plain(file.title())).fileData(file.content()).build())
                .toList();
        String shareTo = channel;
        FilesUploadV2Response response = client.filesUploadV2(r -> r.channel(shareTo).initialComment(text(message))
                .uploadFiles(files).requestFileInfo(false));
        // files are shared asynchronously, so Slack gives no message ts to remember here
        return response.isOk() ? new DeliveryOutcome.Delivered(shareTo, null) : fromError(response);
    }

    /** The canvas id is what is remembered (as the channel), for the {@code SHARE_CANVAS} row that follows. */
    private DeliveryOutcome createCanvas(MethodsClient client, OutboundMessage message) throws IOException, SlackApiException {
        if (message.files().size() != 1) {
            return new DeliveryOutcome.Permanent("invalid_arguments: a canvas needs exactly one Markdown document");
        }
        String markdown = new String(message.files().get(0).content(), StandardCharsets.UTF_8);
        CanvasesCreateResponse response = client.canvasesCreate(r -> r.title(Mrkdwn.plain(message.text()))
                .documentContent(CanvasDocumentContent.builder().type("markdown").markdown(Mrkdwn.withoutBidiControls(markdown)).build()));
        if (!response.isOk()) {
            return fromError(response);
        }
        if (response.getCanvasId() == null) {
            return new DeliveryOutcome.Permanent("canvas_creation_failed: Slack returned no canvas id");
        }
        return new DeliveryOutcome.Delivered(response.getCanvasId(), null);
    }

    /**
     * {@code canvases.access.set} is idempotent, so a retry after a failed DM may safely repeat it. The link is the
     * workspace URL from {@code auth.test} plus {@code docs/<team>/<canvas>}, the form Slack uses for canvas links.
     */
    private DeliveryOutcome shareCanvas(MethodsClient client, OutboundMessage message, Outbox.DeliveredMessage canvas)
            throws IOException, SlackApiException {
        if (canvas == null || canvas.channel() == null) {
            return new DeliveryOutcome.Permanent("canvas_not_found: the canvas was never created");
        }
        String userId = message.channel();
        if (userId == null || userId.isBlank()) {
            return new DeliveryOutcome.Permanent("user_not_found: no user given");
        }
        CanvasesAccessSetResponse access = client.canvasesAccessSet(r -> r.canvasId(canvas.channel()).accessLevel("write")
                .userIds(List.of(userId)));
        if (!access.isOk()) {
            return fromError(access);
        }
        AuthTestResponse auth = client.authTest(r -> r);
        if (!auth.isOk()) {
            return fromError(auth);
        }
        String base = auth.getUrl().endsWith("/") ? auth.getUrl() : auth.getUrl() + "/";
        String link = base + "docs/" + message.teamId() + "/" + canvas.channel();
        OutboundMessage withLink = OutboundMessage.directMessage(message.teamId(), message.idempotencyKey(), userId,
                message.text() + "\n<" + link + "|Open the draft canvas>", null);
        return directMessage(client, withLink);
    }

    private static boolean isUserId(String id) {
        return id.startsWith("U") || id.startsWith("W");
    }

    private static DeliveryOutcome fromError(SlackApiTextResponse response) {
        String error = response.getError() == null ? "unknown_error" : response.getError();
        if (response.getNeeded() != null) {
            error += " (needs scope " + response.getNeeded() + ")";
        }
        return TRANSIENT_ERRORS.contains(response.getError()) ? new DeliveryOutcome.Transient(error, null)
                : new DeliveryOutcome.Permanent(error);
    }

    private static DeliveryOutcome fromHttpStatus(SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
            return new DeliveryOutcome.Transient("ratelimited (HTTP 429)", RetryAfter.parse(e.getResponse().header("Retry-After")));
        }
        if (status >= 500 || status == 408) {
            return new DeliveryOutcome.Transient("HTTP " + status, null);
        }
        String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "HTTP " + status;
        return new DeliveryOutcome.Permanent(error);
    }


    @Override
    public void destroy() throws Exception {
        slack.close();
    }
}
