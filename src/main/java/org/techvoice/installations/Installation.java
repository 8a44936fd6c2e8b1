package org.techvoice.installations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored form of an {@link InstalledApp}: tokens only as {@link TokenCipher} ciphertext. */
@Entity
@Table(name = "installation")
class Installation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "installation_key", nullable = false, length = 40)
    private String installationKey;

    @Column(name = "enterprise_id", length = 32)
    private String enterpriseId;

    @Column(name = "enterprise_name", length = 200)
    private String enterpriseName;

    @Column(name = "enterprise_url", length = 300)
    private String enterpriseUrl;

    @Column(name = "team_id", length = 32)
    private String teamId;

    @Column(name = "team_name", length = 200)
    private String teamName;

    @Column(name = "is_enterprise_install", nullable = false)
    private boolean enterpriseInstall;

    @Column(name = "app_id", length = 32)
    private String appId;

    @Column(name = "token_type", length = 16)
    private String tokenType;

    @Column(name = "bot_id", length = 32)
    private String botId;

    @Column(name = "bot_user_id", length = 32)
    private String botUserId;

    @Column(name = "bot_scopes", length = 2000)
    private String botScopes;

    @Column(name = "bot_token_encrypted", length = 500)
    private String botTokenEncrypted;

    @Column(name = "installer_user_id", length = 32)
    private String installerUserId;

    @Column(name = "installer_user_scopes", length = 2000)
    private String installerUserScopes;

    @Column(name = "installer_token_encrypted", length = 500)
    private String installerTokenEncrypted;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    protected Installation() {
    }

    Installation(String installationKey) {
        this.installationKey = installationKey;
    }

    /** Overwrites everything: a reinstall replaces the tokens and scopes it granted before. */
    void update(InstalledApp app, TokenCipher cipher) {
        this.enterpriseId = app.enterpriseId();
        this.enterpriseName = app.enterpriseName();
        this.enterpriseUrl = app.enterpriseUrl();
        this.teamId = app.teamId();
        this.teamName = app.teamName();
        this.enterpriseInstall = app.enterpriseInstall();
        this.appId = app.appId();
        this.tokenType = app.tokenType();
        this.botId = app.botId();
        this.botUserId = app.botUserId();
        this.botScopes = app.botScopes();
        this.botTokenEncrypted = cipher.encrypt(app.botToken(), installationKey);
        this.installerUserId = app.installerUserId();
        this.installerUserScopes = app.installerUserScopes();
        this.installerTokenEncrypted = cipher.encrypt(app.installerToken(), installationKey);
        this.installedAt = app.installedAt();
    }

    InstalledApp open(TokenCipher cipher) {
        return new InstalledApp(enterpriseId, enterpriseName, enterpriseUrl, teamId, teamName, enterpriseInstall, appId,
                tokenType, botId, botUserId, botScopes, cipher.decrypt(botTokenEncrypted, installationKey),
                installerUserId, installerUserScopes, cipher.decrypt(installerTokenEncrypted, installationKey), installedAt);
    }

    void revokeBot() {
        botTokenEncrypted = null;
        botId = null;
        botUserId = null;
        botScopes = null;
    }

    void revokeInstallerToken() {
        installerTokenEncrypted = null;
        installerUserScopes = null;
    }

    boolean hasBot() {
        return botTokenEncrypted != null;
    }

    boolean hasAnyToken() {
        return botTokenEncrypted != null || installerTokenEncrypted != null;
    }

    String teamId() {
        return teamId;
    }

    String enterpriseId() {
        return enterpriseId;
    }

    boolean enterpriseInstall() {
        return enterpriseInstall;
    }

    String installerUserId() {
        return installerUserId;
    }
}
