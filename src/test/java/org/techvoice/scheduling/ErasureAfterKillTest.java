package org.techvoice.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.TechVoiceApplication;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TechVoiceInstance;

/**
 * Issue 21's own scenario, with a real kill -9: a TechVoice in a child JVM acknowledges "we'll erase your data" and is
 * killed (SIGKILL, no shutdown hooks, nothing flushed on the way out) right after the ack; the next instance on the
 * same database erases the person, once. Both instances are given the database URL an operator might plausibly write,
 * without H2's PostgreSQL settings, and every request they answer is a 200, never a 500.
 */
class ErasureAfterKillTest {

    static final String PERSON = "U0KILLED1";
    static final String WORDS = "Recalibrated the killed instance's balance";

    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void anErasureAcknowledgedRightBeforeAKill9IsDoneOnceByTheRestartedInstance() throws Exception {
        SlackApiStub.reset();
        SlackApiStub.stubUser(PERSON, false, false, false);
        // what an operator might write: an H2 file URL without MODE=PostgreSQL and its companions
        String modelessUrl = "jdbc:h2:file:" + dataDir.resolve("techvoice");
        int port = freePort();
        Path log = Path.of("target", "killed-app-" + UUID.randomUUID() + ".log");
        // the stored-request job would not run for an hour: only the next instance can do the erasure
        Process app = startChildJvm(port, log, "--spring.datasource.url=" + modelessUrl,
                "--techvoice.stored-requests.poll-initial-delay=PT1H");
        try {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200))
                    .failFast("the child TechVoice stopped; see " + log, () -> !app.isAlive())
                    .until(() -> ready(port));
            SlackTestClient slack = new SlackTestClient(port);

            HttpResponse<String> logged = slack.slashCommand(SlackTestClient.TEAM, PERSON, "/tc", "log " + WORDS);
            assertThat(logged.statusCode()).isEqualTo(200);
            assertThat(SlackJson.allText(logged.body())).contains("Logged your");

            HttpResponse<String> confirmed = slack.buttonClick(SlackTestClient.TEAM, PERSON, "tc_forget_me",
                    "tc_forget_me_confirm", "erase", SlackApiStub.responseUrl("killed-forget"));
            assertThat(confirmed.statusCode()).isEqualTo(200);
        } finally {
            // SIGKILL at once: whatever the ack promised must already be on disk
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(SlackApiStub.postsTo("D" + PERSON)).as("the killed instance did not erase").isEmpty();
        try (Connection disk = DriverManager.getConnection(modelessUrl + H2_SETTINGS, "sa", "")) {
            assertThat(count(disk, "select count(*) from contribution where user_id = '" + PERSON + "'"))
                    .as("the contribution acknowledged before the kill").isOne();
            assertThat(count(disk, "select count(*) from stored_request where kind = 'forget-me'"))
                    .as("the erasure acknowledged before the kill").isOne();
        }

        try (ConfigurableApplicationContext restarted = TechVoiceInstance.start("--spring.datasource.url=" + modelessUrl)) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> contributions(jdbc) == 0
                    && SlackApiStub.postsTo("D" + PERSON).size() == 1);
            // later runs of the job find nothing left to do: one erasure, one confirmation
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> SlackApiStub.postsTo("D" + PERSON).size() == 1);
            assertThat(restarted.getBean(StoredRequests.class).waiting("forget-me")).isZero();
        }
        assertThat(SlackApiStub.postsTo("D" + PERSON).get(0).get("text")).contains("TechVoice has erased");
        assertThat(Files.readString(log)).as("the killed instance's log").doesNotContain("Syntax error in SQL statement");
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static int contributions(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from contribution where team_id = ? and user_id = ?", Integer.class,
                SlackTestClient.TEAM, PERSON);
    }

    private static Process startChildJvm(int port, Path log, String... settings) throws IOException {
        SlackApiStub.stubAuthTest();
        SlackApiStub.stubDeliveries();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), TechVoiceApplication.class.getName(),
                "--server.port=" + port,
                "--techvoice.slack.signing-secret=" + SlackTestClient.SIGNING_SECRET,
                "--techvoice.slack.bot-token=" + SlackApiStub.BOT_TOKEN,
                "--techvoice.slack.app-token=",
                "--techvoice.slack.api-url=" + SlackApiStub.apiUrl()));
        command.addAll(List.of(settings));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a test JVM that dies first must not leave the app running
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    private static boolean ready(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
