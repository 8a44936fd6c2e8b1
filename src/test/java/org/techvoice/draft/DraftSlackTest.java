package org.techvoice.draft;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.support.ModalPayloads;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /tc profile}, {@code /tc action} and {@code /tc draft} driven as Slack drives them: signed requests, real payload shapes. */
@SlackAppTest
class DraftSlackTest {

    static final String ADMIN = "U0ADMIN01";
    static final String TECHNICIAN = "U0TECH0999";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    ProfileService profiles;
    @Autowired
    ActionPlanService actionPlan;
    @Autowired
    RoleService roles;
    @Autowired
    FixtureEvidence evidence;
    @Autowired
    org.techvoice.people.PeopleService people;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
        team = "T0SLK" + teams.incrementAndGet();
    }

    // --- who may ----------------------------------------------------------------------------------------------

    @Test
    void aNonLeadIsRefusedPolitelyWithTheNamesOfWhoCan() {
        roles.grant(team, "U0LEAD001", Role.LEAD, ADMIN);
        for (String text : List.of("draft", "profile", "action add", "action list")) {
            HttpResponse<String> response = slack.slashCommand(team, TECHNICIAN, "/tc", text);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(SlackJson.allText(response.body())).as(text)
                    .contains("Only TechVoice leads and admins can").contains("<@U0LEAD001>").contains("<@U0ADMIN01>");
        }
        assertThat(SlackApiStub.calls("views.open")).isEmpty();
    }

    @Test
    void anAppointedLeadMayOpenTheProfile() {
        roles.grant(team, "U0LEAD002", Role.LEAD, ADMIN);
        HttpResponse<String> response = slack.slashCommand(team, "U0LEAD002", "/tc", "profile");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackApiStub.calls("views.open")).hasSize(1);
    }

    // --- /tc draft --------------------------------------------------------------------------------------------

    @Test
    void draftAcknowledgesAtOnceThenDmsTheWordAndMarkdownFilesAndASummary() {
        FixtureInstitution.seed(team, evidence, people, profiles, actionPlan);

        HttpResponse<String> response = slack.slashCommand(team, ADMIN, "/tc", "draft since 2025-01-01");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("Compiling your self-assessment draft").contains("since 2025-01-01");
        await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 1
                && SlackApiStub.postsTo("D" + ADMIN).size() == 1);

        List<Map<String, String>> uploads = SlackApiStub.calls("files.getUploadURLExternal");
        assertThat(uploads).extracting(call -> call.get("filename"))
                .containsExactlyInAnyOrder("technician-commitment-draft-" + LocalDate.now() + ".docx",
                        "technician-commitment-draft-" + LocalDate.now() + ".md");
        assertThat(uploads).allSatisfy(call -> assertThat(Integer.parseInt(call.get("length"))).isGreaterThan(1000));
        Map<String, String> complete = SlackApiStub.calls("files.completeUploadExternal").get(0);
        assertThat(complete.get("channel_id")).isEqualTo("D" + ADMIN);
        assertThat(complete.get("initial_comment")).contains("self-assessment draft");
        assertThat(complete.get("files")).contains("Technician Commitment draft (Word)").contains("Technician Commitment draft (Markdown)");
        String uploaded = SlackApiStub.server().findAll(postRequestedFor(urlPathEqualTo("/upload/F0FILE0001"))).stream()
                .map(r -> r.getBodyAsString()).collect(java.util.stream.Collectors.joining());
        assertThat(uploaded).contains("## 24-month action plan").contains("University of Fixtures");

        Map<String, String> summary = SlackApiStub.postsTo("D" + ADMIN).get(0);
        assertThat(summary.get("text")).contains("is ready").contains("University of Fixtures");
        String blocks = SlackJson.allText(summary.get("blocks"));
        assertThat(blocks).contains("Your self-assessment draft is ready").contains("Visibility: ").contains("Surveys:* 2")
                .contains("Actions:* 10").contains("What is missing").contains("example activities (Appendix A) have no evidence");
    }

    @Test
    void badSinceDatesGetAFriendlyAnswer() {
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "draft since 2025-13-45").body()))
                .contains("I can't read that date").contains("/tc draft since 2025-01-01");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "draft since").body())).contains("Since when?");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "draft since 2999-01-01").body())).contains("in the future");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "draft for the board please").body()))
                .contains("only narrow the draft by a start date");
    }

    // --- /tc profile --------------------------------------------------------------------------------------------

    @Test
    void profileOpensAModalWithTheCurrentAnswers() {
        profiles.save(team, ADMIN, new ProfileDetails("University of Bath", "A campus university.", null, null, null,
                "https://go.bath.ac.uk/technician-commitment", "Dr Lead", null, null, LocalDate.of(2019, 3, 1)));
        HttpResponse<String> response = slack.slashCommand(team, ADMIN, "/tc", "profile");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> open = SlackApiStub.calls("views.open").get(0);
        assertThat(open.get("trigger_id")).isNotBlank();
        JsonNode view = SlackJson.parse(open.get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("tc_profile");
        assertThat(view.toString()).contains("\"initial_value\":\"University of Bath\"")
                .contains("\"initial_value\":\"https://go.bath.ac.uk/technician-commitment\"")
                .contains("\"initial_date\":\"2019-03-01\"")
                .contains("\"block_id\":\"cross_references\"").contains("Athena SWAN");
    }

    @Test
    void aProfileOverTwoHundredAndFiftyWordsIsRefusedWithTheCount() {
        Map<String, String> values = profileValues("word ".repeat(262).strip(), "https://www.uni.ac.uk/tc");
        HttpResponse<String> response = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_profile", "", values));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = SlackJson.parse(response.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.at("/errors/profile").asText()).contains("up to 250 words").contains("has 262").contains("shorten it by 12");
        assertThat(profiles.current(team)).isEqualTo(ProfileDetails.EMPTY);
    }

    @Test
    void aProfileWithABadWebAddressIsRefusedAndAGoodOneIsSaved() {
        HttpResponse<String> bad = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_profile", "",
                profileValues("A short profile.", "our intranet page")));
        assertThat(SlackJson.parse(bad.body()).at("/errors/web_page_url").asText()).contains("full address");
        // one rule for every link (issue 20): https only, and the message says so
        HttpResponse<String> plainHttp = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_profile", "",
                profileValues("A short profile.", "http://www.uni.ac.uk/tc")));
        assertThat(SlackJson.parse(plainHttp.body()).at("/errors/web_page_url").asText()).contains("https://")
                .contains("http:// addresses are not accepted");
        assertThat(profiles.current(team)).isEqualTo(ProfileDetails.EMPTY);

        HttpResponse<String> good = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_profile", "",
                profileValues("word ".repeat(250).strip(), "https://www.uni.ac.uk/tc")));
        assertThat(SlackJson.parse(good.body()).path("response_action").asText()).isEqualTo("update");
        assertThat(SlackJson.allText(good.body())).contains("Profile saved");
        ProfileDetails saved = profiles.current(team);
        assertThat(saved.organisationName()).isEqualTo("University of Testing");
        assertThat(saved.webPageUrl()).isEqualTo("https://www.uni.ac.uk/tc");
        assertThat(saved.signatoryDate()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aNonLeadCannotSubmitTheProfileEither() {
        HttpResponse<String> response = slack.interactive(ModalPayloads.viewSubmission(team, TECHNICIAN, "tc_profile", "",
                profileValues("A profile.", "https://www.uni.ac.uk/tc")));
        assertThat(SlackJson.allText(response.body())).contains("Only TechVoice leads and admins can");
        assertThat(profiles.current(team)).isEqualTo(ProfileDetails.EMPTY);
    }

    // --- /tc action ---------------------------------------------------------------------------------------------

    @Test
    void actionAddOpensTheForm() {
        slack.slashCommand(team, ADMIN, "/tc", "action add");
        JsonNode view = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("tc_action_add");
        assertThat(view.toString()).contains("\"block_id\":\"deadline\"").contains("\"block_id\":\"evidence\"");
    }

    @Test
    void anActionWithADeadlineBeforeItsStartOrUnknownEvidenceIsRefusedInTheModal() {
        Map<String, String> values = actionValues("tc-01", "2026-06-01", "2026-01-01", "V-1, NOPE-9");
        HttpResponse<String> response = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_action_add", "", values));

        JsonNode body = SlackJson.parse(response.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.at("/errors/deadline").asText()).contains("before the start");
        assertThat(body.at("/errors/evidence").asText()).contains("can't find V-1, NOPE-9");
        assertThat(actionPlan.list(team)).isEmpty();
    }

    @Test
    void aValidActionIsAddedWithItsEvidenceAndItsReferenceCannotBeReused() {
        evidence.put(team, List.of(new EvidenceEntry("V-1", EvidenceEntry.Kind.VOICE, "idea", Set.of(Theme.VISIBILITY),
                "More visibility please", null, LocalDate.of(2025, 5, 1), null, false)));
        Map<String, String> values = actionValues("tc-01", "2026-01-01", "2027-06-30", "v-1");
        HttpResponse<String> added = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_action_add", "", values));
        assertThat(SlackJson.allText(added.body())).contains("Added *TC-01*");

        List<ActionItem> plan = actionPlan.list(team);
        assertThat(plan).singleElement().satisfies(item -> {
            assertThat(item.reference()).isEqualTo("TC-01");
            assertThat(item.themes()).containsExactlyInAnyOrder(Theme.VISIBILITY, Theme.RECOGNITION);
            assertThat(item.rag()).isEqualTo(Rag.AMBER);
            assertThat(item.evidenceReferences()).containsExactly("V-1");
        });

        HttpResponse<String> again = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_action_add", "", values));
        assertThat(SlackJson.parse(again.body()).at("/errors/reference").asText()).contains("TC-01 is already in your action plan");
        assertThat(actionPlan.list(team)).hasSize(1);
    }

    @Test
    void missingFieldsAndABadReferenceAreNamed() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", ModalPayloads.text("Action one"));
        values.put("themes", ModalPayloads.multiSelect());
        HttpResponse<String> response = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_action_add", "", values));
        JsonNode errors = SlackJson.parse(response.body()).path("errors");
        assertThat(errors.path("reference").asText()).contains("e.g. TC-01");
        assertThat(errors.path("themes").asText()).contains("at least one theme");
        assertThat(errors.path("description").asText()).isNotBlank();
        assertThat(errors.path("starts_on").asText()).contains("start date");
        assertThat(errors.path("rag").asText()).contains("red, amber or green");
    }

    @Test
    void theListOffersAnUpdateThatChangesTheStatus() {
        actionPlan.add(team, ADMIN, new ActionInput("TC-02", Set.of(Theme.SUSTAINABILITY), "Start an apprenticeship scheme",
                "Head of Technical Services", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "Four apprentices", Rag.RED, null, null));
        actionPlan.add(team, ADMIN, new ActionInput("TC-10", Set.of(Theme.VISIBILITY), "Technician profiles on the web",
                "Comms", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "All profiles live", Rag.GREEN, null, null));

        HttpResponse<String> list = slack.slashCommand(team, ADMIN, "/tc", "action list");
        String listText = SlackJson.allText(list.body());
        assertThat(listText).contains("24-month action plan (2)").contains("*TC-02*").contains("Start an apprenticeship scheme");
        assertThat(listText.indexOf("TC-02")).isLessThan(listText.indexOf("TC-10"));
        JsonNode button = SlackJson.parse(list.body()).at("/blocks/1/accessory");
        assertThat(button.path("action_id").asText()).isEqualTo("tc_action_update_open");

        HttpResponse<String> pressed = slack.interactive(ModalPayloads.buttonPress(team, ADMIN, "tc_action_update_open", button.path("value").asText()));
        assertThat(pressed.statusCode()).isEqualTo(200);
        JsonNode view = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("tc_action_update");
        String id = view.path("private_metadata").asText();

        HttpResponse<String> saved = slack.interactive(ModalPayloads.viewSubmission(team, ADMIN, "tc_action_update", id,
                Map.of("rag", ModalPayloads.select("AMBER"), "update_note", ModalPayloads.text("Two apprentices recruited"))));
        assertThat(SlackJson.allText(saved.body())).contains("Status updated");
        ActionItem updated = actionPlan.find(team, Long.parseLong(id)).orElseThrow();
        assertThat(updated.rag()).isEqualTo(Rag.AMBER);
        assertThat(updated.updateNote()).isEqualTo("Two apprentices recruited");
    }

    @Test
    void anUpdateFromAnotherWorkspaceFindsNothing() {
        actionPlan.add(team, ADMIN, new ActionInput("TC-03", Set.of(Theme.RECOGNITION), "Awards", "HR", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), "Ten nominations", Rag.GREEN, null, null));
        long id = actionPlan.list(team).get(0).id();
        HttpResponse<String> other = slack.interactive(ModalPayloads.viewSubmission(SlackTestClient.OTHER_TEAM, ADMIN, "tc_action_update",
                Long.toString(id), Map.of("rag", ModalPayloads.select("RED"))));
        assertThat(SlackJson.parse(other.body()).at("/errors/rag").asText()).contains("no longer in your action plan");
        assertThat(actionPlan.find(team, id).orElseThrow().rag()).isEqualTo(Rag.GREEN);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static Map<String, String> profileValues(String profile, String url) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organisation_name", ModalPayloads.text("University of Testing"));
        values.put("profile", ModalPayloads.text(profile));
        values.put("web_page_url", "{\"type\":\"url_text_input\",\"value\":\"" + url + "\"}");
        values.put("lead_email", "{\"type\":\"email_text_input\",\"value\":\"lead@uni.ac.uk\"}");
        values.put("signatory_date", ModalPayloads.date("2024-06-01"));
        return values;
    }

    static Map<String, String> actionValues(String reference, String start, String deadline, String evidenceRefs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", ModalPayloads.text(reference));
        values.put("themes", ModalPayloads.multiSelect("VISIBILITY", "RECOGNITION"));
        values.put("description", ModalPayloads.text("Launch webpages for technical staff"));
        values.put("lead", ModalPayloads.text("Technical Services Manager"));
        values.put("starts_on", ModalPayloads.date(start));
        values.put("deadline", ModalPayloads.date(deadline));
        values.put("success_measure", ModalPayloads.text("All technicians have an online profile"));
        values.put("rag", ModalPayloads.select("AMBER"));
        values.put("update_note", ModalPayloads.text(null));
        values.put("evidence", ModalPayloads.text(evidenceRefs));
        return values;
    }
}
