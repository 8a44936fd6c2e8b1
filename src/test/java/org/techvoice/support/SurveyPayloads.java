package org.techvoice.support;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Interactivity payloads of the survey modals (buttons in messages and pushed views, view submissions carrying
 * the opened view back), shaped as Slack sends them, for {@link SlackTestClient#interactive(String)}.
 */
public final class SurveyPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SurveyPayloads() {
    }

    /** A button click in a message (e.g. a DM from the app). */
    public static String buttonInMessage(String teamId, String userId, String actionId, String value) {
        ObjectNode payload = base("block_actions", teamId, userId);
        ObjectNode container = payload.putObject("container");
        container.put("type", "message").put("message_ts", "1764500000.000100").put("channel_id", "D0DM00001").put("is_ephemeral", false);
        payload.putObject("channel").put("id", "D0DM00001").put("name", "directmessage");
        ObjectNode message = payload.putObject("message");
        message.put("type", "message").put("user", SlackApiStub.BOT_USER).put("ts", "1764500000.000100").put("text", "survey");
        payload.put("response_url", "https://hooks.slack.com/actions/" + teamId + "/1/abc");
        payload.set("actions", actions(actionId, value));
        return payload.toString();
    }

    /** A button click inside a modal whose view (as opened) is {@code view}. */
    public static String buttonInView(String teamId, String userId, JsonNode view, String viewId, String actionId, String value) {
        ObjectNode payload = base("block_actions", teamId, userId);
        payload.putObject("container").put("type", "view").put("view_id", viewId);
        payload.set("view", asSubmitted(view, viewId, null, JSON.createObjectNode()));
        payload.set("actions", actions(actionId, value));
        return payload.toString();
    }

    /**
     * A modal submitted with {@code values}: block id to the state of its one element (action id {@code value}),
     * e.g. {@code {"type":"plain_text_input","value":"..."}}.
     */
    public static String viewSubmission(String teamId, String userId, JsonNode view, String viewId, String previousViewId,
            Map<String, JsonNode> values) {
        ObjectNode payload = base("view_submission", teamId, userId);
        ObjectNode state = JSON.createObjectNode();
        ObjectNode stateValues = state.putObject("values");
        values.forEach((block, value) -> stateValues.putObject(block).set("value", value));
        payload.set("view", asSubmitted(view, viewId, previousViewId, state));
        payload.putArray("response_urls");
        payload.put("is_enterprise_install", false);
        return payload.toString();
    }

    public static JsonNode text(String value) {
        return JSON.createObjectNode().put("type", "plain_text_input").put("value", value);
    }

    public static JsonNode selected(String type, String value) {
        ObjectNode node = JSON.createObjectNode().put("type", type);
        node.set("selected_option", option(value));
        return node;
    }

    public static JsonNode checked(String... values) {
        ObjectNode node = JSON.createObjectNode().put("type", "checkboxes");
        ArrayNode options = node.putArray("selected_options");
        for (String value : values) {
            options.add(option(value));
        }
        return node;
    }

    public static JsonNode conversation(String channelId) {
        return JSON.createObjectNode().put("type", "conversations_select").put("selected_conversation", channelId);
    }

    public static JsonNode dateTime(long epochSeconds) {
        return JSON.createObjectNode().put("type", "datetimepicker").put("selected_date_time", epochSeconds);
    }

    private static ObjectNode option(String value) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("text").put("type", "plain_text").put("text", value);
        option.put("value", value);
        return option;
    }

    private static ObjectNode base(String type, String teamId, String userId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("team").put("id", teamId).put("domain", "uni");
        payload.putObject("user").put("id", userId).put("username", userId.toLowerCase()).put("name", userId.toLowerCase()).put("team_id", teamId);
        payload.put("api_app_id", "A0TECHVOICE");
        payload.put("token", "legacy-verification-token");
        payload.put("trigger_id", SlackTestClient.newTriggerId());
        return payload;
    }

    private static ArrayNode actions(String actionId, String value) {
        ArrayNode actions = JSON.createArrayNode();
        ObjectNode action = actions.addObject();
        action.put("action_id", actionId).put("block_id", "b1").put("value", value).put("type", "button").put("action_ts", "1764500001.000200");
        action.putObject("text").put("type", "plain_text").put("text", "button");
        return actions;
    }

    private static ObjectNode asSubmitted(JsonNode opened, String viewId, String previousViewId, ObjectNode state) {
        ObjectNode view = opened.deepCopy();
        view.put("id", viewId).put("team_id", "T0TEST001").put("hash", "1764500000.abc").put("root_view_id", viewId)
                .put("app_id", "A0TECHVOICE").put("bot_id", "B0BOT0001");
        if (previousViewId != null) {
            view.put("previous_view_id", previousViewId).put("root_view_id", previousViewId);
        }
        if (!view.has("private_metadata")) {
            view.put("private_metadata", "");
        }
        view.set("state", state);
        return view;
    }
}
