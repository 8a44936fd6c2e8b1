package org.techvoice.surveys;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Survey settings.
 *
 * @param minimumGroupSize    no figure, split or comment is shown for fewer respondents than this
 *                            ({@code TECHVOICE_SURVEY_MIN_GROUP}); below 3 small groups become identifiable,
 *                            so start-up fails
 * @param hashKey             secret for the keyed hash that stops double answers to anonymous surveys
 *                            ({@code TECHVOICE_SURVEY_HASH_KEY}); the development default logs a warning
 * @param defaultTimeZone     for people whose Slack profile has no time zone
 * @param workdayStart        reminders are sent from this local time...
 * @param workdayEnd          ...until this one, Monday to Friday only
 */
@Validated
@ConfigurationProperties("techvoice.surveys")
public record SurveyProperties(
        @DefaultValue("5") @Min(value = 3, message = "TECHVOICE_SURVEY_MIN_GROUP must be at least 3 so small groups stay anonymous")
        int minimumGroupSize,
        @DefaultValue(SurveyProperties.DEVELOPMENT_HASH_KEY) @NotBlank String hashKey,
        @DefaultValue("Europe/London") @NotBlank String defaultTimeZone,
        @DefaultValue("09:00") LocalTime workdayStart,
        @DefaultValue("17:00") LocalTime workdayEnd) {

    public static final String DEVELOPMENT_HASH_KEY = "development-only-survey-hash-key";

    public boolean usesDevelopmentHashKey() {
        return DEVELOPMENT_HASH_KEY.equals(hashKey);
    }
}
