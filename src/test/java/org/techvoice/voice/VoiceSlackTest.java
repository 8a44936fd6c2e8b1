package org.techvoice.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackPayloads.blockAction;
import static org.techvoice.support.SlackPayloads.button;
import static org.techvoice.support.SlackPayloads.options;
import static org.techvoice.support.SlackPayloads.staticSelect;
import static org.techvoice.support.SlackPayloads.textValue;
import static org.techvoice.support.SlackPayloads.viewSubmission;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;

@SlackAppTest
class VoiceSlackTest {

    static final String TEAM = SlackTestClient.TEAM;
    static final String USER = "U0TECH001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        // the app confirms its bot token with auth.test on its first request, within 2 s: on a busy machine the first
        // try can miss that and the request is turned away, so make sure it is done before the tests' own requests
        for (int i = 0; i < 5 && SlackJson.allText(slack.slashCommand(TEAM, USER, "/tc", "help").body()).contains("can't confirm"); i++) {
            Thread.onSpinWait();
        }
    }

    @Test
    void anonymousVoiceStoresNoTraceOfItsAuthor() {
        HttpResponse<String> response = slack.slashCommand(TEAM, USER, "/tc", "voice We need CPD time for technicians");

        JsonNode body = SlackJson.parse(response.body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        String reference = reference(body);
        Map<String, Object> row = jdbc.queryForMap("select * from voice_entry where id = ?", id(reference));
        assertThat(row.get("author_user_id")).isNull();
        assertThat(row.get("body")).isEqualTo("We need CPD time for technicians");
        assertThat(row.get("themes")).isEqualTo("CAREER_DEVELOPMENT");
        // nothing in any column can be matched to the person or to the moment they typed it
        row.values().forEach(value -> assertThat(String.valueOf(value)).doesNotContain(USER).doesNotContain("user-u0tech001"));
        assertThat(row.keySet()).map(String::toLowerCase).doesNotContain("created_at");
        assertThat(SlackJson.allText(response.body())).contains("anonymously").contains("Career Development")
                .contains("mentions professional development → Career Development").contains("only way to change or delete it");
    }

    /** Issue 20: the fallback theme says why it was taken and can be changed, like a suggested one. */
    @Test
    void aFallbackThemeSaysWhyAndOffersTheChangeMenu() {
        HttpResponse<String> response = slack.slashCommand(TEAM, USER, "/tc", "voice Sorted the spares cupboard");

        assertThat(SlackJson.allText(response.body())).contains("nothing in the text pointed to a theme");
        assertThat(response.body()).contains("\"voice_theme\"").contains("Change theme");
    }

    @Test
    void theConfirmationChangesTheThemeAndDeletes() {
        JsonNode body = SlackJson.parse(slack.slashCommand(TEAM, USER, "/tc", "voice Lab rota is unfair").body());
        String reference = reference(body);
        String controls = controlsBlockId(body);

        // another person (who never saw the message) cannot use a forged block id without the token
        slack.interactive(blockAction(TEAM, "U0OTHER01", staticSelect("voice_theme", "voice:" + id(reference) + ":guess", "RECOGNITION"), null));
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 1);
        assertThat(SlackPayloads.responses().get(0).path("text").asText()).contains("Only the person who wrote");

        HttpResponse<String> changed = slack.interactive(blockAction(TEAM, USER, staticSelect("voice_theme", controls, "SUSTAINABILITY"), null));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select themes from voice_entry where id = ?", String.class, id(reference))).isEqualTo("SUSTAINABILITY");
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 2);
        JsonNode replaced = SlackPayloads.responses().get(1);
        assertThat(replaced.path("replace_original").asBoolean()).isTrue();
        assertThat(SlackJson.allText(replaced.toString())).contains("*Sustainability*");

        slack.interactive(blockAction(TEAM, USER, button("voice_delete", controls, reference), null));
        assertThat(jdbc.queryForObject("select count(*) from voice_entry where id = ?", Integer.class, id(reference))).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 3);
        assertThat(SlackJson.allText(SlackPayloads.responses().get(2).toString())).contains("Deleted");

        // a second click on the stale message: a friendly answer, not an error
        slack.interactive(blockAction(TEAM, USER, button("voice_delete", controls, reference), null));
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 4);
        assertThat(SlackJson.allText(SlackPayloads.responses().get(3).toString())).contains("no longer exists");
    }

    @Test
    void anotherWorkspaceCannotTouchAnEntry() {
        JsonNode body = SlackJson.parse(slack.slashCommand(TEAM, USER, "/tc", "voice Keep this").body());
        String controls = controlsBlockId(body);

        slack.interactive(blockAction(SlackTestClient.OTHER_TEAM, USER, button("voice_delete", controls, reference(body)), null));

        assertThat(jdbc.queryForObject("select count(*) from voice_entry where id = ?", Integer.class, id(reference(body)))).isOne();
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 1);
        assertThat(SlackJson.allText(SlackPayloads.responses().get(0).toString())).contains("no longer exists");
    }

    @Test
    void hostileTextIsStoredAsTypedAndShownEscaped() {
        String hostile = "<!channel> *shout* & <@U0ADMIN01> @here 🎉 ünïcödé";
        HttpResponse<String> response = slack.slashCommand(TEAM, USER, "/tc", "voice " + hostile);

        long id = id(reference(SlackJson.parse(response.body())));
        assertThat(jdbc.queryForObject("select body from voice_entry where id = ?", String.class, id)).isEqualTo(hostile);
        String shown = SlackJson.allText(response.body());
        assertThat(shown).contains("&lt;!channel&gt; *shout* &amp; &lt;@U0ADMIN01&gt; @\u2060here 🎉 ünïcödé").doesNotContain("<!channel>");
    }

    @Test
    void tooLongOrEmptyTextIsRefusedAndNothingStored() {
        Integer before = jdbc.queryForObject("select count(*) from voice_entry", Integer.class);
        HttpResponse<String> response = slack.slashCommand(TEAM, USER, "/tc", "voice " + "x".repeat(40_000));

        assertThat(SlackJson.allText(response.body())).contains("40,000 characters").contains("limit is 3,000").contains("Nothing was saved");
        assertThat(jdbc.queryForObject("select count(*) from voice_entry", Integer.class)).isEqualTo(before);
    }

    @Test
    void voiceAloneOpensTheFormSayingWhoCanSeeIt() {
        HttpResponse<String> response = slack.slashCommand(TEAM, USER, "/tc", "voice");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, String>> opened = SlackApiStub.calls("views.open");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).get("trigger_id")).startsWith("13345224609.");
        JsonNode view = SlackJson.parse(opened.get(0).get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("voice_modal");
        assertThat(view.toString()).contains("\"block_id\":\"themes\"").contains("\"block_id\":\"anonymous\"")
                .contains("multi_static_select").contains("checkboxes");
        assertThat(SlackJson.allText(view.toString())).contains("Who can see it:").contains("nobody, admins included");
    }

    @Test
    void theFormReportsErrorsBesideTheFieldAndSavesNamedVoice() {
        HttpResponse<String> empty = slack.interactive(viewSubmission(TEAM, USER, "voice_modal", "",
                Map.of("text", textValue("   "), "anonymous", options("checkboxes", "anonymous"))));
        JsonNode errors = SlackJson.parse(empty.body());
        assertThat(errors.path("response_action").asText()).isEqualTo("errors");
        assertThat(errors.path("errors").path("text").asText()).contains("can't be empty");

        HttpResponse<String> tooLong = slack.interactive(viewSubmission(TEAM, USER, "voice_modal", "",
                Map.of("text", textValue("é".repeat(3001)))));
        assertThat(SlackJson.parse(tooLong.body()).path("errors").path("text").asText()).contains("3,001 characters");

        HttpResponse<String> named = slack.interactive(viewSubmission(TEAM, "U0NAMED01", "voice_modal", "",
                Map.of("text", textValue("More bench space please"), "themes", options("multi_static_select", "SUSTAINABILITY", "VISIBILITY"),
                        "anonymous", options("checkboxes"))));
        JsonNode update = SlackJson.parse(named.body());
        assertThat(update.path("response_action").asText()).isEqualTo("update");
        assertThat(SlackJson.allText(update.toString())).contains("with your name").contains("*Visibility*, *Sustainability*");
        Map<String, Object> row = jdbc.queryForMap("select * from voice_entry where author_user_id = 'U0NAMED01'");
        assertThat(row.get("themes")).isEqualTo("VISIBILITY,SUSTAINABILITY");
    }

    static String reference(JsonNode body) {
        String text = SlackJson.allText(body.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("V-[0-9]+").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    static long id(String reference) {
        return Long.parseLong(reference.substring(2));
    }

    static String controlsBlockId(JsonNode body) {
        for (JsonNode block : body.path("blocks")) {
            if (block.path("block_id").asText().startsWith("voice:")) {
                return block.path("block_id").asText();
            }
        }
        throw new AssertionError("no voice controls in " + body);
    }
}
