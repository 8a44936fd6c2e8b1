package org.techvoice.installations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of OAuth installations (see README, "Distribute to many workspaces").
 *
 * @param tokenKey             {@code TECHVOICE_TOKEN_KEY}: base64 of 32 random bytes, the AES-256 key that encrypts
 *                             stored tokens; checked by {@link TokenCipher} at start-up, never logged
 * @param uninstallGracePeriod {@code TECHVOICE_UNINSTALL_GRACE_PERIOD}: how long a workspace's data is kept after it
 *                             uninstalls TechVoice, so that an accidental uninstall can be undone by installing again
 * @param stateLifetime        how long an "Add to Slack" link stays usable
 */
@ConfigurationProperties("techvoice.installations")
public record InstallationProperties(
        String tokenKey,
        @DefaultValue("P30D") Duration uninstallGracePeriod,
        @DefaultValue("PT10M") Duration stateLifetime) {

    public InstallationProperties {
        if (uninstallGracePeriod.isNegative()) {
            throw new IllegalArgumentException("TECHVOICE_UNINSTALL_GRACE_PERIOD must not be negative");
        }
        if (stateLifetime.isNegative() || stateLifetime.isZero()) {
            throw new IllegalArgumentException("techvoice.installations.state-lifetime must be positive");
        }
    }

    public boolean hasTokenKey() {
        return tokenKey != null && !tokenKey.isBlank();
    }

    /** The key must never reach a log line, whatever prints this record. */
    @Override
    public String toString() {
        return "InstallationProperties[tokenKey=" + (hasTokenKey() ? "(set)" : "(not set)")
                + ", uninstallGracePeriod=" + uninstallGracePeriod + ", stateLifetime=" + stateLifetime + "]";
    }
}
