package org.techvoice.playground;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Requests in the shapes Slack documents (slash commands, interactivity payloads, Events API callbacks). */
final class SlackShapes {

    private final ObjectMapper json;

    SlackShapes(ObjectMapper json) {
        this.json = json;
    }

    Map<String, String> slashCommand(Persona persona, String channel, String command, String text, String responseUrl,
            String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "playground");
        form.put("team_id", Personas.TEAM_ID);
        form.put("team_domain", Personas.TEAM_DOMAIN);
        form.put("channel_id", channel);
        form.put("channel_name", channel.startsWith("D") ? "directmessage" : Personas.NETWORK_CHANNEL_NAME);
        form.put("user_id", persona.id());
        form.put("user_name", persona.handle());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", Personas.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form;
    }

    /** The common part of every interactivity payload. */
    ObjectNode interaction(String type, Persona persona, String triggerId) {
        ObjectNode payload = json.createObjectNode();
        payload.put("type", type).put("token", "playground").put("api_app_id", Personas.APP_ID)
                .put("is_enterprise_install", false).putNull("enterprise");
        payload.putObject("team").put("id", Personas.TEAM_ID).put("domain", Personas.TEAM_DOMAIN);
        payload.putObject("user").put("id", persona.id()).put("username", persona.handle()).put("name", persona.handle())
                .put("team_id", Personas.TEAM_ID);
        if (triggerId != null) {
            payload.put("trigger_id", triggerId);
        }
        return payload;
    }

    void channel(ObjectNode payload, String channel) {
        payload.putObject("channel").put("id", channel)
                .put("name", channel.startsWith("D") ? "directmessage" : Personas.NETWORK_CHANNEL_NAME);
    }

    ObjectNode message(PlaygroundWorkspace.Message message) {
        ObjectNode node = json.createObjectNode().put("type", "message").put("ts", message.ts()).put("text", message.text());
        if (Personas.BOT_USER.equals(message.user())) {
            node.put("user", Personas.BOT_USER).put("bot_id", Personas.BOT_ID);
        } else {
            node.put("user", message.user());
        }
        node.set("blocks", message.blocks() == null ? json.createArrayNode() : message.blocks());
        return node;
    }

    /** The view as Slack sends it back with an interaction: what was opened, plus the current input values. */
    ObjectNode viewWithState(ObjectNode view, JsonNode values) {
        ObjectNode copy = view.deepCopy();
        copy.putObject("state").set("values", values != null && values.isObject() ? values : json.createObjectNode());
        return copy;
    }

    ObjectNode eventCallback(String eventId, ObjectNode event, long now) {
        ObjectNode callback = json.createObjectNode();
        callback.put("token", "playground").put("team_id", Personas.TEAM_ID).putNull("enterprise_id")
                .put("api_app_id", Personas.APP_ID).put("type", "event_callback").put("event_id", eventId)
                .put("event_time", now).put("is_ext_shared_channel", false);
        callback.set("event", event);
        callback.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", Personas.TEAM_ID)
                .put("user_id", Personas.BOT_USER).put("is_bot", true).put("is_enterprise_install", false);
        return callback;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }
}
