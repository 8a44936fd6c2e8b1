package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techvoice.TechVoiceApplication;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/**
 * Slack signs the UTF-8 bytes of a request, and Bolt's own signature check decodes them in the platform charset. A
 * TechVoice whose JVM runs with ISO-8859-1 as its platform charset must still verify non-ASCII text and read it intact.
 * A JVM's platform charset is fixed when it starts, so the app runs here in a child JVM started with {@code
 * -Dfile.encoding=ISO-8859-1}, beside the rest of the suite, on the test class path and this JVM's Slack stand-in.
 */
class SignatureUnderLatin1PlatformTest {

    private static final Path LOG = Path.of("target", "latin1-app-" + UUID.randomUUID() + ".log");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process app;
    private static int port;

    @BeforeAll
    static void startTheAppInALatin1Jvm() throws IOException {
        SlackApiStub.stubAuthTest();
        SlackApiStub.stubDeliveries();
        port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Dfile.encoding=ISO-8859-1", "-XshowSettings:properties",
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                TechVoiceApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:latin1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--techvoice.slack.signing-secret=" + SlackTestClient.SIGNING_SECRET,
                "--techvoice.slack.bot-token=" + SlackApiStub.BOT_TOKEN,
                "--techvoice.slack.app-token=",
                "--techvoice.slack.api-url=" + SlackApiStub.apiUrl());
        Files.createDirectories(LOG.getParent());
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        // a test JVM that dies without running @AfterAll must not leave the app running
        Process started = app;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .failFast("the Latin-1 app stopped; see " + LOG, () -> !app.isAlive())
                .until(SignatureUnderLatin1PlatformTest::ready);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void theAppReallyRunsWithANonUtf8PlatformCharset() throws IOException {
        // printed by -XshowSettings:properties as the child JVM starts
        assertThat(Files.readString(LOG, StandardCharsets.ISO_8859_1)).contains("file.encoding = ISO-8859-1");
    }

    @Test
    void nonAsciiTextIsVerifiedAndDecodedAsUtf8() {
        SlackTestClient slack = new SlackTestClient(port);

        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "café-日本-✓ Zoë’s “quoted” résumé 🎉");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("I don't know `/tc café-日本-✓`");
    }

    private static boolean ready() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
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
