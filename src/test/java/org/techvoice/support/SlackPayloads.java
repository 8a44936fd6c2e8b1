package org.techvoice.support;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Interactivity payloads in the shapes Slack sends (block_actions, view_submission, message_action), with
 * response_url pointing at the WireMock stand-in so what the app answers there can be read back.
 */
public final class SlackPayloads {

    private static final ObjectMapper json = new ObjectMapper();
    private static final AtomicLong sequence = new AtomicLong();

    private SlackPayloads() {
    }

    /** Stubs response_url posts and the Web API methods interactions use. */
    public static void stubInteractions() {
        SlackApiStub.server().stubFor(post(urlPathMatching("/respond/.*")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"view\":{\"id\":\"V0MODAL01\"}}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.update"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"view\":{\"id\":\"V0MODAL01\"}}")));
    }

    /** Stubs users.info for one user. */
    public static void stubUser(String userId, String teamId, boolean bot, boolean deleted) {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/users.info"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + userId))
                .willReturn(SlackApiStub.okJson("""
                        {"ok":true,"user":{"id":"%s","team_id":"%s","name":"person-%s","deleted":%s,"is_bot":%s,\
                        "profile":{"real_name":"Person %s"}}}""".formatted(userId, teamId, userId.toLowerCase(), deleted, bot, userId))));
    }

    /** What the app posted to response URLs, oldest first, as JSON. */
    public static List<JsonNode> responses() {
        return SlackApiStub.server().findAll(postRequestedFor(urlPathMatching("/respond/.*"))).stream()
                .map(request -> SlackJson.parse(request.getBodyAsString())).toList();
    }

    public static String responseUrl() {
        return SlackApiStub.server().baseUrl() + "/respond/" + sequence.incrementAndGet();
    }

    /** A click on a block element in a message (the container of an ephemeral reply or a DM). */
    public static String blockAction(String teamId, String userId, Map<String, Object> action, JsonNode messageBlocks) {
        ObjectNode payload = base("block_actions", teamId, userId);
        ObjectNode container = payload.putObject("container");
        container.put("type", "message").put("message_ts", "1700000000.000100").put("channel_id", "D0DM00001")
                .put("is_ephemeral", messageBlocks == null);
        payload.putObject("channel").put("id", "D0DM00001").put("name", "directmessage");
        payload.put("response_url", responseUrl());
        payload.put("trigger_id", SlackTestClient.newTriggerId());
        if (messageBlocks != null) {
            ObjectNode message = payload.putObject("message");
            message.put("type", "message").put("user", SlackApiStub.BOT_USER).put("ts", "1700000000.000100").put("text", "x");
            message.set("blocks", messageBlocks);
        }
        ObjectNode a = json.valueToTree(action);
        a.put("action_ts", "1700000001.000200");
        payload.putArray("actions").add(a);
        return payload.toString();
    }

    public static Map<String, Object> button(String actionId, String blockId, String value) {
        return Map.of("type", "button", "action_id", actionId, "block_id", blockId, "value", value,
                "text", Map.of("type", "plain_text", "text", actionId));
    }

    public static Map<String, Object> staticSelect(String actionId, String blockId, String value) {
        return Map.of("type", "static_select", "action_id", actionId, "block_id", blockId,
                "selected_option", Map.of("value", value, "text", Map.of("type", "plain_text", "text", value)));
    }

    /** A modal submitted; {@code values} is block id → the element state (under action id "value"). */
    public static String viewSubmission(String teamId, String userId, String callbackId, String privateMetadata,
            Map<String, Map<String, Object>> values) {
        ObjectNode payload = base("view_submission", teamId, userId);
        payload.put("trigger_id", SlackTestClient.newTriggerId());
        ObjectNode view = payload.putObject("view");
        view.put("id", "V0MODAL01").put("team_id", teamId).put("type", "modal").put("callback_id", callbackId)
                .put("private_metadata", privateMetadata).put("hash", "1700000000.abc");
        view.putObject("title").put("type", "plain_text").put("text", "Form");
        ObjectNode state = view.putObject("state").putObject("values");
        values.forEach((block, element) -> state.putObject(block).set("value", json.valueToTree(element)));
        payload.putArray("response_urls");
        return payload.toString();
    }

    public static Map<String, Object> textValue(String text) {
        return Map.of("type", "plain_text_input", "value", text);
    }

    public static Map<String, Object> options(String type, String... values) {
        ArrayNode selected = json.createArrayNode();
        for (String value : values) {
            selected.addObject().put("value", value).putObject("text").put("type", "plain_text").put("text", value);
        }
        return Map.of("type", type, "selected_options", selected);
    }

    public static Map<String, Object> users(String... ids) {
        return Map.of("type", "multi_users_select", "selected_users", List.of(ids));
    }

    public static Map<String, Object> date(String isoDate) {
        return Map.of("type", "datepicker", "selected_date", isoDate);
    }

    public static Map<String, Object> option(String value) {
        return Map.of("type", "static_select", "selected_option", Map.of("value", value, "text", Map.of("type", "plain_text", "text", value)));
    }

    /** The message shortcut on a message written by {@code authorId}. */
    public static String messageShortcut(String teamId, String userId, String callbackId, String authorId, String channelId,
            String messageTs, String text) {
        ObjectNode payload = base("message_action", teamId, userId);
        payload.put("callback_id", callbackId).put("trigger_id", SlackTestClient.newTriggerId()).put("message_ts", messageTs)
                .put("response_url", responseUrl()).put("action_ts", "1700000001.000200");
        payload.putObject("channel").put("id", channelId).put("name", "lab-chat");
        ObjectNode message = payload.putObject("message");
        message.put("type", "message").put("ts", messageTs).put("text", text);
        if (authorId != null) {
            message.put("user", authorId);
        } else {
            message.put("bot_id", "B0OTHER01").put("subtype", "bot_message");
        }
        return payload.toString();
    }

    private static ObjectNode base(String type, String teamId, String userId) {
        ObjectNode payload = json.createObjectNode();
        payload.put("type", type).put("token", "legacy-verification-token").put("api_app_id", "A0TECHVOICE")
                .put("is_enterprise_install", false);
        payload.putObject("team").put("id", teamId).put("domain", "uni-" + teamId.toLowerCase());
        payload.putObject("user").put("id", userId).put("username", "user-" + userId.toLowerCase()).put("name", "user")
                .put("team_id", teamId);
        return payload;
    }
}
