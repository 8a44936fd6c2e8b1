package org.techvoice.installations;

import java.time.Instant;
import java.util.Objects;

/**
 * One installation of TechVoice as the rest of the app sees it: a workspace, or with {@code enterpriseInstall}
 * a whole Enterprise Grid org (then {@code teamId} is null). Tokens here are in plain text: they only ever
 * exist so in memory.
 *
 * @param installerUserId who installed it; becomes an admin of TechVoice in the workspace(s)
 * @param installerToken  user token of the installer, only when user scopes were requested (TechVoice asks none)
 */
public record InstalledApp(String enterpriseId, String enterpriseName, String enterpriseUrl, String teamId,
        String teamName, boolean enterpriseInstall, String appId, String tokenType, String botId, String botUserId,
        String botScopes, String botToken, String installerUserId, String installerUserScopes, String installerToken,
        Instant installedAt) {

    public InstalledApp {
        if (enterpriseInstall) {
            Objects.requireNonNull(enterpriseId, "an org-wide install names its enterprise");
        } else {
            Objects.requireNonNull(teamId, "a workspace install names its team");
        }
    }

    /** The one key per tenant: a workspace, or a whole org when installed org-wide. */
    String key() {
        return keyOf(enterpriseInstall, enterpriseId, teamId);
    }

    static String keyOf(boolean enterpriseInstall, String enterpriseId, String teamId) {
        return enterpriseInstall ? "E:" + enterpriseId : "T:" + teamId;
    }

    /** Never prints a token. */
    @Override
    public String toString() {
        return "InstalledApp[" + key() + ", team=" + teamName + ", enterprise=" + enterpriseName + ", bot=" + botUserId
                + ", installer=" + installerUserId + "]";
    }
}
