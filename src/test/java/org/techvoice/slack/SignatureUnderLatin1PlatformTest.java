package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techvoice.support.ChildTechVoice;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/**
 * Slack signs the UTF-8 bytes of a request, and Bolt's own signature check decodes them in the platform charset. A
 * TechVoice whose JVM runs with ISO-8859-1 as its platform charset must still verify non-ASCII text and read it intact.
 * A JVM's platform charset is fixed when it starts, so the app runs here in a child JVM started with {@code
 * -Dfile.encoding=ISO-8859-1}, beside the rest of the suite, on the test class path and this JVM's Slack stand-in.
 */
class SignatureUnderLatin1PlatformTest {

    private static ChildTechVoice app;

    @BeforeAll
    static void startTheAppInALatin1Jvm() {
        app = ChildTechVoice.start("latin1-app", List.of("-Dfile.encoding=ISO-8859-1", "-XshowSettings:properties"),
                "--spring.datasource.url=jdbc:h2:mem:latin1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
                .awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAppReallyRunsWithANonUtf8PlatformCharset() throws IOException {
        // printed by -XshowSettings:properties as the child JVM starts
        assertThat(Files.readString(app.log(), StandardCharsets.ISO_8859_1)).contains("file.encoding = ISO-8859-1");
    }

    @Test
    void nonAsciiTextIsVerifiedAndDecodedAsUtf8() {
        SlackTestClient slack = new SlackTestClient(app.port());

        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "café-日本-✓ Zoë’s “quoted” résumé 🎉");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("I don't know `/tc café-日本-✓`");
    }
}
