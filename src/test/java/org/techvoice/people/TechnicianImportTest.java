package org.techvoice.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.audit.AuditLog;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /tc import}: admins only; all or nothing; every problem reported by line. */
@SlackAppTest
class TechnicianImportTest {

    @LocalServerPort
    int port;

    @Autowired
    PeopleService people;

    @Autowired
    RoleService roles;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.stubViewsOpen();
        slack = new SlackTestClient(port);
    }

    static String csvState(String csv) {
        return "{\"csv\":{\"value\":{\"type\":\"plain_text_input\",\"value\":" + quote(csv) + "}}}";
    }

    static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DM the import queued for the admin, as the outbox holds it. */
    String dmText(String viewId) {
        List<String> payloads = jdbc.queryForList("select payload from outbox_message where team_id = ? and idempotency_key = ?",
                String.class, TEAM, "people-import:" + viewId);
        assertThat(payloads).hasSize(1);
        JsonNode message = SlackJson.parse(payloads.get(0));
        assertThat(message.path("kind").asText()).isEqualTo("DIRECT_MESSAGE");
        assertThat(message.path("channel").asText()).isEqualTo("U0ADMIN01");
        return message.path("text").asText();
    }

    long dms(String viewId) {
        return jdbc.queryForObject("select count(*) from outbox_message where team_id = ? and idempotency_key = ?",
                Long.class, TEAM, "people-import:" + viewId);
    }

    @Test
    void onlyAdminsMayImportAndTheRefusalNamesThem() {
        SlackApiStub.stubUser("U0IMPLEAD", false, false, false);
        SlackApiStub.stubUser("U0IMPCHMP", false, false, false);
        SlackApiStub.stubUser("U0IMPPLN1", false, false, false);
        roles.grant(TEAM, "U0IMPLEAD", Role.LEAD, "U0ADMIN01");
        roles.grant(TEAM, "U0IMPCHMP", Role.CHAMPION, "U0ADMIN01");

        for (String user : new String[] {"U0IMPLEAD", "U0IMPCHMP", "U0IMPPLN1"}) {
            String answer = SlackJson.allText(slack.slashCommand(TEAM, user, "/tc", "import").body());
            assertThat(answer).as(user).contains("Only TechVoice admins can import technicians").contains("<@U0ADMIN01>");
            JsonNode submitted = SlackJson.parse(slack.viewSubmission(TEAM, user, "tc_import", "V0IMPNO01",
                    csvState("U0IMPPLN1,Chemistry,laboratory")).body());
            assertThat(submitted.path("errors").path("csv").asText()).as(user).contains("Only TechVoice admins");
        }
        assertThat(SlackApiStub.calls("views.open")).isEmpty();
        assertThat(people.find(TEAM, "U0IMPPLN1")).isEmpty();

        slack.slashCommand(TEAM, "U0ADMIN01", "/tc", "import");
        assertThat(SlackApiStub.calls("views.open")).hasSize(1);
        assertThat(SlackJson.parse(SlackApiStub.calls("views.open").get(0).get("view")).path("callback_id").asText())
                .isEqualTo("tc_import");
    }

    @Test
    void badLinesAreShownUnderTheBoxAndNothingIsImported() {
        JsonNode body = SlackJson.parse(slack.viewSubmission(TEAM, "U0ADMIN01", "tc_import", "V0IMPBAD1", csvState("""
                user,department,job family,registration
                U0IMPOK01,Chemistry,laboratory,RSciTech
                not-a-user,Chemistry,laboratory
                U0IMPOK02,,digital""")).body());

        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path("csv").asText()).startsWith("Nothing was imported.")
                .contains("Line 3 (not-a-user): is neither a Slack user id").contains("Line 4 (U0IMPOK02): Please give your department");
        assertThat(people.find(TEAM, "U0IMPOK01")).isEmpty();
        assertThat(dms("V0IMPBAD1")).isZero();
    }

    @Test
    void goodLinesByIdAndEmailAreImportedAndTheAdminIsToldByDm() {
        SlackApiStub.stubUser("U0IMPGD01", false, false, false);
        SlackApiStub.stubUser("U0IMPGD02", false, false, false);
        SlackApiStub.stubEmail("sam.jones@uni.ac.uk", "U0IMPGD02");
        people.register(TEAM, new TechnicianProfile("U0IMPGD01", "Old department", "Other technical role", null));

        JsonNode body = SlackJson.parse(slack.viewSubmission(TEAM, "U0ADMIN01", "tc_import", "V0IMPGOOD", csvState("""
                U0IMPGD01,School of Chemistry,laboratory,RSciTech
                Sam.Jones@uni.ac.uk,Mechanical Engineering,engineering,EngTech""")).body());

        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(SlackJson.allText(body.toString())).contains("Checking 2 technicians with Slack");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms("V0IMPGOOD") == 1);
        assertThat(dmText("V0IMPGOOD")).isEqualTo(":white_check_mark: Imported 2 technicians (1 new, 1 updated).");
        // the admin's DM channel is shared with other tests of this class: look for this import's report among its posts
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.postsTo("DU0ADMIN01").stream()
                .anyMatch(post -> String.valueOf(post.get("text")).contains("Imported 2 technicians (1 new, 1 updated)")));
        assertThat(people.find(TEAM, "U0IMPGD01")).contains(
                new TechnicianProfile("U0IMPGD01", "School of Chemistry", "Laboratory and research technical", "RSciTech"));
        assertThat(people.find(TEAM, "U0IMPGD02")).contains(
                new TechnicianProfile("U0IMPGD02", "Mechanical Engineering", "Engineering and workshop", "EngTech"));
        assertThat(people.find(OTHER_TEAM, "U0IMPGD02")).isEmpty();
        assertThat(audit.latest(TEAM, 40)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("people.import");
            assertThat(e.actorUserId()).isEqualTo("U0ADMIN01");
            assertThat(e.detail()).contains("imported 2 technicians: 1 new, 1 updated");
        });
    }

    @Test
    void oneUnresolvableLineMeansNobodyIsImportedAndEveryProblemIsListed() {
        SlackApiStub.stubUser("U0IMPAL01", false, false, false);
        SlackApiStub.stubUser("U0IMPBOT1", false, true, false);
        SlackApiStub.stubUnknownUser("U0IMPNONE");
        SlackApiStub.stubEmail("nobody@uni.ac.uk", null);
        SlackApiStub.stubEmail("al@uni.ac.uk", "U0IMPAL01");

        slack.viewSubmission(TEAM, "U0ADMIN01", "tc_import", "V0IMPMIX1", csvState("""
                U0IMPAL01,Chemistry,laboratory
                U0IMPBOT1,Chemistry,laboratory
                U0IMPNONE,Chemistry,laboratory
                nobody@uni.ac.uk,Chemistry,laboratory
                al@uni.ac.uk,Physics,digital"""));

        await().atMost(Duration.ofSeconds(10)).until(() -> dms("V0IMPMIX1") == 1);
        assertThat(dmText("V0IMPMIX1")).startsWith(":warning: Nothing was imported: 4 lines have problems.")
                .contains("• Line 2 (U0IMPBOT1): is a bot, not a technician.")
                .contains("• Line 3 (U0IMPNONE): is not a member of this workspace.")
                .contains("• Line 4 (nobody@uni.ac.uk): nobody in this workspace has that email.")
                .contains("• Line 5 (al@uni.ac.uk): is the same person as line 1.");
        assertThat(people.find(TEAM, "U0IMPAL01")).isEmpty();
    }
}
