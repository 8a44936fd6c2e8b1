package org.techvoice.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a message to a person may arrive: Monday to Friday, within the working day, in the person's own time zone.
 * One rule for every reminder and nudge (survey reminders, action nudges), so nobody is pinged at night by one
 * feature and not by another. Built from the survey settings (see {@code SurveyProperties}).
 *
 * @param defaultZone for people whose Slack profile has no (or an unknown) time zone
 */
public record WorkingHours(ZoneId defaultZone, LocalTime start, LocalTime end) {

    /** A fresh copy on every call otherwise, and a fan-out asks once per person. */
    private static final Set<String> KNOWN_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    /** The person's zone from their Slack profile's IANA id, or the default when it is missing or unknown. */
    public ZoneId zoneOf(String timeZone) {
        return timeZone != null && KNOWN_ZONES.contains(timeZone) ? ZoneId.of(timeZone) : defaultZone;
    }

    /** The moment as the person's local time. */
    public ZonedDateTime local(Instant now, String timeZone) {
        return now.atZone(zoneOf(timeZone));
    }

    public boolean contains(ZonedDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !time.isBefore(start) && time.isBefore(end);
    }
}
