package org.techvoice.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as Slack's date markup: each reader sees it in their own time zone and language ("Dec 9th at 7:05 AM").
 * The fallback, shown where the markup is not understood (notifications, some clients), is readable UTC rather than
 * an ISO timestamp. The one helper for it: every time of day TechVoice shows in Slack goes through here, and every
 * calendar day or month (a deadline, a plan's start) as the draft writes them ("6 October 2026", "October 2026"): a
 * day has no time zone to convert.
 */
public final class DateMarkup {

    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private DateMarkup() {
    }

    public static String of(Instant moment) {
        return "<!date^" + moment.getEpochSecond() + "^{date_short_pretty} at {time}|" + FALLBACK.format(moment) + ">";
    }

    /** "6 October 2026" */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "October 2026" */
    public static String month(LocalDate day) {
        return MONTH.format(day);
    }
}
