package org.techvoice.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The playground's JSON API driving the real app: commands, replies, and what the page is shown. */
class PlaygroundApiTest {

    private static PlaygroundClient playground;

    @BeforeAll
    static void start() {
        playground = PlaygroundClient.start("playground-api");
    }

    @AfterAll
    static void stop() {
        playground.stop();
    }

    @Test
    void theSessionNamesTheWorkspaceThePersonasAndTheChannel() {
        JsonNode session = PlaygroundClient.JSON.valueToTree(read(playground.get("/playground/api/session").body()));

        assertThat(session.path("team").path("id").asText()).isEqualTo(Personas.TEAM_ID);
        assertThat(session.path("bot").path("name").asText()).isEqualTo("TechVoice");
        assertThat(session.path("personas").findValuesAsText("role"))
                .containsExactly("technician", "technician", "technician", "champion", "lead", "admin");
        assertThat(session.path("channels").get(0).path("name").asText()).isEqualTo("technician-network");
        assertThat(session.path("people").findValuesAsText("name")).hasSize(11).contains("Amira Haddad", "Marek Nowak");
    }

    @Test
    void logAContributionShowsTheConfirmationOnlyToItsAuthor() {
        JsonNode answer = playground.api("command", Map.of("persona", Personas.AMIRA.id(), "channel", Personas.AMIRA.dmChannel(),
                "text", "/tc log Ran the school outreach day on microscopy for 60 Year 10 pupils"));

        assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
        JsonNode ephemerals = playground.state(Personas.AMIRA.id()).path("ephemerals");
        assertThat(ephemerals.toString()).contains("outreach day on microscopy");
        assertThat(ephemerals.get(ephemerals.size() - 1).path("channel").asText()).isEqualTo(Personas.AMIRA.dmChannel());
        assertThat(playground.state(Personas.TOM.id()).path("ephemerals").toString()).doesNotContain("microscopy");
    }

    @Test
    void theStateVersionMovesWhenSomethingVisibleChanges() {
        long before = playground.state(Personas.PRIYA.id()).path("version").asLong();

        playground.api("command", Map.of("persona", Personas.PRIYA.id(), "text", "/tc help"));

        assertThat(playground.state(Personas.PRIYA.id()).path("version").asLong()).isGreaterThan(before);
    }

    @Test
    void readMarksLiveOnTheServerAndAReloadDropsOnlyEphemerals() {
        playground.api("command", Map.of("persona", Personas.GARETH.id(), "channel", Personas.GARETH.dmChannel(), "text", "/tc help"));
        String ts = playground.state(Personas.GARETH.id()).path("ephemerals").get(0).path("ts").asText();

        JsonNode read = playground.api("read", Map.of("persona", Personas.GARETH.id(), "channel", Personas.GARETH.dmChannel(), "ts", ts));
        playground.api("opened", Map.of());

        JsonNode state = playground.state(Personas.GARETH.id());
        assertThat(read.path("ok").asBoolean()).as(read.toString()).isTrue();
        assertThat(state.path("ephemerals")).isEmpty();
        assertThat(state.path("conversations").get(0).path("lastRead").asText()).isEqualTo(ts);
        var nonsense = playground.post("/playground/api/read", "{\"persona\":\"" + Personas.GARETH.id() + "\",\"channel\":\""
                + Personas.GARETH.dmChannel() + "\",\"ts\":\"yesterday\"}");
        assertThat(nonsense.statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownPersonaGetsAFriendly400() {
        var response = playground.post("/playground/api/command", "{\"persona\":\"U0NOBODY\",\"text\":\"/tc help\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(read(response.body()).path("error").asText()).contains("no persona U0NOBODY");
        assertThat(playground.get("/playground/api/state?persona=U0NOBODY").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyTheTcCommandIsAccepted() {
        JsonNode answer = playground.api("command", Map.of("persona", Personas.TOM.id(), "text", "/giphy celebrate"));
        JsonNode plain = playground.api("command", Map.of("persona", Personas.TOM.id(), "text", "hello everyone"));

        assertThat(answer.path("ok").asBoolean()).isFalse();
        assertThat(answer.path("error").asText()).contains("/giphy is not a TechVoice command");
        assertThat(plain.path("error").asText()).contains("starting with /tc");
    }

    @Test
    void anOversizedEntryGetsTheAppsOwnAnswer() {
        JsonNode answer = playground.api("command", Map.of("persona", Personas.TOM.id(), "text", "/tc log " + "x".repeat(3_500)));

        assertThat(answer.path("ok").asBoolean()).isTrue();
        assertThat(playground.state(Personas.TOM.id()).path("ephemerals").toString()).contains("3,000");
    }

    @Test
    void aMalformedRequestIsAFriendly400() {
        var response = playground.post("/playground/api/command", "[1,2]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(read(response.body()).path("error").asText()).contains("JSON object");
    }

    @Test
    void aButtonInAnEphemeralReplyIsAnsweredThroughItsResponseUrl() {
        playground.api("command", Map.of("persona", Personas.PRIYA.id(), "text",
                "/tc voice The induction for new technicians should include the safety walk-round"));
        JsonNode reply = last(playground.state(Personas.PRIYA.id()).path("ephemerals"));
        JsonNode delete = element(reply.path("blocks"), "voice_delete");

        JsonNode clicked = playground.api("action", Map.of("persona", Personas.PRIYA.id(),
                "container", Map.of("type", "ephemeral", "ephemeralId", reply.path("id").asText()),
                "blockId", delete.path("block_id").asText(), "actionId", "voice_delete", "type", "button",
                "value", delete.path("value").asText("")));

        assertThat(clicked.path("ok").asBoolean()).as(clicked.toString()).isTrue();
        eventually(() -> assertThat(ephemeral(Personas.PRIYA, reply.path("id").asText()).toString())
                .doesNotContain("safety walk-round").containsIgnoringCase("deleted"));
    }

    @Test
    void openingTheAppHomePublishesIt() {
        assertThat(playground.api("home", Map.of("persona", Personas.GARETH.id())).path("ok").asBoolean()).isTrue();

        eventually(() -> assertThat(playground.state(Personas.GARETH.id()).path("home").path("view").path("type").asText())
                .isEqualTo("home"));
    }

    @Test
    void aClickOnSomethingNoLongerThereIsAFriendly400() {
        var response = playground.post("/playground/api/action", "{\"persona\":\"" + Personas.TOM.id()
                + "\",\"container\":{\"type\":\"ephemeral\",\"ephemeralId\":\"E0GONE\"},\"actionId\":\"voice_delete\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(read(response.body()).path("error").asText()).contains("no longer there");
        assertThat(playground.get("/playground/files/F0NOFILE").statusCode()).isEqualTo(404);
    }

    @Test
    void theStandInAnswersLikeSlackToUnknownMethodsAndWrongTokens() {
        String token = playground.context.getEnvironment().getProperty("techvoice.slack.bot-token");
        var unknown = playground.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + playground.port
                + "/playground/slack-api/admin.users.remove")).header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        var wrong = playground.post("/playground/slack-api/auth.test", "{\"token\":\"xoxb-wrong\"}");

        var nowhere = playground.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + playground.port
                + "/playground/slack-api/chat.postMessage")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("channel=C0NOSUCH&text=hello")).build());

        var everyone = playground.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + playground.port
                + "/playground/slack-api/users.list")).header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(read(everyone.body()).path("members").size()).as("the bot and every persona").isEqualTo(12);
        assertThat(read(everyone.body()).path("members").findValuesAsText("tz")).containsOnly("Europe/London").hasSize(11);
        assertThat(read(nowhere.body()).path("error").asText()).isEqualTo("channel_not_found");
        assertThat(read(unknown.body()).path("error").asText()).isEqualTo("unknown_method");
        assertThat(read(wrong.body()).path("error").asText()).isEqualTo("invalid_auth");
        assertThat(playground.context.getEnvironment().getProperty("techvoice.slack.api-url"))
                .isEqualTo("http://127.0.0.1:" + playground.port + "/playground/slack-api/");
    }

    private static JsonNode ephemeral(Persona persona, String id) {
        for (JsonNode e : playground.state(persona.id()).path("ephemerals")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        return PlaygroundClient.JSON.createObjectNode();
    }

    static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    /** The block element with this action id, with its block's id filled in as Slack sends it. */
    static JsonNode element(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            java.util.List<JsonNode> elements = new java.util.ArrayList<>();
            block.path("elements").forEach(elements::add);
            if (block.has("accessory")) {
                elements.add(block.path("accessory"));
            }
            for (JsonNode element : elements) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return ((com.fasterxml.jackson.databind.node.ObjectNode) element.deepCopy()).put("block_id", block.path("block_id").asText());
                }
            }
        }
        throw new AssertionError("no " + actionId + " in " + blocks);
    }

    static JsonNode read(String body) {
        try {
            return PlaygroundClient.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(assertion::run);
    }
}
