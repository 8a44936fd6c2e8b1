package org.techvoice.surveys;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.techvoice.SettingCheck;
import org.techvoice.people.WorkingHours;

/**
 * Survey settings.
 *
 * @param minimumGroupSize    no figure, split or comment is shown for fewer respondents than this
 *                            ({@code TECHVOICE_SURVEY_MIN_GROUP}); below 3 small groups become identifiable,
 *                            so start-up fails
 * @param hashKey             secret for the keyed hash that stops double answers to anonymous surveys
 *                            ({@code TECHVOICE_SURVEY_HASH_KEY}); blank when not set, which only the embedded H2
 *                            database accepts (see {@link SurveyHashKey}); when set, at least 32 characters
 * @param defaultTimeZone     for people whose Slack profile has no time zone
 * @param workdayStart        reminders are sent from this local time...
 * @param workdayEnd          ...until this one, Monday to Friday only
 */
@ConfigurationProperties("techvoice.surveys")
public record SurveyProperties(
        @DefaultValue("5") int minimumGroupSize,
        @DefaultValue("") String hashKey,
        @DefaultValue("Europe/London") String defaultTimeZone,
        @DefaultValue("09:00") LocalTime workdayStart,
        @DefaultValue("17:00") LocalTime workdayEnd) {

    /** Checked as the settings are bound, so start-up stops with the reason. */
    public SurveyProperties {
        SettingCheck.require(minimumGroupSize >= 3, "TECHVOICE_SURVEY_MIN_GROUP must be at least 3 so small groups stay anonymous");
        SettingCheck.require(hashKey == null || hashKey.isBlank() || hashKey.strip().length() >= MINIMUM_HASH_KEY_LENGTH,
                "TECHVOICE_SURVEY_HASH_KEY must be at least " + MINIMUM_HASH_KEY_LENGTH
                        + " characters of random text; make one with `openssl rand -base64 32`");
        SettingCheck.require(timeZone(defaultTimeZone), "TECHVOICE_SURVEY_TIME_ZONE must be a time zone such as Europe/London");
        // otherwise no time of day is inside the working day, and reminders would silently never go out
        SettingCheck.require(workdayStart == null || workdayEnd == null || workdayStart.isBefore(workdayEnd),
                "techvoice.surveys.workday-start must be before techvoice.surveys.workday-end");
    }

    /** The working day as one rule, shared with every other feature that messages people in their own hours. */
    public WorkingHours workingHours() {
        return new WorkingHours(ZoneId.of(defaultTimeZone), workdayStart, workdayEnd);
    }

    private static boolean timeZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (RuntimeException e) { // null, blank or unknown
            return false;
        }
    }

    /** A guessable short key would let anyone with a dump try every recipient; 32 base64 characters are 192 bits. */
    static final int MINIMUM_HASH_KEY_LENGTH = 32;
}
