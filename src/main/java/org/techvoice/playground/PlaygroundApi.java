package org.techvoice.playground;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The page's JSON API (PLAYGROUND.md, "Page ↔ server JSON API"). */
@RestController
@RequestMapping(path = PlaygroundPaths.API, produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PlaygroundApi {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlaygroundApi.class);

    private final PlaygroundWorkspace workspace;
    private final PlaygroundSession session;
    private final SampleInstitution sample;
    private final ObjectMapper json;

    PlaygroundApi(PlaygroundWorkspace workspace, PlaygroundSession session, SampleInstitution sample, ObjectMapper json) {
        this.workspace = workspace;
        this.session = session;
        this.sample = sample;
        this.json = json;
    }

    @GetMapping("/session")
    ObjectNode session() {
        ObjectNode body = json.createObjectNode();
        body.putObject("team").put("id", Personas.TEAM_ID).put("name", Personas.TEAM_NAME);
        body.putObject("bot").put("id", Personas.BOT_USER).put("name", Personas.BOT_NAME);
        ArrayNode personas = body.putArray("personas");
        for (Persona persona : Personas.SWITCHABLE) {
            personas.addObject().put("id", persona.id()).put("name", persona.name()).put("title", persona.title())
                    .put("department", persona.department()).put("role", persona.role());
        }
        // everyone in the directory, the sample's colleagues too, so the page can name any mention and offer anyone in
        // a people picker
        ArrayNode people = body.putArray("people");
        Personas.everyone().forEach(person -> people.addObject().put("id", person.id()).put("name", person.name())
                .put("handle", person.handle()).put("title", person.title()));
        body.putArray("channels").addObject().put("id", Personas.NETWORK_CHANNEL).put("name", Personas.NETWORK_CHANNEL_NAME);
        return body;
    }

    @GetMapping("/state")
    ResponseEntity<ObjectNode> state(@RequestParam(name = "persona", required = false) String persona) {
        return withPersona(persona, p -> ResponseEntity.ok(workspace.snapshot(p)));
    }

    /**
     * The page was loaded (or reloaded). Slack's client drops "only visible to you" replies when it reloads; read
     * marks and everything else stay, because they live on the server.
     */
    @PostMapping("/opened")
    ObjectNode opened() {
        workspace.dropEphemerals();
        return json.createObjectNode().put("ok", true);
    }

    /** The persona has seen a conversation up to a message: its unread badge stays cleared after a reload. */
    @PostMapping("/read")
    ResponseEntity<ObjectNode> read(@RequestBody(required = false) JsonNode request) {
        return act(request, p -> {
            String channel = text(request, "channel");
            String ts = text(request, "ts");
            if (channel == null || ts == null || !ts.matches("\\d{1,12}\\.\\d{1,6}")) {
                return Outcome.badRequest("Say which conversation (channel) was read, up to which message (ts, as 1700000000.000100).");
            }
            if (!channel.equals(p.dmChannel()) && !channel.equals(Personas.NETWORK_CHANNEL)) {
                return Outcome.badRequest("There is no conversation " + channel + " for " + p.name() + ".");
            }
            workspace.markRead(p.id(), channel, ts);
            return Outcome.done();
        });
    }

    @PostMapping("/command")
    ResponseEntity<ObjectNode> command(@RequestBody(required = false) JsonNode request) {
        return act(request, p -> session.command(p, text(request, "channel"), text(request, "text")));
    }

    @PostMapping("/action")
    ResponseEntity<ObjectNode> action(@RequestBody(required = false) JsonNode request) {
        return act(request, p -> session.action(p, request));
    }

    @PostMapping("/submit")
    ResponseEntity<ObjectNode> submit(@RequestBody(required = false) JsonNode request) {
        return act(request, p -> session.submit(p, text(request, "viewId"), request.get("values")));
    }

    @PostMapping("/close")
    ResponseEntity<ObjectNode> close(@RequestBody(required = false) JsonNode request) {
        return act(request, p -> session.close(p, text(request, "viewId")));
    }

    @PostMapping("/home")
    ResponseEntity<ObjectNode> home(@RequestBody(required = false) JsonNode request) {
        return act(request, session::home);
    }

    @PostMapping("/shortcut")
    ResponseEntity<ObjectNode> shortcut(@RequestBody(required = false) JsonNode request) {
        return act(request, p -> session.shortcut(p, text(request, "channel"), text(request, "ts"), text(request, "callbackId")));
    }

    @PostMapping("/reaction")
    ResponseEntity<ObjectNode> reaction(@RequestBody(required = false) JsonNode request) {
        return act(request, p -> session.reaction(p, text(request, "channel"), text(request, "ts"), text(request, "name"),
                request.path("added").asBoolean(true)));
    }

    @PostMapping("/sample")
    ResponseEntity<ObjectNode> sample() {
        try {
            SampleInstitution.Loaded loaded = sample.load();
            return ResponseEntity.ok(json.createObjectNode().put("ok", true).put("alreadyLoaded", !loaded.now())
                    .put("summary", loaded.summary()));
        } catch (RuntimeException failed) {
            log.error("Loading the sample institution failed", failed);
            return reply(Outcome.refused("The sample institution could not be loaded: " + failed.getMessage()));
        }
    }

    private ResponseEntity<ObjectNode> act(JsonNode request, java.util.function.Function<Persona, Outcome> action) {
        if (request == null || !request.isObject()) {
            return reply(Outcome.badRequest("Send a JSON object, for example {\"persona\":\"" + Personas.AMIRA.id()
                    + "\",\"text\":\"/tc help\"}."));
        }
        return withPersona(text(request, "persona"), p -> reply(action.apply(p)));
    }

    private ResponseEntity<ObjectNode> withPersona(String id, java.util.function.Function<Persona, ResponseEntity<ObjectNode>> then) {
        Optional<Persona> persona = id == null ? Optional.empty() : Personas.switchable(id);
        if (persona.isEmpty()) {
            return reply(Outcome.badRequest(id == null || id.isBlank() ? "Say which persona is acting (persona: a user id from GET session)."
                    : "There is no persona " + id.strip() + " in the playground: pick one from the persona switcher."));
        }
        return then.apply(persona.get());
    }

    private ResponseEntity<ObjectNode> reply(Outcome outcome) {
        ObjectNode body = json.createObjectNode().put("ok", outcome.ok());
        if (outcome.error() != null) {
            body.put("error", outcome.error());
        }
        if (outcome.errors() != null) {
            body.set("errors", outcome.errors());
        }
        return ResponseEntity.status(outcome.status()).body(body);
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request == null ? null : request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
