package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackPayloads.blockAction;
import static org.techvoice.support.SlackPayloads.button;
import static org.techvoice.support.SlackPayloads.staticSelect;
import static org.techvoice.support.SlackPayloads.date;
import static org.techvoice.support.SlackPayloads.option;
import static org.techvoice.support.SlackPayloads.options;
import static org.techvoice.support.SlackPayloads.textValue;
import static org.techvoice.support.SlackPayloads.users;
import static org.techvoice.support.SlackPayloads.viewSubmission;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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

/** Contributions, celebrations, the network channel, /tc mine and the evidence shortcut, driven as Slack does. */
@SlackAppTest
class RecognitionSlackTest {

    static final String ADMIN = "U0ADMIN01";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;
    /** A workspace of its own per test, so the network channel and the outbox start empty. */
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        team = "T0REC" + String.format("%04d", teams.incrementAndGet());
        for (String user : List.of("U0ALEX001", "U0SAM0001", "U0KIM0001", ADMIN)) {
            SlackPayloads.stubUser(user, team, false, false);
        }
    }

    // --- /tc log --------------------------------------------------------------------------------------------

    @Test
    void logStoresTheContributionUnderTheAuthor() {
        HttpResponse<String> response = slack.slashCommand(team, "U0ALEX001", "/tc", "log Ran the school outreach day on microscopy");

        String shown = SlackJson.allText(response.body());
        assertThat(shown).contains("Logged your outreach as *C-").contains("*Visibility*").contains("mentions outreach");
        Map<String, Object> row = jdbc.queryForMap("select * from contribution where team_id = ?", team);
        assertThat(row.get("user_id")).isEqualTo("U0ALEX001");
        assertThat(row.get("themes")).isEqualTo("VISIBILITY");
    }

    @Test
    void logSuggestsTheKindWithItsReasonAndTheMenusChangeKindAndTheme() {
        HttpResponse<String> response = slack.slashCommand(team, "U0ALEX001", "/tc", "log Trained 12 PhD students on the new confocal microscope");

        String shown = SlackJson.allText(response.body());
        assertThat(shown).contains("Logged your training given as *C-").contains("Kind: *training given* _(mentions “trained” → training given)_");
        assertThat(response.body()).contains("\"log_kind\"").contains("\"log_theme\"");
        long id = jdbc.queryForObject("select id from contribution where team_id = ?", Long.class, team);
        assertThat(jdbc.queryForObject("select kind from contribution where id = ?", String.class, id)).isEqualTo("TRAINING_GIVEN");

        // someone else, with a forged block id, cannot change it
        slack.interactive(blockAction(team, "U0SAM0001", staticSelect("log_kind", "contribution:" + id, "OUTREACH"), null));
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 1);
        assertThat(SlackPayloads.responses().get(0).path("text").asText()).contains("Only the person who logged");

        slack.interactive(blockAction(team, "U0ALEX001", staticSelect("log_kind", "contribution:" + id, "TEACHING"), null));
        slack.interactive(blockAction(team, "U0ALEX001", staticSelect("log_theme", "contribution:" + id, "RECOGNITION"), null));
        assertThat(jdbc.queryForObject("select kind from contribution where id = ?", String.class, id)).isEqualTo("TEACHING");
        assertThat(jdbc.queryForObject("select themes from contribution where id = ?", String.class, id)).isEqualTo("RECOGNITION");
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 3);
        assertThat(SlackPayloads.responses().get(2).path("replace_original").asBoolean()).isTrue();
        assertThat(SlackJson.allText(SlackPayloads.responses().get(2).toString())).contains("Kind: *teaching*").contains("*Recognition*");
    }

    @Test
    void aFallbackKindAndThemeSayWhyAndCanBeChanged() {
        HttpResponse<String> response = slack.slashCommand(team, "U0ALEX001", "/tc", "log Sorted the spares cupboard");

        String shown = SlackJson.allText(response.body());
        assertThat(shown).contains("Logged your other contribution")
                .contains("nothing in the text said which kind").contains("nothing in the text pointed to a theme");
        assertThat(response.body()).contains("\"log_kind\"").contains("\"log_theme\"");
    }

    @Test
    void logAloneOpensTheFullForm() {
        slack.slashCommand(team, "U0ALEX001", "/tc", "log");

        JsonNode view = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("log_modal");
        for (String block : List.of("kind", "text", "date", "link", "collaborators", "themes")) {
            assertThat(view.toString()).contains("\"block_id\":\"" + block + "\"");
        }
        assertThat(view.toString()).contains("multi_users_select").contains("datepicker");
    }

    @Test
    void theLogFormValidatesAndStoresEveryField() {
        Map<String, Map<String, Object>> values = new java.util.HashMap<>(Map.of(
                "kind", option("OUTREACH"), "text", textValue("Science fair stand"), "date", date(LocalDate.now().toString()),
                "link", textValue("javascript:alert(1)"), "collaborators", users("U0SAM0001", "U0KIM0001"),
                "themes", options("multi_static_select", "VISIBILITY")));
        JsonNode badLink = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "log_modal", "", values)).body());
        assertThat(badLink.path("response_action").asText()).isEqualTo("errors");
        assertThat(badLink.path("errors").path("link").asText()).contains("https://");

        values.put("link", textValue("https://uni.example/fair"));
        values.put("date", date(LocalDate.now().plusDays(3).toString()));
        JsonNode future = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "log_modal", "", values)).body());
        assertThat(future.path("errors").path("date").asText()).contains("future");
        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ?", Integer.class, team)).isZero();

        values.put("date", date("2026-03-14"));
        JsonNode saved = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "log_modal", "", values)).body());
        assertThat(saved.path("response_action").asText()).isEqualTo("update");
        Map<String, Object> row = jdbc.queryForMap("select * from contribution where team_id = ?", team);
        assertThat(row.get("kind")).isEqualTo("OUTREACH");
        assertThat(row.get("link")).isEqualTo("https://uni.example/fair");
        assertThat(row.get("collaborators")).isEqualTo("U0SAM0001,U0KIM0001");
        assertThat(row.get("happened_on").toString()).isEqualTo("2026-03-14");
    }

    /** Issue 20: the form's kind, left empty, is suggested from the text as on "/tc log <text>", with its reason and menu. */
    @Test
    void theLogFormSuggestsTheKindWhenNoneIsChosen() {
        slack.slashCommand(team, "U0ALEX001", "/tc", "log");
        JsonNode form = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        JsonNode kindBlock = java.util.stream.StreamSupport.stream(form.path("blocks").spliterator(), false)
                .filter(b -> "kind".equals(b.path("block_id").asText())).findFirst().orElseThrow();
        assertThat(kindBlock.path("optional").asBoolean()).as("the kind may be left for TechVoice to suggest").isTrue();
        assertThat(kindBlock.path("element").has("initial_option")).as("no 'Other' chosen for the author").isFalse();

        JsonNode logged = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "log_modal", "", Map.of(
                "text", textValue("Trained 12 PhD students on the new confocal microscope"),
                "date", date(LocalDate.now().toString())))).body());
        assertThat(logged.path("response_action").asText()).isEqualTo("update");
        assertThat(SlackJson.allText(logged.toString())).contains("Logged your training given as *C-")
                .contains("Kind: *training given* _(mentions “trained” → training given)_");
        assertThat(logged.toString()).contains("\"log_kind\"").contains("\"log_theme\"");
        assertThat(jdbc.queryForObject("select kind from contribution where team_id = ?", String.class, team)).isEqualTo("TRAINING_GIVEN");

        // a kind the author chose is kept, without a reason made up for it
        JsonNode chosen = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "log_modal", "", Map.of(
                "kind", option("OUTREACH"), "text", textValue("Trained 12 PhD students on the new confocal microscope"),
                "date", date(LocalDate.now().toString())))).body());
        assertThat(SlackJson.allText(chosen.toString())).contains("Logged your outreach as *C-").contains("Kind: *outreach*")
                .doesNotContain("mentions “trained”");
    }

    // --- /tc celebrate and the consent gate -----------------------------------------------------------------

    @Test
    void aCelebrationIsPostedOnlyAfterTheSubjectApproves() {
        setNetworkChannel("C0NETWORK1");
        HttpResponse<String> response = slack.slashCommand(team, "U0ALEX001", "/tc",
                "celebrate <@U0SAM0001|sam> became a Registered Science Technician (RSciTech)");
        assertThat(SlackJson.allText(response.body())).contains("I've asked <@U0SAM0001> by DM").contains("Nothing is posted unless they approve");

        JsonNode dm = only(sent("DIRECT_MESSAGE"));
        assertThat(dm.path("channel").asText()).isEqualTo("U0SAM0001");
        assertThat(dm.path("blocksJson").asText()).contains("achievement_approve").contains("achievement_keep_private")
                .contains("consent:");
        assertThat(SlackJson.allText(dm.path("blocksJson").asText())).contains("<@U0ALEX001> would like to celebrate you");
        assertThat(sent("POST_MESSAGE")).isEmpty();

        long id = achievementId();
        // delivered by the outbox worker: a DM to Sam, and nothing in the network channel
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered("DU0SAM0001", "consent:" + id + "\"").size() == 1);
        // one chat.postMessage to Sam's user id, which Slack puts in the app's DM with her: no conversations.open
        assertThat(SlackApiStub.calls("conversations.open")).noneMatch(call -> "U0SAM0001".equals(call.get("users")));
        assertThat(SlackApiStub.calls("chat.postMessage")).anyMatch(call -> "U0SAM0001".equals(call.get("channel")));
        assertThat(delivered("C0NETWORK1", "A-" + id + "\"")).isEmpty();

        slack.interactive(blockAction(team, "U0SAM0001", button("achievement_approve", "consent:" + id, Long.toString(id)), null));

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered("C0NETWORK1", "A-" + id + "\"").size() == 1);
        assertThat(SlackJson.allText(delivered("C0NETWORK1", "A-" + id + "\"").get(0).get("blocks")))
                .contains("<@U0ALEX001> celebrates <@U0SAM0001>!");
        await().atMost(Duration.ofSeconds(10)).until(() -> SlackApiStub.calls("chat.update").stream()
                .anyMatch(call -> "DU0SAM0001".equals(call.get("channel")) && call.get("text").contains("You approved")));
        JsonNode post = only(sent("POST_MESSAGE"));
        assertThat(post.path("channel").asText()).isEqualTo("C0NETWORK1");
        assertThat(post.path("idempotencyKey").asText()).isEqualTo("achievement:" + id + ":post");
        assertThat(SlackJson.allText(post.path("blocksJson").asText())).contains("<@U0ALEX001> celebrates <@U0SAM0001>").contains("Recognition");
        JsonNode updated = only(sent("UPDATE_MESSAGE"));
        assertThat(updated.path("updateOfKey").asText()).isEqualTo("achievement:" + id + ":consent");
        assertThat(updated.path("text").asText()).contains("You approved");
        // the celebrator is told, through the outbox, in their DM
        JsonNode told = sent("DIRECT_MESSAGE").stream().filter(m -> m.path("channel").asText().equals("U0ALEX001")).findFirst().orElseThrow();
        assertThat(told.path("idempotencyKey").asText()).isEqualTo("achievement:" + id + ":consent:outcome");
        assertThat(told.path("text").asText()).contains("<@U0SAM0001> approved your celebration").contains("<#C0NETWORK1>");
        await().atMost(Duration.ofSeconds(10)).until(() -> SlackApiStub.calls("chat.postMessage").stream()
                .anyMatch(call -> "U0ALEX001".equals(call.get("channel")) && call.get("text").contains("approved your celebration")));
    }

    @Test
    void keepPrivatePostsNothingAndOnlyTheSubjectMayAnswer() {
        setNetworkChannel("C0NETWORK1");
        slack.slashCommand(team, "U0ALEX001", "/tc", "celebrate <@U0SAM0001> won the technician of the year award");
        long id = achievementId();

        slack.interactive(blockAction(team, "U0ALEX001", button("achievement_approve", "consent:" + id, Long.toString(id)), null));
        await().atMost(Duration.ofSeconds(5)).until(() -> !SlackPayloads.responses().isEmpty());
        assertThat(SlackPayloads.responses().get(0).path("text").asText()).contains("Only the person being celebrated");
        slack.interactive(blockAction(SlackTestClient.OTHER_TEAM, "U0SAM0001", button("achievement_approve", "consent:" + id, Long.toString(id)), null));

        slack.interactive(blockAction(team, "U0SAM0001", button("achievement_keep_private", "consent:" + id, Long.toString(id)), null));
        slack.interactive(blockAction(team, "U0SAM0001", button("achievement_approve", "consent:" + id, Long.toString(id)), null));

        assertThat(sent("POST_MESSAGE")).isEmpty();
        assertThat(jdbc.queryForObject("select status from achievement where id = ?", String.class, id)).isEqualTo("PRIVATE");
        await().atMost(Duration.ofSeconds(10)).until(() -> SlackApiStub.calls("chat.update").stream()
                .anyMatch(call -> "DU0SAM0001".equals(call.get("channel")) && call.get("text").contains("You kept this private")));
        assertThat(delivered("C0NETWORK1", "A-" + id + "\"")).isEmpty();
        assertThat(only(sent("UPDATE_MESSAGE")).path("text").asText()).contains("You kept this private");
        List<JsonNode> toCelebrator = sent("DIRECT_MESSAGE").stream().filter(m -> m.path("channel").asText().equals("U0ALEX001")).toList();
        assertThat(toCelebrator).as("told once, kindly, that it was kept private").hasSize(1);
        assertThat(toCelebrator.get(0).path("text").asText()).contains("chose to keep it to themselves").contains("Thank you")
                .doesNotContain("declined").doesNotContain("refused");
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() >= 3);
        assertThat(SlackPayloads.responses().stream().map(r -> r.path("text").asText()).toList())
                .anyMatch(t -> t.contains("no longer exists")).anyMatch(t -> t.contains("already answered"));
    }

    @Test
    void ownAchievementIsPostedWithoutAskingAndUserTextIsNeutralised() {
        setNetworkChannel("C0NETWORK1");
        slack.slashCommand(team, "U0ALEX001", "/tc", "celebrate <@U0ALEX001|alex> passed my RSciTech registration <!channel> @here & co");

        assertThat(sent("DIRECT_MESSAGE")).isEmpty();
        JsonNode post = only(sent("POST_MESSAGE"));
        String blocks = SlackJson.allText(post.path("blocksJson").asText());
        assertThat(blocks).contains("<@U0ALEX001> shares an achievement").contains("&lt;!channel&gt;").contains("@\u2060here")
                .doesNotContain("<!channel>");
        assertThat(post.path("text").asText()).doesNotContain("<!channel>");
    }

    @Test
    void withoutANetworkChannelCelebrationsWaitAndTheAdminIsTold() {
        HttpResponse<String> response = slack.slashCommand(team, "U0ALEX001", "/tc", "celebrate <@U0ALEX001> got my HEA fellowship");
        assertThat(SlackJson.allText(response.body())).contains("as soon as an admin sets the network channel");
        assertThat(sent("POST_MESSAGE")).isEmpty();
        JsonNode told = only(sent("DIRECT_MESSAGE"));
        assertThat(told.path("channel").asText()).isEqualTo(ADMIN);
        assertThat(told.path("text").asText()).contains("/tc config network #your-channel");

        HttpResponse<String> refused = slack.slashCommand(team, "U0ALEX001", "/tc", "config network <#C0NETWORK1|technicians>");
        assertThat(SlackJson.allText(refused.body())).contains("Only TechVoice admins").contains("<@U0ADMIN01>");
        assertThat(sent("POST_MESSAGE")).isEmpty();

        HttpResponse<String> set = slack.slashCommand(team, ADMIN, "/tc", "config network <#C0NETWORK1|technicians>");
        assertThat(SlackJson.allText(set.body())).contains("<#C0NETWORK1>").contains("1 celebration that was waiting");
        assertThat(only(sent("POST_MESSAGE")).path("channel").asText()).isEqualTo("C0NETWORK1");
    }

    @Test
    void celebrateAnswersEveryKindOfBadMention() {
        SlackPayloads.stubUser("U0BOTTY01", team, true, false);
        SlackPayloads.stubUser("U0GONE001", team, false, true);
        Map<String, String> answers = Map.of(
                "celebrate <!channel> great work everyone", "whole channel or group",
                "celebrate <!subteam^S0TECHS|@techs> great work", "whole channel or group",
                "celebrate @sam great work", "Start with the person's @name",
                "celebrate <@U0SAM0001|sam>", "What are you celebrating",
                "celebrate <@U0BOTTY01|bot> uptime", "is a bot",
                "celebrate <@U0GONE001> retired", "deactivated",
                "celebrate", "Who are you celebrating");
        answers.forEach((text, expected) -> assertThat(SlackJson.allText(slack.slashCommand(team, "U0ALEX001", "/tc", text).body()))
                .as(text).contains(expected));
        assertThat(jdbc.queryForObject("select count(*) from achievement where team_id = ?", Integer.class, team)).isZero();
    }

    // --- /tc mine -------------------------------------------------------------------------------------------

    @Test
    void mineListsOwnEntriesAndDeletingACelebrationWithdrawsItsPost() {
        setNetworkChannel("C0NETWORK1");
        slack.slashCommand(team, "U0ALEX001", "/tc", "celebrate <@U0ALEX001> promoted to senior technician");
        slack.slashCommand(team, "U0ALEX001", "/tc", "log Trained three new starters");
        long id = achievementId();

        String mine = slack.slashCommand(team, "U0ALEX001", "/tc", "mine").body();
        assertThat(SlackJson.allText(mine)).contains("A-" + id).contains("celebrated in the network channel").contains("C-");
        // deleting the posted celebration changes its post; the contribution has no post to change
        assertThat(mine).containsOnlyOnce("its post in the network channel is changed to say it was withdrawn")
                .contains("It is removed for good.\"");
        assertThat(SlackJson.allText(slack.slashCommand(team, "U0KIM0001", "/tc", "mine").body())).contains("no entries");

        // someone else, or another workspace, cannot delete it
        slack.interactive(blockAction(team, "U0KIM0001", button("entry_delete", "entry:A-" + id, "A-" + id), null));
        slack.interactive(blockAction(SlackTestClient.OTHER_TEAM, "U0ALEX001", button("entry_delete", "entry:A-" + id, "A-" + id), null));
        assertThat(jdbc.queryForObject("select count(*) from achievement where id = ?", Integer.class, id)).isOne();

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered("C0NETWORK1", "A-" + id + "\"").size() == 1);
        slack.interactive(blockAction(team, "U0ALEX001", button("entry_delete", "entry:A-" + id, "A-" + id), null));
        assertThat(jdbc.queryForObject("select count(*) from achievement where id = ?", Integer.class, id)).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> SlackApiStub.calls("chat.update").stream()
                .anyMatch(call -> "C0NETWORK1".equals(call.get("channel")) && call.get("text").contains("withdrawn")));
        JsonNode withdrawn = only(sent("UPDATE_MESSAGE"));
        assertThat(withdrawn.path("updateOfKey").asText()).isEqualTo("achievement:" + id + ":post");
        assertThat(withdrawn.path("text").asText()).contains("withdrawn");
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().stream()
                .anyMatch(r -> SlackJson.allText(r.toString()).contains("Deleted A-" + id)));
    }

    @Test
    void editFromMineOpensAFormAndSavesWithValidation() {
        slack.slashCommand(team, "U0ALEX001", "/tc", "log Wrote the safety induction");
        String reference = "C-" + jdbc.queryForObject("select id from contribution where team_id = ?", Long.class, team);

        slack.interactive(blockAction(team, "U0ALEX001", button("entry_edit", "entry:" + reference, reference), null));
        JsonNode view = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        assertThat(view.path("private_metadata").asText()).isEqualTo(reference);

        JsonNode noTheme = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "entry_edit_modal", reference,
                Map.of("text", textValue("Wrote and delivered the safety induction"), "themes", options("multi_static_select")))).body());
        assertThat(noTheme.path("errors").path("themes").asText()).contains("at least one theme");
        JsonNode notMine = SlackJson.parse(slack.interactive(viewSubmission(team, "U0KIM0001", "entry_edit_modal", reference,
                Map.of("text", textValue("mine now"), "themes", options("multi_static_select", "VISIBILITY")))).body());
        assertThat(notMine.path("errors").path("text").asText()).contains("isn't yours");

        slack.interactive(viewSubmission(team, "U0ALEX001", "entry_edit_modal", reference,
                Map.of("text", textValue("Wrote and delivered the safety induction"), "themes", options("multi_static_select", "SUSTAINABILITY"))));
        Map<String, Object> row = jdbc.queryForMap("select * from contribution where team_id = ?", team);
        assertThat(row.get("body")).isEqualTo("Wrote and delivered the safety induction");
        assertThat(row.get("themes")).isEqualTo("SUSTAINABILITY");
    }

    /**
     * Issue 22: after Sam approves Alex's celebration of her, Alex submits the edit form (forged or not) with new
     * words. The post keeps the words Sam agreed to; only Sam may reword it, and her rewording updates the post.
     */
    @Test
    void aCelebrationApprovedByItsSubjectCannotBeRewordedByTheCelebrator() {
        setNetworkChannel("C0NETWORK1");
        slack.slashCommand(team, "U0ALEX001", "/tc", "celebrate <@U0SAM0001> passed her RSciTech assessment");
        long id = achievementId();
        String reference = "A-" + id;
        slack.interactive(blockAction(team, "U0SAM0001", button("achievement_approve", "consent:" + id, Long.toString(id)), null));
        assertThat(only(sent("POST_MESSAGE")).path("blocksJson").asText()).contains("passed her RSciTech assessment");

        // the celebrator's /tc mine offers no Edit for it, and says why
        String mine = slack.slashCommand(team, "U0ALEX001", "/tc", "mine").body();
        assertThat(mine).doesNotContain("\"entry_edit\"").contains("Only the person celebrated can change these words");
        slack.interactive(blockAction(team, "U0ALEX001", button("entry_edit", "entry:" + reference, reference), null));
        assertThat(SlackApiStub.calls("views.open")).isEmpty();

        JsonNode refused = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "entry_edit_modal", reference,
                Map.of("text", textValue("EDITED AFTER APPROVAL: Sam was disciplined for misconduct"),
                        "themes", options("multi_static_select", "RECOGNITION")))).body());
        assertThat(refused.path("errors").path("text").asText()).contains("Only the person celebrated");
        assertThat(jdbc.queryForObject("select body from achievement where id = ?", String.class, id)).isEqualTo("passed her RSciTech assessment");
        assertThat(sent("UPDATE_MESSAGE").stream().map(m -> m.path("updateOfKey").asText()))
                .noneMatch(key -> key.equals("achievement:" + id + ":post"));

        // the subject may reword what is about her; the post follows
        slack.interactive(viewSubmission(team, "U0SAM0001", "entry_edit_modal", reference,
                Map.of("text", textValue("passed her RSciTech assessment first time"), "themes", options("multi_static_select", "RECOGNITION"))));
        JsonNode update = sent("UPDATE_MESSAGE").stream().filter(m -> m.path("updateOfKey").asText().equals("achievement:" + id + ":post"))
                .findFirst().orElseThrow();
        assertThat(update.path("blocksJson").asText()).contains("first time").doesNotContain("misconduct");
    }

    // --- the message shortcut -------------------------------------------------------------------------------

    @Test
    void theShortcutAsksTheAuthorBeforeStoringAnything() {
        slack.interactive(SlackPayloads.messageShortcut(team, "U0ALEX001", "log_as_evidence", "U0SAM0001", "C0LAB0001",
                "1767225600.000100", "I rebuilt the cryostat controller <!here> 🎉"));

        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ?", Integer.class, team)).isZero();
        JsonNode dm = only(sent("DIRECT_MESSAGE"));
        assertThat(dm.path("channel").asText()).isEqualTo("U0SAM0001");
        await().atMost(Duration.ofSeconds(5)).until(() -> !SlackPayloads.responses().isEmpty());
        assertThat(SlackPayloads.responses().get(0).path("text").asText()).contains("I've asked <@U0SAM0001>");

        // the author clicks in the DM: Slack sends back the message with its blocks
        JsonNode blocks = SlackJson.parse(dm.path("blocksJson").asText());
        String value = "";
        for (JsonNode block : blocks) {
            if (block.path("block_id").asText().equals("evidence")) {
                value = block.path("elements").get(0).path("value").asText();
            }
        }
        slack.interactive(blockAction(team, "U0ALEX001", button("evidence_approve", "evidence", value), blocks));
        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ?", Integer.class, team)).isZero();

        slack.interactive(blockAction(team, "U0SAM0001", button("evidence_approve", "evidence", value), blocks));
        Map<String, Object> row = jdbc.queryForMap("select * from contribution where team_id = ?", team);
        assertThat(row.get("user_id")).isEqualTo("U0SAM0001");
        assertThat(row.get("body")).isEqualTo("I rebuilt the cryostat controller <!here> 🎉");
        assertThat(row.get("happened_on").toString()).isEqualTo("2026-01-01");
        assertThat(only(sent("UPDATE_MESSAGE")).path("text").asText()).contains("Logged as your contribution");
        assertThat(sent("DIRECT_MESSAGE")).anyMatch(m -> m.path("channel").asText().equals("U0ALEX001"));

        slack.interactive(SlackPayloads.messageShortcut(team, "U0KIM0001", "log_as_evidence", "U0SAM0001", "C0LAB0001",
                "1767225600.000100", "I rebuilt the cryostat controller"));
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().stream()
                .anyMatch(r -> r.path("text").asText().contains("already logged")));
    }

    @Test
    void theShortcutRefusesBotMessagesAndLogsOnesOwnAtOnce() {
        slack.interactive(SlackPayloads.messageShortcut(team, "U0ALEX001", "log_as_evidence", null, "C0LAB0001", "1767225600.000200", "build ok"));
        slack.interactive(SlackPayloads.messageShortcut(team, "U0ALEX001", "log_as_evidence", "U0ALEX001", "C0LAB0001", "1767225600.000300",
                "Calibrated all the balances"));

        await().atMost(Duration.ofSeconds(5)).until(() -> SlackPayloads.responses().size() == 2);
        assertThat(SlackPayloads.responses().stream().map(r -> r.path("text").asText()).toList())
                .anyMatch(t -> t.contains("only log messages people wrote")).anyMatch(t -> t.contains("Logged your message"));
        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ?", Integer.class, team)).isOne();
        assertThat(sent("DIRECT_MESSAGE")).isEmpty();
    }

    // --- App Home -----------------------------------------------------------------------------------------

    @Test
    void theHomeTabShowsOwnEntriesByThemeAndLeadsSeeTheLastThirtyDays() {
        setNetworkChannel("C0NETWORK1");
        slack.slashCommand(team, "U0ALEX001", "/tc", "log Ran the school outreach day <!channel>");
        slack.slashCommand(team, "U0ALEX001", "/tc", "voice Anonymous idea about CPD");

        JsonNode technician = publishedHome("U0ALEX001");
        String shown = SlackJson.allText(technician.toString());
        assertThat(shown).contains("Your TechVoice", "Speak up", "Log a contribution", "Celebrate someone", "*Visibility*", "&lt;!channel&gt;")
                .doesNotContain("Anonymous idea", "Last 30 days");

        String admin = SlackJson.allText(publishedHome(ADMIN).toString());
        assertThat(admin).contains("Last 30 days").contains("Visibility: *1*").contains("Evaluating Impact: *0*").contains("<#C0NETWORK1>");
    }

    @Test
    void theHomeCelebrateButtonOpensAFormThatChecksThePerson() {
        SlackPayloads.stubUser("U0BOTTY01", team, true, false);
        slack.interactive(blockAction(team, "U0ALEX001", button("home_celebrate", "home_actions", "celebrate"), null));
        JsonNode view = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("celebrate_modal");

        JsonNode bot = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "celebrate_modal", "",
                Map.of("person", Map.of("type", "users_select", "selected_user", "U0BOTTY01"), "text", textValue("uptime")))).body());
        assertThat(bot.path("errors").path("person").asText()).contains("is a bot");

        JsonNode ok = SlackJson.parse(slack.interactive(viewSubmission(team, "U0ALEX001", "celebrate_modal", "",
                Map.of("person", Map.of("type", "users_select", "selected_user", "U0SAM0001"), "text", textValue("Chartered Engineer!")))).body());
        assertThat(ok.path("response_action").asText()).isEqualTo("update");
        assertThat(only(sent("DIRECT_MESSAGE")).path("channel").asText()).isEqualTo("U0SAM0001");
    }

    private JsonNode publishedHome(String user) {
        int before = SlackApiStub.calls("views.publish").size();
        slack.event(team, "Ev" + System.nanoTime(), """
                {"type":"app_home_opened","user":"%s","channel":"D0HOME001","tab":"home","event_ts":"1767225600.000100"}"""
                .formatted(user), Map.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackApiStub.calls("views.publish").size() > before);
        Map<String, String> call = SlackApiStub.calls("views.publish").get(before);
        assertThat(call.get("user_id")).isEqualTo(user);
        return SlackJson.parse(call.get("view"));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private void setNetworkChannel(String channel) {
        slack.slashCommand(team, ADMIN, "/tc", "config network <#" + channel + "|technicians>");
        assertThat(jdbc.queryForObject("select channel_id from network_channel where team_id = ?", String.class, team)).isEqualTo(channel);
    }

    private long achievementId() {
        return jdbc.queryForObject("select max(id) from achievement where team_id = ?", Long.class, team);
    }

    /** chat.postMessage calls that reached Slack in a channel, whose blocks mention {@code marker}. */
    private static List<Map<String, String>> delivered(String channel, String marker) {
        return SlackApiStub.postsTo(channel).stream().filter(call -> String.valueOf(call.get("blocks")).contains(marker)).toList();
    }

    /** What the app handed to the outbox for this workspace, of one kind, oldest first. */
    private List<JsonNode> sent(String kind) {
        return jdbc.queryForList("select payload from outbox_message where team_id = ? and kind = ? order by id", String.class, team, kind)
                .stream().map(SlackJson::parse).toList();
    }

    private static JsonNode only(List<JsonNode> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

}
