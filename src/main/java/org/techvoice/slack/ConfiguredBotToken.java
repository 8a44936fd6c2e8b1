package org.techvoice.slack;

import java.util.Optional;

/**
 * Single-workspace mode: the one {@code SLACK_BOT_TOKEN} serves whichever team the request came from.
 * {@link BoltConfiguration#botTokens} picks this or {@link InstalledBotTokens} by mode.
 */
final class ConfiguredBotToken implements BotTokens {

    private final SlackProperties properties;

    ConfiguredBotToken(SlackProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<String> botToken(String teamId, String enterpriseId) {
        return Optional.ofNullable(properties.botToken()).filter(token -> !token.isBlank());
    }
}
