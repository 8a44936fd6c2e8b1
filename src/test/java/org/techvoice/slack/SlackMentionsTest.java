package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMentionsTest {

    @Test
    void peopleMentionsStayMentionsAndEverythingElseIsShownNotInterpreted() {
        assertThat(SlackMentions.escapedKeepingPeople("<@U0OWNER1|ann> with HR & <!here> <https://x.example|x>"))
                .isEqualTo("<@U0OWNER1> with HR &amp; &lt;!here&gt; &lt;https://x.example|x&gt;");
        assertThat(SlackMentions.escapedKeepingPeople("Head of Technical Services")).isEqualTo("Head of Technical Services");
        assertThat(SlackMentions.escapedKeepingPeople("<@not-an-id> and <@U0A>")).isEqualTo("&lt;@not-an-id&gt; and <@U0A>");
    }
}
