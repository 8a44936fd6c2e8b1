package org.techvoice.slack;

import java.util.Optional;

import org.techvoice.installations.Installations;

/** OAuth mode: each workspace's own stored token (or its org's, for an org-wide install). */
final class InstalledBotTokens implements BotTokens {

    private final Installations installations;

    InstalledBotTokens(Installations installations) {
        this.installations = installations;
    }

    @Override
    public Optional<String> botToken(String teamId, String enterpriseId) {
        return installations.botToken(teamId, enterpriseId);
    }
}
