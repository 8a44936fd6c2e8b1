package org.techvoice.support;

import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Interactivity payloads as Slack sends them (view_submission, block_actions), for
 * {@link SlackTestClient#interactive(String)}. State values are given per block id as the element JSON.
 */
public final class ModalPayloads {

    private static final ObjectMapper json = new ObjectMapper();

    private ModalPayloads() {
    }

    /** A view_submission of the modal {@code callbackId} whose blocks hold {@code values} (block id to element state JSON). */
    public static String viewSubmission(String teamId, String userId, String callbackId, String privateMetadata, Map<String, String> values) {
        String state = values.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":{\"value\":" + e.getValue() + "}")
                .collect(Collectors.joining(",", "{", "}"));
        return """
                {"type":"view_submission","team":{"id":"%1$s","domain":"uni"},\
                "user":{"id":"%2$s","username":"u","name":"u","team_id":"%1$s"},\
                "api_app_id":"A0TECHVOICE","token":"legacy-verification-token","trigger_id":"%6$s",\
                "view":{"id":"V0MODAL01","team_id":"%1$s","type":"modal","callback_id":%3$s,"private_metadata":%4$s,\
                "title":{"type":"plain_text","text":"TechVoice"},"blocks":[],"hash":"156772938.1827394",\
                "state":{"values":%5$s},"app_id":"A0TECHVOICE","bot_id":"B0BOT0001"},\
                "response_urls":[],"is_enterprise_install":false}"""
                .formatted(teamId, userId, quote(callbackId), quote(privateMetadata == null ? "" : privateMetadata), state,
                        SlackTestClient.newTriggerId());
    }

    /** A button press in a message (e.g. an ephemeral list), with a trigger id for opening a modal. */
    public static String buttonPress(String teamId, String userId, String actionId, String value) {
        return """
                {"type":"block_actions","team":{"id":"%1$s","domain":"uni"},\
                "user":{"id":"%2$s","username":"u","name":"u","team_id":"%1$s"},\
                "api_app_id":"A0TECHVOICE","token":"legacy-verification-token","trigger_id":"%5$s",\
                "container":{"type":"message","message_ts":"1700000000.000100","channel_id":"C0GENERAL1","is_ephemeral":true},\
                "channel":{"id":"C0GENERAL1","name":"general"},"response_url":"https://hooks.slack.com/actions/%1$s/1/abc",\
                "actions":[{"action_id":%3$s,"block_id":"b1","value":%4$s,"type":"button",\
                "text":{"type":"plain_text","text":"Update"},"action_ts":"1700000001.000200"}]}"""
                .formatted(teamId, userId, quote(actionId), quote(value), SlackTestClient.newTriggerId());
    }

    public static String text(String value) {
        return "{\"type\":\"plain_text_input\",\"value\":" + (value == null ? "null" : quote(value)) + "}";
    }

    public static String date(String isoDate) {
        return "{\"type\":\"datepicker\",\"selected_date\":" + (isoDate == null ? "null" : quote(isoDate)) + "}";
    }

    public static String select(String value) {
        return "{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":" + quote(value)
                + "},\"value\":" + quote(value) + "}}";
    }

    public static String multiSelect(String... values) {
        return java.util.Arrays.stream(values)
                .map(v -> "{\"text\":{\"type\":\"plain_text\",\"text\":" + quote(v) + "},\"value\":" + quote(v) + "}")
                .collect(Collectors.joining(",", "{\"type\":\"multi_static_select\",\"selected_options\":[", "]}"));
    }

    private static String quote(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
