package org.techvoice.playground;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techvoice.slack.SlackProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Slack Web API, as far as TechVoice uses it, answered in-process: what the app posts, updates, opens and
 * uploads is recorded in the {@link PlaygroundWorkspace} for the page to show. Answers have Slack's shapes, so the
 * app's own Slack SDK code runs unchanged.
 */
@RestController
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SlackApiStandIn {

    private static final Logger log = LoggerFactory.getLogger(SlackApiStandIn.class);

    private final PlaygroundWorkspace workspace;
    private final SlackDirectory directory;
    private final ResponseUrls responseUrls;
    private final ObjectMapper json;
    private final String botToken;
    private final String apiUrl;

    SlackApiStandIn(PlaygroundWorkspace workspace, SlackDirectory directory, ResponseUrls responseUrls, ObjectMapper json,
            SlackProperties slack) {
        this.workspace = workspace;
        this.directory = directory;
        this.responseUrls = responseUrls;
        this.json = json;
        this.botToken = slack.botToken();
        this.apiUrl = slack.methodsEndpointPrefix();
    }

    @PostMapping(path = PlaygroundPaths.SLACK_API + "/{method}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode call(@PathVariable String method, HttpServletRequest request) throws IOException {
        ObjectNode args = arguments(request);
        String token = token(request, args);
        if (!botToken.equals(token)) {
            return error(token == null ? "not_authed" : "invalid_auth");
        }
        return switch (method) {
            case "auth.test" -> directory.authTest(playgroundBase());
            case "users.info" -> directory.userInfo(text(args, "user"));
            case "users.lookupByEmail" -> directory.lookupByEmail(text(args, "email"));
            case "conversations.open" -> directory.openConversation(text(args, "users"));
            case "conversations.members" -> directory.members(text(args, "channel"));
            case "usergroups.list" -> directory.userGroups();
            case "usergroups.users.list" -> directory.userGroupMembers(text(args, "usergroup"));
            case "chat.postMessage" -> postMessage(args);
            case "chat.update" -> update(args);
            case "chat.postEphemeral" -> postEphemeral(args);
            case "views.open" -> openView(args, false);
            case "views.push" -> openView(args, true);
            case "views.update" -> updateView(args);
            case "views.publish" -> publish(args);
            case "files.getUploadURLExternal" -> uploadUrl(args);
            case "files.completeUploadExternal" -> completeUpload(args);
            case "canvases.create" -> createCanvas(args);
            case "canvases.access.set" -> ok();
            default -> {
                log.warn("The playground's Slack stand-in does not know the Web API method {}", method);
                yield error("unknown_method");
            }
        };
    }

    /** The second step of files.uploadV2: the SDK POSTs the file's bytes to the URL it was given. */
    @PostMapping(path = PlaygroundPaths.UPLOAD + "/{fileId}")
    ResponseEntity<String> upload(@PathVariable String fileId, HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        return workspace.receiveUpload(fileId, bytes) ? ResponseEntity.ok("OK - " + bytes.length)
                : ResponseEntity.status(404).body("no such upload");
    }

    /** A response_url of a request the page dispatched. */
    @PostMapping(path = PlaygroundPaths.RESPONSE + "/{id}")
    ResponseEntity<String> respond(@PathVariable String id, HttpServletRequest request) throws IOException {
        JsonNode body = json.readTree(request.getInputStream());
        if (body == null || !body.isObject()) {
            return ResponseEntity.badRequest().body("invalid_payload");
        }
        return responseUrls.respond(id, (ObjectNode) body) ? ResponseEntity.ok("ok")
                : ResponseEntity.status(404).body("expired_url");
    }

    private ObjectNode postMessage(ObjectNode args) {
        String channel = channel(text(args, "channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        PlaygroundWorkspace.Message message = workspace.post(channel, Personas.BOT_USER, text(args, "text"), args.get("blocks"), List.of());
        ObjectNode response = ok().put("channel", channel).put("ts", message.ts());
        response.putObject("message").put("type", "message").put("user", Personas.BOT_USER).put("ts", message.ts())
                .put("text", message.text());
        return response;
    }

    private ObjectNode update(ObjectNode args) {
        String channel = channel(text(args, "channel"));
        String ts = text(args, "ts");
        if (channel == null) {
            return error("channel_not_found");
        }
        return workspace.update(channel, ts, text(args, "text"), args.get("blocks"))
                .map(m -> ok().put("channel", channel).put("ts", m.ts()).put("text", m.text()))
                .orElseGet(() -> error("message_not_found"));
    }

    private ObjectNode postEphemeral(ObjectNode args) {
        String user = text(args, "user");
        if (Personas.byId(user).isEmpty()) {
            return error("user_not_in_channel");
        }
        String channel = channel(text(args, "channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        workspace.ephemeral(user, channel, text(args, "text"), args.get("blocks"));
        return ok().put("message_ts", workspace.nextTs());
    }

    private ObjectNode openView(ObjectNode args, boolean push) {
        String persona = workspace.personaOfTrigger(text(args, "trigger_id")).orElse(null);
        JsonNode view = args.get("view");
        if (persona == null) {
            return error("invalid_trigger_id");
        }
        if (view == null || !view.isObject()) {
            return error("invalid_arguments");
        }
        ObjectNode stored = push ? workspace.pushModal(persona, (ObjectNode) view) : workspace.openModal(persona, (ObjectNode) view);
        return withView(stored);
    }

    private ObjectNode updateView(ObjectNode args) {
        JsonNode view = args.get("view");
        if (view == null || !view.isObject()) {
            return error("invalid_arguments");
        }
        return workspace.updateModal(text(args, "view_id"), text(args, "external_id"), (ObjectNode) view)
                .map(this::withView).orElseGet(() -> error("not_found"));
    }

    private ObjectNode publish(ObjectNode args) {
        String user = text(args, "user_id");
        JsonNode view = args.get("view");
        if (Personas.byId(user).isEmpty()) {
            return error("user_not_found");
        }
        if (view == null || !view.isObject()) {
            return error("invalid_arguments");
        }
        return withView(workspace.publishHome(user, (ObjectNode) view));
    }

    private ObjectNode uploadUrl(ObjectNode args) {
        String id = workspace.reserveUpload(text(args, "filename"));
        return ok().put("upload_url", apiUrl.replaceAll("/$", "").replace(PlaygroundPaths.SLACK_API, PlaygroundPaths.UPLOAD) + "/" + id)
                .put("file_id", id);
    }

    private ObjectNode completeUpload(ObjectNode args) {
        JsonNode requested = args.get("files");
        if (requested == null || !requested.isArray() || requested.isEmpty()) {
            return error("invalid_arguments");
        }
        List<String> ids = new ArrayList<>();
        ObjectNode response = ok();
        var list = response.putArray("files");
        for (JsonNode file : requested) {
            var stored = workspace.completeUpload(file.path("id").asText(), file.path("title").asText(null));
            if (stored.isEmpty()) {
                return error("file_not_found");
            }
            ids.add(stored.get().id());
            list.addObject().put("id", stored.get().id()).put("name", stored.get().name()).put("title", stored.get().title());
        }
        String channel = channel(text(args, "channel_id"));
        if (channel != null) {
            workspace.post(channel, Personas.BOT_USER, text(args, "initial_comment"), null, ids);
        }
        return response;
    }

    /** A canvas is kept as a Markdown file; the app links to it as {@code <auth.test url>docs/<team>/<id>}. */
    private ObjectNode createCanvas(ObjectNode args) {
        JsonNode content = args.path("document_content");
        String markdown = content.path("markdown").asText("");
        String title = text(args, "title");
        String name = (title == null || title.isBlank() ? "canvas" : title) + ".md";
        var file = workspace.storeFile(name, title == null ? name : title, markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ok().put("canvas_id", file.id());
    }

    /**
     * The conversations that exist here: the network channel and each persona's DM with the bot; a user id as a
     * channel means that person's DM, as chat.postMessage allows. Anything else is null ({@code channel_not_found}).
     */
    private static String channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        if (channel.startsWith("U") || channel.startsWith("W")) {
            return Personas.byId(channel).map(Persona::dmChannel).orElse(null);
        }
        boolean known = Personas.NETWORK_CHANNEL.equals(channel) || Personas.everyone().anyMatch(p -> p.dmChannel().equals(channel));
        return known ? channel : null;
    }

    /** The page's own address, given as the workspace URL so links the app builds (canvases) open in the playground. */
    private String playgroundBase() {
        return apiUrl.replace("127.0.0.1", "localhost").replaceAll("/$", "").replace(PlaygroundPaths.SLACK_API, "/playground/");
    }

    /** Form fields (JSON-valued ones such as {@code blocks} and {@code view} parsed), or a JSON body as sent. */
    private ObjectNode arguments(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (type.contains("json")) {
            JsonNode body = json.readTree(request.getInputStream());
            return body != null && body.isObject() ? (ObjectNode) body : json.createObjectNode();
        }
        ObjectNode args = json.createObjectNode();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            String value = entry.getValue().length == 0 ? "" : entry.getValue()[0];
            String trimmed = value.trim();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    args.set(entry.getKey(), json.readTree(trimmed));
                    continue;
                } catch (IOException notJson) {
                    // plain text that happens to start with a bracket
                }
            }
            args.put(entry.getKey(), value);
        }
        return args;
    }

    private static String token(HttpServletRequest request, ObjectNode args) {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return header.substring("Bearer ".length()).trim();
        }
        return text(args, "token");
    }

    private static String text(ObjectNode args, String name) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private ObjectNode withView(ObjectNode view) {
        ObjectNode response = ok();
        response.set("view", view);
        return response;
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("ok", true);
    }

    private ObjectNode error(String code) {
        return json.createObjectNode().put("ok", false).put("error", code);
    }
}
