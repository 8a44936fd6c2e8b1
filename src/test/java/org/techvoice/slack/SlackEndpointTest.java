package org.techvoice.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.workspaces.WorkspaceService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@SlackAppTest
class SlackEndpointTest {

    private static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceService workspaces;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
    }

    @Test
    void tcAloneAnswersEphemeralHelpBlocks() throws Exception {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(SlackJson.texts(body.path("blocks"))).contains("TechVoice: /tc commands");
        assertThat(SlackJson.allText(response.body())).contains("/tc help");
        assertThat(body.path("blocks").size()).isLessThanOrEqualTo(SlackReplies.MESSAGE_BLOCK_LIMIT);
    }

    @Test
    void helpListsEverySubcommandWithAnExample(@Autowired TcSubcommands subcommands) throws Exception {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "  HELP  ");

        assertThat(response.statusCode()).isEqualTo(200);
        for (TcSubcommand sub : subcommands.all()) {
            assertThat(SlackJson.allText(response.body())).contains("/tc " + sub.name()).contains("/tc " + sub.example());
        }
        // what everyone uses first, then the leads' commands, then the admins'
        String text = SlackJson.allText(response.body());
        int everyone = text.indexOf(TcSubcommand.Audience.EVERYONE.title());
        int leads = text.indexOf(TcSubcommand.Audience.LEADS.title());
        int admins = text.indexOf(TcSubcommand.Audience.ADMINS.title());
        assertThat(everyone).isPositive().isLessThan(text.indexOf("/tc voice")).isLessThan(text.indexOf("/tc forget-me"));
        assertThat(leads).isGreaterThan(text.indexOf("/tc forget-me")).isLessThan(text.indexOf("/tc draft")).isLessThan(text.indexOf("/tc survey"));
        assertThat(admins).isGreaterThan(text.indexOf("/tc submission")).isLessThan(text.indexOf("/tc role")).isLessThan(text.indexOf("/tc config"));
    }

    @Test
    void aMistypedSubcommandGetsDidYouMean() throws Exception {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "hlep me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("I don't know `/tc hlep`").contains("Did you mean `/tc help`?")
                .contains("TechVoice: /tc commands");
    }

    @Test
    void anUnknownSubcommandShowsHelpAndNeverEchoesMarkup() throws Exception {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "<!channel><script>alert(1)</script>");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).doesNotContain("<!channel>").doesNotContain("<script>")
                .contains("&lt;!channel&gt;").contains("Here is what I can do");
    }

    @Test
    void aFirstRequestRecordsTheWorkspace() {
        String team = "T0NEWTEAM";
        assertThat(workspaces.isKnown(team)).isFalse();

        HttpResponse<String> response = slack.slashCommand(team, "U0TECH001", "/tc", "help");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(workspaces.isKnown(team)).isTrue();
    }

    @Test
    void wrongSignatureIsRejectedWithNoChange() {
        long before = workspaces.count();
        String body = SlackTestClient.formEncode(Map.of("team_id", "T0ATTACKER", "user_id", "U1", "command", "/tc", "text", "help"));

        HttpResponse<String> response = slack.postRaw(body, "application/x-www-form-urlencoded", Map.of(
                "X-Slack-Request-Timestamp", Long.toString(SlackTestClient.nowSeconds()),
                "X-Slack-Signature", "v0=" + "0".repeat(64)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(workspaces.count()).isEqualTo(before);
        assertThat(workspaces.isKnown("T0ATTACKER")).isFalse();
    }

    @Test
    void missingSignatureIsRejected() {
        String body = SlackTestClient.formEncode(Map.of("team_id", "T0ATTACKER", "command", "/tc", "text", "help"));

        assertThat(slack.postRaw(body, "application/x-www-form-urlencoded", Map.of()).statusCode()).isEqualTo(401);
        assertThat(slack.postRaw(body, "application/x-www-form-urlencoded",
                Map.of("X-Slack-Request-Timestamp", "not-a-number", "X-Slack-Signature", "v0=abc")).statusCode())
                .isEqualTo(401);
        assertThat(workspaces.isKnown("T0ATTACKER")).isFalse();
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRejectedEvenIfCorrect() {
        String body = SlackTestClient.formEncode(Map.of("team_id", "T0REPLAY", "user_id", "U1", "command", "/tc", "text", "help"));
        long sixMinutesAgo = SlackTestClient.nowSeconds() - 360;

        HttpResponse<String> response = slack.postSigned(body, "application/x-www-form-urlencoded", sixMinutesAgo, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(workspaces.isKnown("T0REPLAY")).isFalse();
    }

    @Test
    void aBodyTamperedAfterSigningIsRejected() {
        long now = SlackTestClient.nowSeconds();
        String signed = SlackTestClient.formEncode(Map.of("team_id", "T0TAMPER", "user_id", "U1", "command", "/tc", "text", "help"));
        String signature = slack.sign(now, signed);

        HttpResponse<String> response = slack.postRaw(signed.replace("help", "hack"), "application/x-www-form-urlencoded",
                Map.of("X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(workspaces.isKnown("T0TAMPER")).isFalse();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeVerification() {
        String huge = "text=" + "a".repeat(SlackSignatureFilter.MAX_BODY_BYTES + 10);

        HttpResponse<String> response = slack.postSigned(huge, "application/x-www-form-urlencoded",
                SlackTestClient.nowSeconds(), Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void fortyThousandCharactersOfTextStillGetAnAnswerWithinSlackLimits() throws Exception {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "x".repeat(40_000));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        for (JsonNode text : body.path("blocks").findValues("text")) {
            assertThat(text.path("text").asText().length()).isLessThanOrEqualTo(SlackReplies.SECTION_TEXT_LIMIT);
        }
    }

    @Test
    void urlVerificationEchoesTheChallenge() {
        String body = """
                {"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        HttpResponse<String> response = slack.postSigned(body, "application/json", SlackTestClient.nowSeconds(), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void sslCheckIsAnsweredOk() {
        HttpResponse<String> response = slack.postSigned("ssl_check=1&token=legacy", "application/x-www-form-urlencoded",
                SlackTestClient.nowSeconds(), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void getIsNotAllowed() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/slack/events")).GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void openingAppHomePublishesTheHomeViewAfterTheAck() {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"view\":{\"id\":\"V1\"}}")));

        HttpResponse<String> response = slack.event(SlackTestClient.TEAM, "Ev0HOME01", """
                {"type":"app_home_opened","user":"U0TECH001","channel":"D0DM00001","tab":"home","event_ts":"1700000000.000100"}""",
                Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackApiStub.calls("views.publish").size() == 1);
        SlackApiStub.server().verify(postRequestedFor(urlPathEqualTo("/api/views.publish"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + SlackApiStub.BOT_TOKEN)));
        Map<String, String> publish = SlackApiStub.calls("views.publish").get(0);
        assertThat(publish.get("user_id")).isEqualTo("U0TECH001");
        JsonNode view = SlackJson.parse(publish.get("view"));
        assertThat(view.path("type").asText()).isEqualTo("home");
        assertThat(SlackJson.allText(publish.get("view"))).contains("Welcome to TechVoice").contains("/tc help");
    }

    @Test
    void theMessagesTabDoesNotPublishAHomeView() {
        HttpResponse<String> response = slack.event(SlackTestClient.TEAM, "Ev0MSG001", """
                {"type":"app_home_opened","user":"U0TECH001","channel":"D0DM00001","tab":"messages","event_ts":"1700000000.000200"}""",
                Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        SlackApiStub.server().verify(exactly(0), postRequestedFor(urlPathEqualTo("/api/views.publish")));
    }
}
