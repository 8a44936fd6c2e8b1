package org.techvoice.slack;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Single-workspace mode: the one {@code SLACK_BOT_TOKEN} serves whichever team the request came from. */
@Component
class ConfiguredBotToken implements BotTokens {

    private final SlackProperties properties;

    ConfiguredBotToken(SlackProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<String> botToken(String teamId, String enterpriseId) {
        return Optional.ofNullable(properties.botToken()).filter(token -> !token.isBlank());
    }
}
