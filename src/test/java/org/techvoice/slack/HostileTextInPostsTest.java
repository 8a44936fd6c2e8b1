package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 22: every text TechVoice posts is escaped and neutralised, in the one escaping helper. */
class HostileTextInPostsTest {

    @Test
    void mrkdwnEscapesSlacksControlCharactersAndRemovesEveryBidiControl() {
        String all = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        assertThat(Mrkdwn.escape("a" + all + "<!here>&")).isEqualTo("a&lt;!here&gt;&amp;");
        assertThat(Mrkdwn.plain("<@U1> \u202Ex")).isEqualTo("‹@U1› x");
        assertThat(Mrkdwn.withoutBidiControlsInJson("{\"text\":\"a\\u202Eb\\u2066c\u202Ed\\u200Ee\"}"))
                .isEqualTo("{\"text\":\"abcd\\u200Ee\"}");
        assertThat(Mrkdwn.escape("Café — 日本語 \u200D")).isEqualTo("Café — 日本語 \u200D");
    }
}
