package org.techvoice.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.techvoice.installations.InstalledApp;
import org.techvoice.installations.Installations;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;

/**
 * Bolt's view of {@link Installations}: translates Bolt's installer and bot models to and from
 * {@link InstalledApp}, so the installations feature stays free of Slack types. Only the latest installation
 * of each workspace or org is kept (no history).
 */
final class StoredInstallationService implements InstallationService {

    static final String TOKEN_ROTATION_UNSUPPORTED = "token rotation is turned on for this Slack app, and TechVoice "
            + "does not refresh tokens: turn it off under OAuth & Permissions, then install again";

    private final Installations installations;
    private final Clock clock;

    StoredInstallationService(Installations installations, Clock clock) {
        this.installations = installations;
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("TechVoice keeps only the latest installation of each workspace");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (installer.getBotRefreshToken() != null || installer.getInstallerUserRefreshToken() != null) {
            throw new IllegalStateException(TOKEN_ROTATION_UNSUPPORTED);
        }
        boolean enterpriseInstall = Boolean.TRUE.equals(installer.getIsEnterpriseInstall());
        // the names are only on Bolt's default model (which its OAuth success handler builds), not on the interface
        DefaultInstaller named = installer instanceof DefaultInstaller d ? d : null;
        installations.save(new InstalledApp(installer.getEnterpriseId(), named == null ? null : named.getEnterpriseName(),
                installer.getEnterpriseUrl(), enterpriseInstall ? null : installer.getTeamId(), named == null ? null : named.getTeamName(),
                enterpriseInstall, installer.getAppId(), installer.getTokenType(), installer.getBotId(),
                installer.getBotUserId(), installer.getBotScope(), installer.getBotAccessToken(),
                installer.getInstallerUserId(), installer.getInstallerUserScope(), installer.getInstallerUserAccessToken(),
                clock.instant()));
    }

    @Override
    public void saveBot(Bot bot) {
        throw new UnsupportedOperationException(TOKEN_ROTATION_UNSUPPORTED);
    }

    @Override
    public void deleteBot(Bot bot) {
        installations.tokensRevoked(bot.getEnterpriseId(), bot.getTeamId(), true, List.of());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        installations.tokensRevoked(installer.getEnterpriseId(), installer.getTeamId(), false,
                List.of(installer.getInstallerUserId()));
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.uninstalled(enterpriseId, teamId);
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return installations.find(enterpriseId, teamId).map(StoredInstallationService::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return installations.findInstaller(enterpriseId, teamId, userId).map(StoredInstallationService::installer).orElse(null);
    }

    @Override
    public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
        return InstallationAuthorization.NOT_INSTALLED;
    }

    static Bot bot(InstalledApp app) {
        DefaultBot bot = new DefaultBot();
        bot.setAppId(app.appId());
        bot.setEnterpriseId(app.enterpriseId());
        bot.setEnterpriseName(app.enterpriseName());
        bot.setEnterpriseUrl(app.enterpriseUrl());
        bot.setTeamId(app.teamId());
        bot.setTeamName(app.teamName());
        bot.setIsEnterpriseInstall(app.enterpriseInstall());
        bot.setTokenType(app.tokenType());
        bot.setScope(app.botScopes());
        bot.setBotScope(app.botScopes());
        bot.setBotId(app.botId());
        bot.setBotUserId(app.botUserId());
        bot.setBotAccessToken(app.botToken());
        bot.setInstalledAt(millis(app.installedAt()));
        return bot;
    }

    private static Installer installer(InstalledApp app) {
        return DefaultInstaller.builder()
                .appId(app.appId())
                .enterpriseId(app.enterpriseId())
                .enterpriseName(app.enterpriseName())
                .enterpriseUrl(app.enterpriseUrl())
                .teamId(app.teamId())
                .teamName(app.teamName())
                .isEnterpriseInstall(app.enterpriseInstall())
                .tokenType(app.tokenType())
                .scope(app.botScopes())
                .botScope(app.botScopes())
                .botId(app.botId())
                .botUserId(app.botUserId())
                .botAccessToken(app.botToken())
                .installerUserId(app.installerUserId())
                .installerUserScope(app.installerUserScopes())
                .installerUserAccessToken(app.installerToken())
                .installedAt(millis(app.installedAt()))
                .build();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
