package org.techvoice.slack;

/**
 * Refuses, at start-up, settings that mix the two ways of connecting to Slack, so that nobody finds out from
 * a workspace whose commands fail. Messages name settings, never their values.
 */
final class SlackModeCheck {

    private SlackModeCheck() {
    }

    /** @param canStoreTokens whether {@code TECHVOICE_TOKEN_KEY} is set (and valid: it is checked when read) */
    static void check(SlackProperties properties, boolean canStoreTokens) {
        if (properties.hasClientId() != properties.hasClientSecret()) {
            throw new IllegalStateException("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET go together: set both to let "
                    + "workspaces install TechVoice through OAuth, or neither for a single workspace.");
        }
        if (!properties.oauthMode()) {
            return;
        }
        if (properties.hasBotToken()) {
            throw new IllegalStateException("Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and "
                    + "SLACK_CLIENT_SECRET (workspaces install TechVoice through OAuth), not both.");
        }
        if (properties.hasAppToken()) {
            throw new IllegalStateException("Socket Mode (SLACK_APP_TOKEN) serves a single workspace with SLACK_BOT_TOKEN; "
                    + "distribution through OAuth (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET) needs the HTTP endpoint. Unset one of them.");
        }
        if (!canStoreTokens) {
            throw new IllegalStateException("Distribution through OAuth stores each workspace's token encrypted: set "
                    + "TECHVOICE_TOKEN_KEY to 32 random bytes in base64 (openssl rand -base64 32) and keep it safe.");
        }
    }
}
