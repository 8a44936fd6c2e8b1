package org.techvoice.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TechVoiceInstance;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A confirmed {@code /tc forget-me} and a submitted {@code /tc import}, acknowledged by an instance that stops before
 * doing them (as one killed right after the ack would), are done once by the next instance on the same database.
 */
class StoredRequestRestartTest {

    static final String ADMIN = "U0ADMIN01";
    static final String FORGOTTEN = "U0GONE0R1";
    static final String IMPORTED = "U0IMPRST1";

    @TempDir
    Path dataDir;

    @Test
    void anErasureAndAnImportAcknowledgedBeforeARestartAreDoneOnceByTheNextInstance() throws Exception {
        SlackApiStub.reset();
        try (ConfigurableApplicationContext first = start("PT1H")) {
            first.getBean(PeopleService.class).register(SlackTestClient.TEAM,
                    new TechnicianProfile(FORGOTTEN, "Chemistry", "Laboratory and research technical", null));
            SlackApiStub.stubUser(IMPORTED, false, false, false);
            SlackTestClient slack = new SlackTestClient(port(first));
            // the first request confirms the bot token with auth.test, which a loaded machine may time out (503)
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                    .until(() -> SlackJson.allText(slack.slashCommand(SlackTestClient.TEAM, ADMIN, "/tc", "help").body())
                            .contains("/tc commands"));

            assertThat(slack.buttonClick(SlackTestClient.TEAM, FORGOTTEN, "tc_forget_me", "tc_forget_me_confirm", "erase",
                    SlackApiStub.responseUrl("restart-forget")).statusCode()).isEqualTo(200);
            String csv = new ObjectMapper().writeValueAsString(IMPORTED + ",Physics,engineering");
            assertThat(SlackJson.parse(slack.viewSubmission(SlackTestClient.TEAM, ADMIN, "tc_import", "V0IMPRST1",
                    "{\"csv\":{\"value\":{\"type\":\"plain_text_input\",\"value\":" + csv + "}}}").body())
                    .path("response_action").asText()).isEqualTo("update");

            StoredRequests requests = first.getBean(StoredRequests.class);
            assertThat(requests.waiting("forget-me")).as("kept in the database, not in memory").isEqualTo(1);
            assertThat(requests.waiting("people-import")).isEqualTo(1);
            assertThat(first.getBean(PeopleService.class).find(SlackTestClient.TEAM, FORGOTTEN)).as("not yet erased").isPresent();
        }
        assertThat(SlackApiStub.postsTo("D" + FORGOTTEN)).isEmpty();

        try (ConfigurableApplicationContext second = start("PT0.1S")) {
            PeopleService people = second.getBean(PeopleService.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> people.find(SlackTestClient.TEAM, FORGOTTEN).isEmpty()
                    && people.find(SlackTestClient.TEAM, IMPORTED).isPresent()
                    && SlackApiStub.postsTo("D" + FORGOTTEN).size() == 1 && SlackApiStub.postsTo("D" + ADMIN).size() == 1);
            // a few more job runs change nothing: the requests are gone
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> SlackApiStub.postsTo("D" + FORGOTTEN).size() == 1 && SlackApiStub.postsTo("D" + ADMIN).size() == 1);
            assertThat(second.getBean(StoredRequests.class).waiting("forget-me")).isZero();
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from audit_entry where action = 'people.import'", Integer.class)).isOne();
        }
        assertThat(SlackApiStub.postsTo("D" + FORGOTTEN).get(0).get("text")).contains("TechVoice has erased");
        assertThat(SlackApiStub.postsTo("D" + ADMIN).get(0).get("text")).contains("Imported 1 technician");
    }

    private ConfigurableApplicationContext start(String jobDelay) {
        return TechVoiceInstance.start("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("techvoice")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "--techvoice.admins=" + ADMIN,
                "--techvoice.stored-requests.poll-initial-delay=" + jobDelay);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
