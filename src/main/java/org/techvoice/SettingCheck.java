package org.techvoice;

/**
 * Checks a setting in a {@code @ConfigurationProperties} record's constructor. Spring Boot reports the exception as
 * the reason the settings could not be bound and start-up stops, so a wrong value is caught before any request.
 * (Plain checks rather than Bean Validation: two records needed it, and the validator was over 600 classes.)
 */
public final class SettingCheck {

    private SettingCheck() {
    }

    /** @param reason names the environment variable and what it must be, never its value (it may be a secret) */
    public static void require(boolean valid, String reason) {
        if (!valid) {
            throw new IllegalArgumentException(reason);
        }
    }
}
