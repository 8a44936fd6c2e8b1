package org.techvoice.playground;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.techvoice.slack.SlackProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The response_url of each request the page dispatches: an id remembering where the request came from, and what
 * the app sends there (Slack's documented fields: {@code response_type}, {@code replace_original},
 * {@code delete_original}, {@code text}, {@code blocks}) applied to the workspace.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class ResponseUrls {

    private final PlaygroundWorkspace workspace;
    private final String base;

    ResponseUrls(PlaygroundWorkspace workspace, SlackProperties slack) {
        this.workspace = workspace;
        // on the api-url host: the app follows response URLs only to Slack or to its configured stand-in
        this.base = slack.methodsEndpointPrefix().replaceAll("/$", "").replace(PlaygroundPaths.SLACK_API, PlaygroundPaths.RESPONSE) + "/";
    }

    String urlFor(PlaygroundWorkspace.Origin origin) {
        return base + workspace.rememberOrigin(origin);
    }

    /** @return false when the id was never handed out */
    boolean respond(String id, ObjectNode body) {
        PlaygroundWorkspace.Origin origin = workspace.origin(id).orElse(null);
        if (origin == null) {
            return false;
        }
        String text = body.path("text").asText("");
        JsonNode blocks = body.get("blocks");
        if (body.path("delete_original").asBoolean(false)) {
            deleteOriginal(origin);
            return true;
        }
        if (body.path("replace_original").asBoolean(false) && replaceOriginal(origin, text, blocks)) {
            return true;
        }
        if ("in_channel".equals(body.path("response_type").asText())) {
            workspace.post(origin.channel(), Personas.BOT_USER, text, blocks, java.util.List.of());
        } else {
            workspace.ephemeral(origin.persona(), origin.channel(), text, blocks);
        }
        return true;
    }

    private void deleteOriginal(PlaygroundWorkspace.Origin origin) {
        if (origin.ephemeralId() != null) {
            workspace.deleteEphemeral(origin.persona(), origin.ephemeralId());
        } else if (origin.messageTs() != null) {
            workspace.deleteMessage(origin.channel(), origin.messageTs());
        }
    }

    private boolean replaceOriginal(PlaygroundWorkspace.Origin origin, String text, JsonNode blocks) {
        if (origin.ephemeralId() != null) {
            return workspace.replaceEphemeral(origin.persona(), origin.ephemeralId(), text, blocks);
        }
        if (origin.messageTs() != null) {
            return workspace.update(origin.channel(), origin.messageTs(), text,
                    blocks == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode() : blocks).isPresent();
        }
        return false;
    }
}
