package org.techvoice.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /tc join}: the form opens, a good submission registers or updates, a bad one says what to fix. */
@SlackAppTest
class JoinTest {

    @LocalServerPort
    int port;

    @Autowired
    PeopleService people;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.stubViewsOpen();
        slack = new SlackTestClient(port);
    }

    static String state(String department, String family, String registration) {
        String dept = department == null ? "null" : "\"" + department + "\"";
        String fam = family == null ? "null" : "{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"" + family + "\"}";
        String reg = registration == null ? "null" : "{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"" + registration + "\"}";
        return """
                {"department":{"value":{"type":"plain_text_input","value":%s}},\
                "job_family":{"value":{"type":"static_select","selected_option":%s}},\
                "registration":{"value":{"type":"static_select","selected_option":%s}}}""".formatted(dept, fam, reg);
    }

    @Test
    void joinOpensTheFormWithTheCommandsTriggerId() {
        HttpResponse<String> response = slack.slashCommand(TEAM, "U0JOIN001", "/tc", "join");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackApiStub.calls("views.open")).hasSize(1);
        Map<String, String> open = SlackApiStub.calls("views.open").get(0);
        assertThat(open.get("trigger_id")).startsWith("13345224609.");
        JsonNode view = SlackJson.parse(open.get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("tc_join");
        assertThat(view.findValues("block_id")).extracting(JsonNode::asText).contains("department", "job_family", "registration");
        assertThat(SlackJson.allText(open.get("view"))).contains("RSciTech – Registered Science Technician")
                .contains("Laboratory and research technical");
    }

    @Test
    void aGoodSubmissionRegistersAndJoiningAgainEdits() {
        HttpResponse<String> saved = slack.viewSubmission(TEAM, "U0JOIN002", "tc_join", "V0JOIN0002",
                state("  School of Chemistry ", "LABORATORY", "RSCITECH"));

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode body = SlackJson.parse(saved.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(SlackJson.allText(saved.body())).contains("You are registered as a technician").contains("School of Chemistry");
        assertThat(people.find(TEAM, "U0JOIN002")).contains(
                new TechnicianProfile("U0JOIN002", "School of Chemistry", "Laboratory and research technical", "RSciTech"));

        slack.slashCommand(TEAM, "U0JOIN002", "/tc", "join");
        JsonNode view = SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view"));
        assertThat(view.toString()).contains("\"initial_value\":\"School of Chemistry\"")
                .contains("You are registered as a technician");
        assertThat(view.findValues("initial_option")).extracting(o -> o.path("value").asText()).contains("LABORATORY", "RSCITECH");

        slack.viewSubmission(TEAM, "U0JOIN002", "tc_join", "V0JOIN0003", state("Physics workshop", "ENGINEERING", "none"));
        assertThat(people.find(TEAM, "U0JOIN002")).contains(
                new TechnicianProfile("U0JOIN002", "Physics workshop", "Engineering and workshop", null));
        assertThat(people.find(OTHER_TEAM, "U0JOIN002")).isEmpty();
    }

    @Test
    void aBadSubmissionSaysWhatToFixUnderEachFieldAndSavesNothing() {
        HttpResponse<String> response = slack.viewSubmission(TEAM, "U0JOIN003", "tc_join", "V0JOIN0004",
                state("   ", "ASTRONAUT", "WIZARD"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = SlackJson.parse(response.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path("department").asText()).contains("Please give your department");
        assertThat(body.path("errors").path("job_family").asText()).contains("not a job family I know");
        assertThat(body.path("errors").path("registration").asText()).contains("not a registration I know");
        assertThat(people.find(TEAM, "U0JOIN003")).isEmpty();

        JsonNode missing = SlackJson.parse(slack.viewSubmission(TEAM, "U0JOIN003", "tc_join", "V0JOIN0005",
                state("x".repeat(201), null, null)).body());
        assertThat(missing.path("errors").path("department").asText()).contains("under 200 characters");
        assertThat(missing.path("errors").path("job_family").asText()).contains("Please choose a job family");
        assertThat(missing.path("errors").has("registration")).isFalse();
        assertThat(people.find(TEAM, "U0JOIN003")).isEmpty();
    }

    @Test
    void whenSlackWillNotOpenTheFormThePersonIsToldToTryAgain() {
        SlackApiStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/views.open"))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"expired_trigger_id\"}")));

        HttpResponse<String> response = slack.slashCommand(TEAM, "U0JOIN004", "/tc", "join");

        assertThat(SlackJson.allText(response.body())).contains("I couldn't open the form just now").contains("/tc join");
    }

    @Test
    void everyoneMayJoinWhateverTheirRole() {
        SlackApiStub.stubUser("U0JOINPLN", false, false, false);
        for (String user : new String[] {"U0ADMIN01", "U0JOINPLN"}) {
            slack.viewSubmission(TEAM, user, "tc_join", "V0JOIN0006", state("Biosciences", "CLINICAL", null));
            assertThat(people.find(TEAM, user)).as(user).isPresent();
        }
    }
}
