package org.techvoice.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.techvoice.idempotency.HandledRequests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

/**
 * Slack redelivers an Events API callback that was not acknowledged fast enough (with {@code X-Slack-Retry-Num}),
 * and may deliver one twice anyway: each {@code event_id} is handled once per workspace. A delivery whose
 * handling fails is forgotten again, so Slack's retry gets a second chance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventDeduplication implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(EventDeduplication.class);

    private final HandledRequests handled;
    private final ObjectMapper json;

    EventDeduplication(HandledRequests handled, ObjectMapper json) {
        this.handled = handled;
        this.json = json;
    }

    @Override
    public void register(App app) {
        app.use(this::deduplicate);
    }

    private Response deduplicate(Request<?> request, Response response, com.slack.api.bolt.middleware.MiddlewareChain chain)
            throws Exception {
        String key = key(request);
        if (key == null) {
            return chain.next(request);
        }
        String team = request.getContext().getTeamId();
        if (!handled.takeOn(team, key)) {
            log.info("{} for team {} already handled; ignoring redelivery {}", key, team,
                    request.getHeaders().getFirstValue("X-Slack-Retry-Num"));
            return Response.ok();
        }
        try {
            Response result = chain.next(request);
            if (result.getStatusCode() != null && result.getStatusCode() >= 500) {
                handled.release(team, key);
            }
            return result;
        } catch (Exception | Error e) {
            handled.release(team, key);
            throw e;
        }
    }

    /** {@code event:<event_id>} or {@code trigger:<trigger_id>}; null for a request carrying neither. */
    private String key(Request<?> request) {
        if (request.getRequestType() == RequestType.Event) {
            String eventId = eventId(request.getRequestBodyAsString());
            return eventId == null ? null : "event:" + eventId;
        }
        String triggerId = triggerId(request);
        return triggerId == null || triggerId.isBlank() ? null : "trigger:" + triggerId;
    }

    private static String triggerId(Request<?> request) {
        if (request instanceof SlashCommandRequest command) {
            return command.getPayload().getTriggerId();
        }
        if (request instanceof BlockActionRequest action) {
            return action.getPayload().getTriggerId();
        }
        if (request instanceof ViewSubmissionRequest submission) {
            return submission.getPayload().getTriggerId();
        }
        if (request instanceof MessageShortcutRequest shortcut) {
            return shortcut.getPayload().getTriggerId();
        }
        if (request instanceof GlobalShortcutRequest shortcut) {
            return shortcut.getPayload().getTriggerId();
        }
        return null;
    }

    private String eventId(String body) {
        try {
            String id = json.readTree(body).path("event_id").asText(null);
            return id == null || id.isBlank() ? null : id;
        } catch (Exception malformed) {
            return null;
        }
    }
}
