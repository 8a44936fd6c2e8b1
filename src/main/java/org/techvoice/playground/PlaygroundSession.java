package org.techvoice.playground;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns what a persona does on the page into the request Slack would send, dispatches it to the app, and records
 * the acknowledgement where Slack would show it (an ephemeral reply, a modal's {@code response_action}).
 */
@Service
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PlaygroundSession {

    static final String COMMAND = "/tc";
    private static final Pattern COMMAND_LINE = Pattern.compile("^(/\\S*)\\s*(.*)$", Pattern.DOTALL);

    private final PlaygroundWorkspace workspace;
    private final Dispatcher dispatcher;
    private final ResponseUrls responseUrls;
    private final SlackShapes shapes;
    private final ObjectMapper json;
    private final Clock clock;

    PlaygroundSession(PlaygroundWorkspace workspace, Dispatcher dispatcher, ResponseUrls responseUrls, ObjectMapper json, Clock clock) {
        this.workspace = workspace;
        this.dispatcher = dispatcher;
        this.responseUrls = responseUrls;
        this.shapes = new SlackShapes(json);
        this.json = json;
        this.clock = clock;
    }

    Outcome command(Persona persona, String channel, String text) {
        String line = text == null ? "" : text.strip();
        Matcher parts = COMMAND_LINE.matcher(line);
        if (line.isEmpty() || !parts.matches()) {
            return Outcome.refused("Type a command starting with /tc, for example /tc help. Messages are not sent in the playground: "
                    + "TechVoice only listens to its /tc command.");
        }
        if (!COMMAND.equals(parts.group(1))) {
            return Outcome.refused(parts.group(1) + " is not a TechVoice command: everything goes through /tc here, "
                    + "for example /tc help.");
        }
        String where = channel == null || channel.isBlank() ? persona.dmChannel() : channel;
        if (!where.equals(persona.dmChannel()) && !where.equals(Personas.NETWORK_CHANNEL)) {
            return Outcome.badRequest("Commands can be typed in your TechVoice DM or in #" + Personas.NETWORK_CHANNEL_NAME + ".");
        }
        String responseUrl = responseUrls.urlFor(new PlaygroundWorkspace.Origin(persona.id(), where, null, null));
        Dispatcher.Ack ack = dispatcher.form(shapes.slashCommand(persona, where, COMMAND, CommandEscaping.escape(parts.group(2)),
                responseUrl, workspace.rememberTrigger(persona.id())));
        if (!ack.ok()) {
            return failed(ack);
        }
        showReply(persona, where, ack.body());
        return Outcome.done();
    }

    /** A click or a choice on a block element; {@code request} has the fields of PLAYGROUND.md's {@code POST action}. */
    Outcome action(Persona persona, JsonNode request) {
        JsonNode container = request.path("container");
        String type = container.path("type").asText("");
        ObjectNode payload = shapes.interaction("block_actions", persona, workspace.rememberTrigger(persona.id()));
        switch (type) {
            case "message" -> {
                String channel = container.path("channel").asText("");
                PlaygroundWorkspace.Message message = workspace.message(channel, container.path("ts").asText("")).orElse(null);
                if (message == null || !visibleTo(persona, channel)) {
                    return Outcome.badRequest("That message is no longer there.");
                }
                payload.putObject("container").put("type", "message").put("message_ts", message.ts()).put("channel_id", channel)
                        .put("is_ephemeral", false);
                shapes.channel(payload, channel);
                payload.set("message", shapes.message(message));
                payload.put("response_url", responseUrls.urlFor(new PlaygroundWorkspace.Origin(persona.id(), channel, null, message.ts())));
            }
            case "ephemeral" -> {
                String id = container.path("ephemeralId").asText("");
                PlaygroundWorkspace.Ephemeral ephemeral = workspace.findEphemeral(persona.id(), id).orElse(null);
                if (ephemeral == null) {
                    return Outcome.badRequest("That reply is no longer there.");
                }
                payload.putObject("container").put("type", "message").put("message_ts", (clock.millis() / 1000) + ".000100")
                        .put("channel_id", ephemeral.channel()).put("is_ephemeral", true);
                shapes.channel(payload, ephemeral.channel());
                payload.put("response_url", responseUrls.urlFor(new PlaygroundWorkspace.Origin(persona.id(), ephemeral.channel(), id, null)));
            }
            case "view", "home" -> {
                String viewId = container.path("viewId").asText("");
                ObjectNode view = "home".equals(type) ? workspace.home(persona.id()).filter(h -> h.path("id").asText().equals(viewId)
                        || viewId.isEmpty()).orElse(null)
                        : workspace.modal(persona.id(), viewId).map(PlaygroundWorkspace.Modal::view).orElse(null);
                if (view == null) {
                    return Outcome.badRequest("That form is no longer open.");
                }
                payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
                payload.set("view", shapes.viewWithState(view, request.get("values")));
            }
            default -> {
                return Outcome.badRequest("container.type must be message, ephemeral, view or home.");
            }
        }
        payload.putArray("actions").add(element(request));
        Dispatcher.Ack ack = dispatcher.interaction(payload);
        return ack.ok() ? Outcome.done() : failed(ack);
    }

    Outcome submit(Persona persona, String viewId, JsonNode values) {
        PlaygroundWorkspace.Modal modal = workspace.modal(persona.id(), viewId).orElse(null);
        if (modal == null) {
            return Outcome.badRequest("That form is no longer open.");
        }
        ObjectNode payload = shapes.interaction("view_submission", persona, workspace.rememberTrigger(persona.id()));
        payload.set("view", shapes.viewWithState(modal.view(), values));
        payload.putArray("response_urls");
        Dispatcher.Ack ack = dispatcher.interaction(payload);
        if (!ack.ok()) {
            return failed(ack);
        }
        JsonNode body = parse(ack.body());
        String action = body == null ? "" : body.path("response_action").asText("");
        switch (action) {
            case "errors" -> {
                return Outcome.invalid(body.path("errors"));
            }
            case "update" -> workspace.updateModal(viewId, null, (ObjectNode) body.path("view"));
            case "push" -> workspace.pushModal(persona.id(), (ObjectNode) body.path("view"));
            case "clear" -> workspace.clearModals(persona.id());
            default -> workspace.closeModal(persona.id(), viewId);
        }
        return Outcome.done();
    }

    Outcome close(Persona persona, String viewId) {
        PlaygroundWorkspace.Modal modal = workspace.modal(persona.id(), viewId).orElse(null);
        if (modal == null) {
            return Outcome.done();
        }
        workspace.closeModal(persona.id(), viewId);
        if (modal.view().path("notify_on_close").asBoolean(false)) {
            ObjectNode payload = shapes.interaction("view_closed", persona, null);
            payload.set("view", shapes.viewWithState(modal.view(), null));
            payload.put("is_cleared", false);
            Dispatcher.Ack ack = dispatcher.interaction(payload);
            return ack.ok() ? Outcome.done() : failed(ack);
        }
        return Outcome.done();
    }

    Outcome home(Persona persona) {
        ObjectNode event = shapes.object().put("type", "app_home_opened").put("user", persona.id())
                .put("channel", persona.dmChannel()).put("tab", "home").put("event_ts", eventTs());
        workspace.home(persona.id()).ifPresent(view -> event.set("view", view));
        Dispatcher.Ack ack = dispatcher.event(shapes.eventCallback(workspace.newId("Ev"), event, clock.millis() / 1000));
        return ack.ok() ? Outcome.done() : failed(ack);
    }

    Outcome shortcut(Persona persona, String channel, String ts, String callbackId) {
        PlaygroundWorkspace.Message message = workspace.message(channel, ts).orElse(null);
        if (message == null || !visibleTo(persona, channel)) {
            return Outcome.badRequest("That message is no longer there.");
        }
        ObjectNode payload = shapes.interaction("message_action", persona, workspace.rememberTrigger(persona.id()));
        payload.put("callback_id", callbackId == null || callbackId.isBlank() ? "log_as_evidence" : callbackId)
                .put("message_ts", ts).put("action_ts", eventTs())
                .put("response_url", responseUrls.urlFor(new PlaygroundWorkspace.Origin(persona.id(), channel, null, null)));
        shapes.channel(payload, channel);
        payload.set("message", shapes.message(message));
        Dispatcher.Ack ack = dispatcher.interaction(payload);
        return ack.ok() ? Outcome.done() : failed(ack);
    }

    Outcome reaction(Persona persona, String channel, String ts, String name, boolean added) {
        PlaygroundWorkspace.Message message = workspace.message(channel, ts).orElse(null);
        if (message == null || !visibleTo(persona, channel)) {
            return Outcome.badRequest("That message is no longer there.");
        }
        if (name == null || !name.matches("[a-z0-9_+'-]{1,100}")) {
            return Outcome.badRequest("A reaction is an emoji name such as tada or clap.");
        }
        workspace.react(channel, ts, persona.id(), name, added);
        ObjectNode event = shapes.object().put("type", added ? "reaction_added" : "reaction_removed").put("user", persona.id())
                .put("reaction", name).put("item_user", message.user()).put("event_ts", eventTs());
        event.putObject("item").put("type", "message").put("channel", channel).put("ts", ts);
        Dispatcher.Ack ack = dispatcher.event(shapes.eventCallback(workspace.newId("Ev"), event, clock.millis() / 1000));
        return ack.ok() ? Outcome.done() : failed(ack);
    }

    /** A slash command's 200 body is shown to its user alone, unless it asks to be posted in the channel. */
    private void showReply(Persona persona, String channel, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        JsonNode reply = parse(body);
        if (reply == null || !reply.isObject()) {
            workspace.ephemeral(persona.id(), channel, body, null);
            return;
        }
        if (!reply.hasNonNull("text") && !reply.hasNonNull("blocks")) {
            return;
        }
        if ("in_channel".equals(reply.path("response_type").asText())) {
            workspace.post(channel, Personas.BOT_USER, reply.path("text").asText(""), reply.get("blocks"), List.of());
        } else {
            workspace.ephemeral(persona.id(), channel, reply.path("text").asText(""), reply.get("blocks"));
        }
    }

    /** The action element as Slack sends it, from the page's camel-cased fields. */
    private ObjectNode element(JsonNode request) {
        ObjectNode action = json.createObjectNode();
        action.put("action_id", request.path("actionId").asText(""));
        action.put("block_id", request.path("blockId").asText(""));
        action.put("type", request.path("type").asText("button"));
        action.put("action_ts", eventTs());
        if (request.hasNonNull("value")) {
            action.put("value", request.path("value").asText());
        }
        if (request.path("selectedOption").isObject()) {
            action.set("selected_option", option(request.path("selectedOption")));
        }
        if (request.path("selectedOptions").isArray()) {
            var list = action.putArray("selected_options");
            request.path("selectedOptions").forEach(o -> list.add(option(o)));
        }
        copyText(request, action, "selectedDate", "selected_date");
        copyText(request, action, "selectedUser", "selected_user");
        copyText(request, action, "selectedChannel", "selected_channel");
        copyText(request, action, "selectedConversation", "selected_conversation");
        if (request.path("selectedUsers").isArray()) {
            action.set("selected_users", request.path("selectedUsers").deepCopy());
        }
        if ("button".equals(action.path("type").asText())) {
            action.putObject("text").put("type", "plain_text").put("text", request.path("text").asText(action.path("action_id").asText()));
        }
        return action;
    }

    private ObjectNode option(JsonNode option) {
        ObjectNode node = json.createObjectNode().put("value", option.path("value").asText(""));
        JsonNode text = option.path("text");
        if (text.isObject()) {
            node.set("text", text.deepCopy());
        } else {
            node.putObject("text").put("type", "plain_text").put("text", text.asText(option.path("value").asText("")));
        }
        return node;
    }

    private static void copyText(JsonNode from, ObjectNode to, String field, String slackField) {
        if (from.hasNonNull(field) && !from.path(field).asText().isEmpty()) {
            to.put(slackField, from.path(field).asText());
        }
    }

    private static boolean visibleTo(Persona persona, String channel) {
        return channel.equals(persona.dmChannel()) || channel.equals(Personas.NETWORK_CHANNEL);
    }

    private String eventTs() {
        return (clock.millis() / 1000) + "." + String.format("%06d", Math.floorMod(clock.millis(), 1000) * 1000);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static Outcome failed(Dispatcher.Ack ack) {
        String body = ack.body() == null ? "" : ack.body().strip();
        return Outcome.refused("TechVoice answered " + ack.status() + (body.isEmpty() ? "" : ": " + body));
    }
}
