package org.techvoice;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.RepoFiles;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Keeps {@code manifest/*.yaml} valid for Slack and true to the app: both manifests pass Slack's JSON Schema,
 * every command and bot event they declare is really answered at {@code /slack/events}, and the Socket Mode
 * manifest is the HTTP one without its URLs.
 */
@SlackAppTest
class ManifestTest {

    static final String HTTP_MANIFEST = "manifest/techvoice.yaml";
    static final String SOCKET_MODE_MANIFEST = "manifest/techvoice-socket-mode.yaml";
    static final String SCHEMA = "manifest.schema.1.0.0.json";
    static final String EVENTS_PATH = "/slack/events";
    static final String OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";
    /** Events about the installation itself: sent from their own team, so the shared test workspace stays installed. */
    static final Set<String> INSTALLATION_EVENTS = Set.of("app_uninstalled", "tokens_revoked");

    /** Changing this is changing what every workspace is asked to grant: do it on purpose. */
    static final Set<String> BOT_SCOPES = Set.of("commands", "chat:write", "im:write", "files:write",
            // the draft's canvas version: canvases.create and canvases.access.set
            "canvases:write",
            // roles, people and privacy: users.info (workspace admins, bots) and users.lookupByEmail (CSV import)
            "users:read", "users:read.email",
            // voice and recognition: celebrations posted in a public network channel without an invitation
            "chat:write.public",
            // surveys: channel and user-group audiences (users.info above also gives time zones)
            "channels:read", "groups:read", "usergroups:read",
            // recognition: reaction_added / reaction_removed on celebration posts
            "reactions:read",
            // withdrawal: finding the app's own post whose chat.postMessage was interrupted (conversations.history)
            "channels:history", "groups:history");

    /** What the slack adapter's fallback (AnsweringApp) marks its answers to requests no listener handled with. */
    static final String UNHANDLED_HEADER = "X-TechVoice-Unhandled";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "U0USER001";

    @LocalServerPort
    int port;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        // App Home: the listener publishes the view after acking; answer it like Slack so nothing logs a failure.
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
    }

    // --- Slack's JSON Schema ------------------------------------------------------------------------------

    @Test
    void httpManifestMatchesSlacksSchema() {
        assertThat(schemaErrors(manifest(HTTP_MANIFEST))).isEmpty();
    }

    @Test
    void socketModeManifestMatchesSlacksSchema() {
        assertThat(schemaErrors(manifest(SOCKET_MODE_MANIFEST))).isEmpty();
    }

    @Test
    void schemaCheckRejectsABrokenManifest() {
        // Guards against a vacuous check (e.g. a schema that failed to load and accepts everything).
        ObjectNode broken = manifest(HTTP_MANIFEST).deepCopy();
        ((ObjectNode) broken.get("display_information")).put("name", "x".repeat(36));
        broken.put("no_such_section", true);
        ((ObjectNode) broken.at("/features/slash_commands/0")).put("command", "tc");
        assertThat(schemaErrors(broken)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void backgroundColorIsAHexColour() {
        // The schema spells this rule "regex", which is no JSON Schema keyword, so validators skip it.
        for (String file : List.of(HTTP_MANIFEST, SOCKET_MODE_MANIFEST)) {
            assertThat(manifest(file).at("/display_information/background_color").asText())
                    .as(file).matches("^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$");
        }
    }

    // --- what the manifests declare -------------------------------------------------------------------------

    @Test
    void botScopesAreExactlyTheOnesTheAppUses() {
        for (String file : List.of(HTTP_MANIFEST, SOCKET_MODE_MANIFEST)) {
            JsonNode scopes = manifest(file).at("/oauth_config/scopes");
            assertThat(texts(scopes.get("bot"))).as(file + " bot scopes").containsExactlyInAnyOrderElementsOf(BOT_SCOPES);
            assertThat(scopes.has("user")).as(file + " asks for no user scopes").isFalse();
        }
    }

    @Test
    void httpManifestSendsEverythingToSlackEvents() {
        JsonNode manifest = manifest(HTTP_MANIFEST);
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean(true)).isFalse();
        // Outside Socket Mode Slack needs a URL for each of these; the schema alone does not say so.
        for (JsonNode command : manifest.at("/features/slash_commands")) {
            assertThat(command.path("url").isTextual()).as(command + " has a url").isTrue();
            assertThat(command.path("should_escape").asBoolean()).as(command + " sends mentions as ids").isTrue();
        }
        assertThat(manifest.at("/settings/event_subscriptions/request_url").isTextual()).isTrue();
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/settings/interactivity/request_url").isTextual()).isTrue();

        Map<String, String> urls = urlFields(manifest);
        // the OAuth redirect is the one URL a browser, not Slack, follows
        assertThat(urls.remove("/oauth_config/redirect_urls[]")).as("OAuth redirect URL")
                .matches(url -> URI.create(url).getScheme().equals("https") && URI.create(url).getPath().equals(OAUTH_REDIRECT_PATH));
        assertThat(urls).hasSize(manifest.at("/features/slash_commands").size() + 2);
        urls.forEach((where, url) -> {
            URI uri = URI.create(url);
            assertThat(uri.getScheme()).as(where).isEqualTo("https");
            assertThat(uri.getPath()).as(where).isEqualTo(EVENTS_PATH);
            assertThat(uri.getQuery()).as(where).isNull();
        });
    }

    @Test
    void socketModeManifestIsTheHttpOneWithoutUrls() {
        JsonNode socket = manifest(SOCKET_MODE_MANIFEST);
        JsonNode http = manifest(HTTP_MANIFEST);
        assertThat(socket.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
        assertThat(urlFields(socket)).as("Slack rejects URLs in a Socket Mode manifest").isEmpty();

        assertThat(commandNames(socket)).isEqualTo(commandNames(http));
        assertThat(texts(socket.at("/oauth_config/scopes/bot"))).isEqualTo(texts(http.at("/oauth_config/scopes/bot")));
        assertThat(botEvents(socket)).isEqualTo(botEvents(http));

        // And nothing else drifts apart: the same app, only the transport differs.
        ObjectNode httpWithoutUrls = withoutUrlFields(http);
        ((ObjectNode) httpWithoutUrls.get("settings")).put("socket_mode_enabled", true);
        assertThat((Object) socket).isEqualTo(httpWithoutUrls);
    }

    // --- what the running app answers -------------------------------------------------------------------

    @Test
    void everyManifestCommandIsHandled() {
        List<String> commands = commandNames(manifest(HTTP_MANIFEST));
        assertThat(commands).containsExactly("/tc");
        for (String command : commands) {
            for (String text : List.of("", "help")) {
                HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, USER, command, text);
                assertThat(response.statusCode()).as(command + " " + text + ": " + response.body()).isEqualTo(200);
                assertThat(response.body()).as(command + " " + text).isNotBlank();
                assertThat(response.headers().firstValue(UNHANDLED_HEADER)).as(command + " reached a listener").isEmpty();
            }
        }
    }

    @Test
    void aCommandMissingFromTheManifestIsNotAnswered() {
        // The checks above mean something only because a command nobody handles is told apart: it gets the
        // friendly fallback answer, marked with this header.
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, USER, "/not-in-the-manifest", "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(UNHANDLED_HEADER)).contains("true");
    }

    @Test
    void everyManifestBotEventIsHandled() {
        List<String> events = botEvents(manifest(HTTP_MANIFEST));
        assertThat(events).isNotEmpty();
        for (String type : events) {
            HttpResponse<String> response = INSTALLATION_EVENTS.contains(type)
                    ? slack.installationEvent("T0MANIFEST", null, eventId(), sampleEvent(type))
                    : slack.event(SlackTestClient.TEAM, eventId(), sampleEvent(type), Map.of());
            assertThat(response.statusCode()).as(type + ": " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue(UNHANDLED_HEADER)).as(type + " reached a listener").isEmpty();
        }
    }

    @Test
    void everyManifestMessageShortcutIsHandled() {
        JsonNode shortcuts = manifest(HTTP_MANIFEST).at("/features/shortcuts");
        assertThat(shortcuts.size()).isPositive();
        for (JsonNode shortcut : shortcuts) {
            assertThat(shortcut.path("type").asText()).isEqualTo("message");
            String payload = org.techvoice.support.SlackPayloads.messageShortcut(SlackTestClient.TEAM, USER,
                    shortcut.path("callback_id").asText(), null, "C0GENERAL1", "1767225600.000100", "a bot's message");
            HttpResponse<String> response = slack.interactive(payload);
            assertThat(response.statusCode()).as(shortcut + ": " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue(UNHANDLED_HEADER)).as(shortcut + " reached a listener").isEmpty();
        }
        HttpResponse<String> unknown = slack.interactive(org.techvoice.support.SlackPayloads.messageShortcut(SlackTestClient.TEAM, USER,
                "not_in_the_manifest", null, "C0GENERAL1", "1767225600.000100", "x"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue(UNHANDLED_HEADER)).contains("true");
    }

    @Test
    void anEventMissingFromTheManifestIsNotAnswered() {
        HttpResponse<String> response = slack.event(SlackTestClient.TEAM, eventId(), sampleEvent("pin_added"), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(UNHANDLED_HEADER)).contains("true");
    }

    // --- helpers ------------------------------------------------------------------------------------------

    static JsonNode manifest(String file) {
        return JSON.valueToTree(RepoFiles.yaml(RepoFiles.file(file)));
    }

    static Set<ValidationMessage> schemaErrors(JsonNode manifest) {
        return schema().validate(manifest);
    }

    private static JsonSchema schema;

    static synchronized JsonSchema schema() {
        if (schema == null) {
            Path path = RepoFiles.reference(SCHEMA);
            try (InputStream in = Files.newInputStream(path)) {
                // Slack's schema carries two keywords of its own: "_note" (a comment) and "regex" (meant as
                // "pattern"; see backgroundColorIsAHexColour). Declared here so they are known, not warned about.
                JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                        .keyword(new NonValidationKeyword("_note"))
                        .keyword(new NonValidationKeyword("regex"))
                        .build();
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, factory -> factory.metaSchema(draft7))
                        .getSchema(JSON.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + path, e);
            }
        }
        return schema;
    }

    static List<String> commandNames(JsonNode manifest) {
        List<String> names = new ArrayList<>();
        manifest.at("/features/slash_commands").forEach(command -> names.add(command.path("command").asText()));
        return names;
    }

    static List<String> botEvents(JsonNode manifest) {
        return texts(manifest.at("/settings/event_subscriptions/bot_events"));
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Every field that carries a URL ({@code url}, {@code request_url}, {@code redirect_urls}, ...), by its JSON pointer. */
    static Map<String, String> urlFields(JsonNode node) {
        Map<String, String> found = new LinkedHashMap<>();
        collectUrls(node, "", found);
        return found;
    }

    private static void collectUrls(JsonNode node, String pointer, Map<String, String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = pointer + "/" + field.getKey();
                if (isUrlField(field.getKey())) {
                    if (field.getValue().isArray()) {
                        field.getValue().forEach(url -> found.put(at + "[]", url.asText()));
                    } else {
                        found.put(at, field.getValue().asText());
                    }
                } else {
                    collectUrls(field.getValue(), at, found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUrls(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    private static boolean isUrlField(String name) {
        return name.equals("url") || name.endsWith("_url") || name.endsWith("_urls");
    }

    private static ObjectNode withoutUrlFields(JsonNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            List<String> urlNames = new ArrayList<>();
            node.fieldNames().forEachRemaining(name -> {
                if (isUrlField(name)) {
                    urlNames.add(name);
                }
            });
            ((ObjectNode) node).remove(urlNames);
        }
        node.forEach(ManifestTest::strip);
    }

    private static String eventId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A minimal payload of each event type, shaped as Slack documents it. */
    private static String sampleEvent(String type) {
        String ts = SlackTestClient.nowSeconds() + ".000100";
        return switch (type) {
            case "app_home_opened" -> """
                    {"type":"app_home_opened","user":"%s","channel":"D0DIRECT01","tab":"home","event_ts":"%s"}"""
                    .formatted(USER, ts);
            case "reaction_added", "reaction_removed" -> """
                    {"type":"%s","user":"%s","reaction":"tada","item_user":"U0OTHER01",\
                    "item":{"type":"message","channel":"C0GENERAL1","ts":"%s"},"event_ts":"%s"}"""
                    .formatted(type, USER, ts, ts);
            case "app_uninstalled" -> """
                    {"type":"app_uninstalled"}""";
            case "tokens_revoked" -> """
                    {"type":"tokens_revoked","tokens":{"oauth":["%s"],"bot":["%s"]}}""".formatted(USER, SlackApiStub.BOT_USER);
            default -> """
                    {"type":"%s","user":"%s","event_ts":"%s"}""".formatted(type, USER, ts);
        };
    }
}
