package org.techvoice.themes.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.slack.SlackReplies;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;

import com.fasterxml.jackson.databind.JsonNode;

@SlackAppTest
class ThemesSubcommandTest {

    @LocalServerPort
    int port;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
    }

    @Test
    void themesAloneListsEveryThemeWithItsAimAndExamples() {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", "themes");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = SlackJson.parse(response.body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        String text = SlackJson.allText(response.body());
        for (Theme theme : Theme.values()) {
            assertThat(text).contains("*" + theme.displayName() + "*");
        }
        assertThat(text).contains("Ensure the future sustainability of technical skills")
                .contains("A technician trainee/apprenticeship programme (`SUS-3`)")
                .contains("Organisations can identify how many technicians they employ (`VIS-1`)")
                .contains("_…and 6 more in Appendix A._")
                .contains("self-assessment one year after signing").contains("Appendix A has no examples for it")
                .contains("/tc themes <text>");
        assertThat(body.path("blocks").size()).isLessThanOrEqualTo(SlackReplies.MESSAGE_BLOCK_LIMIT);
    }

    @Test
    void themesWithTextShowsTheSuggestionsWithReasonsAndTheAppendixExamples() {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "THEMES Jo got her RSciTech and we took on two apprentices");

        assertThat(response.statusCode()).isEqualTo(200);
        String text = SlackJson.allText(response.body());
        assertThat(text).contains("&gt; Jo got her RSciTech and we took on two apprentices")
                .contains("• *Recognition*: mentions professional registration → Recognition")
                .contains("• *Sustainability*: mentions an apprenticeship or trainee scheme → Sustainability")
                .contains("`REC-1` Organisation communicates the opportunity to become professionally registered")
                .contains("`SUS-3` A technician trainee/apprenticeship programme");
        assertThat(SlackJson.parse(response.body()).path("text").asText()).isEqualTo("Suggested themes: Recognition, Sustainability");
    }

    @Test
    void userTextIsEscapedSoItCannotPingOrFormatLinks() {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "themes <!channel> <@U0OTHER01> & <https://evil.example|CPD> course");

        String text = SlackJson.allText(response.body());
        assertThat(text).doesNotContain("<!channel>").doesNotContain("<@U0OTHER01>").doesNotContain("<https://")
                .contains("&lt;!channel&gt; &lt;@U0OTHER01&gt; &amp; &lt;https://evil.example|CPD&gt;")
                .contains("*Career Development*");
    }

    @Test
    void textWithNoThemeSaysSoAndListsTheThemesToPickFrom() {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "themes The autoclave in 2.14 is broken again 🙃");

        String text = SlackJson.allText(response.body());
        assertThat(text).contains("No theme stands out in that text")
                .contains("Visibility, Recognition, Career Development, Sustainability, Evaluating Impact")
                .contains("🙃")
                .doesNotContain("Appendix A examples it speaks to");
    }

    @Test
    void greenLabTextIsNotFiledUnderSustainability() {
        String text = SlackJson.allText(slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "themes We got LEAF gold for lab sustainability").body());

        assertThat(text).doesNotContain("*Sustainability*:");
    }

    @Test
    void textOverTheLimitGetsAClearErrorWithinSlackLimits() {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "themes " + "apprentice ".repeat(400));

        assertThat(response.statusCode()).isEqualTo(200);
        String text = SlackJson.allText(response.body());
        assertThat(text).contains("4,399 characters long").contains("reads up to 3,000").doesNotContain("Sustainability");
    }

    @Test
    void theLimitCountsCharactersAsPeopleSeeThemSoEmojiAreNotCountedTwice() {
        String text = SlackJson.allText(slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "themes " + "🎉".repeat(3000)).body());

        assertThat(text).doesNotContain("characters long").contains("No theme stands out").contains("🎉");
    }

    @Test
    void longTextWithinTheLimitIsEchoedShortAndTheReplyStaysWithinSlackLimits() {
        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "themes " + "<&>".repeat(999));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = SlackJson.parse(response.body());
        for (JsonNode block : body.path("blocks")) {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(SlackReplies.SECTION_TEXT_LIMIT);
        }
        assertThat(SlackJson.allText(response.body())).contains("…").doesNotContain("<&>");
    }
}
