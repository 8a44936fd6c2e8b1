package org.techvoice.slack;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.installations.Installations;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;

/**
 * {@code app_uninstalled}: the tokens go at once and the workspace's data is scheduled for deletion after the
 * grace period. {@code tokens_revoked}: the revoked tokens go. Both are quick database writes, done before the ack
 * so that Slack retries if they fail. Neither carries {@code authorizations}, so they arrive without a token.
 */
@Component
class UninstallListener implements BoltListener {

    private final Installations installations;

    UninstallListener(Installations installations) {
        this.installations = installations;
    }

    @Override
    public void register(App app) {
        app.event(AppUninstalledEvent.class, (payload, context) -> {
            installations.uninstalled(payload.getEnterpriseId(), payload.getTeamId());
            return context.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, context) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            boolean bot = tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty();
            List<String> users = tokens == null || tokens.getOauth() == null ? List.of() : tokens.getOauth();
            installations.tokensRevoked(payload.getEnterpriseId(), payload.getTeamId(), bot, users);
            return context.ack();
        });
    }
}
