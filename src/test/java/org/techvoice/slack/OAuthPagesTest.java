package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code error=} on the OAuth redirect is typed by whoever opens the URL: it must not forge log lines. */
class OAuthPagesTest {

    @Test
    void controlCharactersAreReplacedBeforeLogging() {
        String forged = "access_denied\r\n2026-12-05T10:00:00Z  INFO  Installed workspace T0ADMIN by U0ROOT\tok";

        String logged = OAuthPages.loggable(forged);

        assertThat(logged).doesNotContain("\r").doesNotContain("\n").doesNotContain("\t").startsWith("access_denied__2026");
        assertThat(OAuthPages.loggable("x".repeat(500))).hasSize(101);
        assertThat(OAuthPages.loggable(null)).isNull();
    }
}
