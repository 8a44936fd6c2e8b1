package org.techvoice.slack;

import java.util.Optional;

/** The bot token to call Slack with on behalf of a workspace. */
public interface BotTokens {

    /** @param enterpriseId the Enterprise Grid org id, or null */
    Optional<String> botToken(String teamId, String enterpriseId);
}
