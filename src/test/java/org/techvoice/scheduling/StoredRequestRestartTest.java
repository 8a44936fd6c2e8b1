package org.techvoice.scheduling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.people.PeopleService;
import org.techvoice.support.ChildTechVoice;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TechVoiceInstance;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 21's scenario with a real kill -9: a TechVoice in a child JVM acknowledges a confirmed {@code /tc forget-me}
 * and a submitted {@code /tc import}, and is killed (SIGKILL: no shutdown hook, nothing flushed on the way out) right
 * after the acks, before its job would do them; the next instance on the same database does each once. Both are given
 * the H2 URL an operator might plausibly write, without the PostgreSQL settings, and answer every request with a 200.
 * The killed instance was also in the middle of posting a self-celebration (Slack slow to answer): the post reached
 * Slack, and the next instance finds it by the marker in its channel's history rather than posting it again, so
 * deleting it from {@code /tc mine} after the restart withdraws it there.
 *
 * <p>The killed instance also runs with ISO-8859-1 as its JVM's platform charset. Slack signs the UTF-8 bytes of a
 * request, and Bolt's own signature check decodes them in the platform charset: a TechVoice on such a JVM must still
 * verify non-ASCII text, read it intact, and post it intact. A platform charset is fixed when a JVM starts, so only a
 * child JVM can show it; this one child shows both, as each child is a whole start of the app.
 */
class StoredRequestRestartTest {

    static final String ADMIN = "U0ADMIN01";
    static final String FORGOTTEN = "U0GONE0R1";
    static final String IMPORTED = "U0IMPRST1";
    static final String CELEBRANT = "U0SELFCL1";
    static final String NETWORK = "C0KILLNET";
    static final String WORDS = "Recalibrated the balance before the kill";
    static final String NON_ASCII = "café-日本-✓ Zoë’s “quoted” résumé 🎉";
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";


    @TempDir
    Path dataDir;

    @Test
    void anErasureAndAnImportAcknowledgedRightBeforeAKill9AreDoneOnceByTheNextInstance() throws Exception {
        SlackApiStub.reset();
        SlackApiStub.stubUser(FORGOTTEN, false, false, false);
        SlackApiStub.stubUser(IMPORTED, false, false, false);
        SlackApiStub.stubUser(CELEBRANT, false, false, false);
        SlackPayloads.stubInteractions();
        String modelessUrl = "jdbc:h2:file:" + dataDir.resolve("techvoice");
        // the stored-request job would not run for an hour: only the next instance can do the work
        ChildTechVoice killed = ChildTechVoice.start("killed-app", List.of("-Dfile.encoding=ISO-8859-1", "-XshowSettings:properties"),
                "--spring.datasource.url=" + modelessUrl,
                "--techvoice.admins=" + ADMIN, "--techvoice.stored-requests.poll-initial-delay=PT1H",
                // the slow post is still being waited for when the kill comes, however slow this machine is: a time-out
                // first would make it an ordinary retry, not a call cut short
                "--techvoice.outbox.call-timeout=60s", "--techvoice.outbox.lease=2m");
        String achievement;
        try {
            killed.awaitReady(Duration.ofSeconds(150));
            SlackTestClient slack = new SlackTestClient(killed.port());
            // printed by -XshowSettings:properties as the child JVM starts
            assertThat(Files.readString(killed.log(), StandardCharsets.ISO_8859_1)).contains("file.encoding = ISO-8859-1");
            HttpResponse<String> nonAscii = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc", NON_ASCII);
            assertThat(nonAscii.statusCode()).isEqualTo(200);
            assertThat(SlackJson.allText(nonAscii.body())).as("verified, and read as UTF-8").contains("I don't know `/tc café-日本-✓`");

            // Slack slow to answer the channel post: it arrives, but the answer never reaches the killed instance
            SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withFormParam("channel", equalTo(NETWORK))
                    .willReturn(SlackApiStub.okJson("{\"ok\":true,\"channel\":\"" + NETWORK + "\",\"ts\":\"1700000000.000777\"}")
                            .withFixedDelay(120_000)));
            assertThat(slack.slashCommand(SlackTestClient.TEAM, ADMIN, "/tc", "config network <#" + NETWORK + "|technicians>")
                    .statusCode()).isEqualTo(200);
            String celebrated = SlackJson.allText(slack.slashCommand(SlackTestClient.TEAM, CELEBRANT, "/tc",
                    "celebrate <@" + CELEBRANT + "> passed the RSciTech assessment " + NON_ASCII).body());
            Matcher reference = Pattern.compile("A-[0-9]+").matcher(celebrated);
            assertThat(reference.find()).as(celebrated).isTrue();
            achievement = reference.group();
            await().atMost(Duration.ofSeconds(30)).until(() -> !SlackApiStub.postsTo(NETWORK).isEmpty());
            assertThat(SlackApiStub.postsTo(NETWORK).get(0).get("text")).as("posted intact from a Latin-1 JVM").contains(NON_ASCII);

            HttpResponse<String> logged = slack.slashCommand(SlackTestClient.TEAM, FORGOTTEN, "/tc", "log " + WORDS);
            assertThat(logged.statusCode()).isEqualTo(200);
            assertThat(SlackJson.allText(logged.body())).contains("Logged your");
            String csv = new ObjectMapper().writeValueAsString(IMPORTED + ",Physics,engineering");
            assertThat(SlackJson.parse(slack.viewSubmission(SlackTestClient.TEAM, ADMIN, "tc_import", "V0IMPRST1",
                    "{\"csv\":{\"value\":{\"type\":\"plain_text_input\",\"value\":" + csv + "}}}").body())
                    .path("response_action").asText()).isEqualTo("update");
            assertThat(slack.buttonClick(SlackTestClient.TEAM, FORGOTTEN, "tc_forget_me", "tc_forget_me_confirm", "erase",
                    SlackApiStub.responseUrl("restart-forget")).statusCode()).isEqualTo(200);
        } finally {
            killed.kill();
        }
        assertThat(SlackApiStub.postsTo("D" + FORGOTTEN)).isEmpty();
        // what the acks promised is on disk, not only in the killed process's memory
        try (Connection disk = DriverManager.getConnection(modelessUrl + H2_SETTINGS, "sa", "")) {
            assertThat(count(disk, "select count(*) from stored_request where kind = 'forget-me'")).isOne();
            assertThat(count(disk, "select count(*) from stored_request where kind = 'people-import'")).isOne();
            assertThat(count(disk, "select count(*) from outbox_message where kind = 'POST_MESSAGE' and status = 'IN_FLIGHT'"
                    + " and attempt_started_at is not null")).as("killed mid-call").isOne();
            // the killed instance's two-minute lease runs out before the next one starts (rather than this test waiting)
            try (Statement expire = disk.createStatement()) {
                expire.executeUpdate("update outbox_message set lease_until = timestamp '2000-01-01 00:00:00' where status = 'IN_FLIGHT'");
            }
        }

        String marker = SlackApiStub.postsTo(NETWORK).get(0).get("metadata");
        assertThat(marker).contains("techvoice_post");
        // the post landed in Slack although the killed instance never heard so; its channel's history shows it
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.history")).willReturn(SlackApiStub.okJson(
                "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"bot_id\":\"B0BOT0001\",\"text\":\"celebrated\","
                        + "\"ts\":\"1700000000.000777\",\"metadata\":" + marker + "}],\"has_more\":false}")));

        try (ConfigurableApplicationContext second = TechVoiceInstance.start("--spring.datasource.url=" + modelessUrl,
                "--techvoice.admins=" + ADMIN, "--techvoice.stored-requests.poll-initial-delay=PT0.1S")) {
            PeopleService people = second.getBean(PeopleService.class);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> contributions(jdbc) == 0
                    && people.find(SlackTestClient.TEAM, IMPORTED).isPresent()
                    && SlackApiStub.postsTo("D" + FORGOTTEN).size() == 1 && SlackApiStub.postsTo("D" + ADMIN).size() == 1);
            // two more runs of the job (every 0.5 s) change nothing: the requests are gone
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> SlackApiStub.postsTo("D" + FORGOTTEN).size() == 1 && SlackApiStub.postsTo("D" + ADMIN).size() == 1);
            assertThat(second.getBean(StoredRequests.class).waiting("forget-me")).isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'people.import'", Integer.class))
                    .isOne();

            // found there, recorded where it is, and not posted a second time
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from outbox_message where kind = 'POST_MESSAGE' and status = 'DELIVERED' and delivered_ts = ?",
                    Integer.class, "1700000000.000777") == 1);
            assertThat(SlackApiStub.postsTo(NETWORK)).as("posted once, by the killed instance").hasSize(1);
            assertThat(new SlackTestClient(port(second)).buttonClick(SlackTestClient.TEAM, CELEBRANT, "entry:" + achievement,
                    "entry_delete", achievement, SlackApiStub.responseUrl("restart-delete")).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.calls("chat.update").stream()
                    .anyMatch(call -> NETWORK.equals(call.get("channel")) && "1700000000.000777".equals(call.get("ts"))));
            assertThat(SlackApiStub.postsTo("D" + CELEBRANT)).as("nobody need be told: it was withdrawn").isEmpty();
        }
        assertThat(SlackApiStub.postsTo("D" + FORGOTTEN).get(0).get("text")).contains("TechVoice has erased");
        assertThat(SlackApiStub.postsTo("D" + ADMIN).get(0).get("text")).contains("Imported 1 technician");
        assertThat(Files.readString(killed.log())).doesNotContain("Syntax error in SQL statement");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static int contributions(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from contribution where team_id = ? and user_id = ?", Integer.class,
                SlackTestClient.TEAM, FORGOTTEN);
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
