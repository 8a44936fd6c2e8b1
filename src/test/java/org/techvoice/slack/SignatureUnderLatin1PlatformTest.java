package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/**
 * Runs in its own JVM with {@code -Dfile.encoding=ISO-8859-1} (see the {@code latin1-platform} surefire
 * execution in pom.xml): non-ASCII text must still verify and come back intact.
 */
@SlackAppTest
class SignatureUnderLatin1PlatformTest {

    @LocalServerPort
    int port;

    @Test
    void theJvmReallyRunsWithANonUtf8DefaultCharset() {
        assertThat(Charset.defaultCharset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void nonAsciiTextIsVerifiedAndDecodedAsUtf8() {
        SlackTestClient slack = new SlackTestClient(port);

        HttpResponse<String> response = slack.slashCommand(SlackTestClient.TEAM, "U0TECH001", "/tc",
                "café-日本-✓ Zoë’s “quoted” résumé 🎉");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("I don't know `/tc café-日本-✓`");
    }
}
