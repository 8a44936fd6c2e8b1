package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;

/** Single-workspace mode: outbound work uses SLACK_BOT_TOKEN whatever the team (OAuth mode: OAuthInstallFlowTest). */
@SlackAppTest
class ConfiguredBotTokenModeTest {

    @Autowired
    BotTokens botTokens;

    @Test
    void theConfiguredTokenServesEveryTeam() {
        assertThat(botTokens).isInstanceOf(ConfiguredBotToken.class);
        assertThat(botTokens.botToken("T0TEST001", null)).contains(SlackApiStub.BOT_TOKEN);
        assertThat(botTokens.botToken("T0ANYTEAM", "E0ANYORG")).contains(SlackApiStub.BOT_TOKEN);
    }
}
