package org.techvoice.surveys.slack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as Slack's date markup: each reader sees it in their own time zone and language ("Dec 9th at 7:05 AM").
 * The fallback, shown where the markup is not understood (notifications, some clients), is readable UTC rather than
 * an ISO timestamp.
 */
final class DateMarkup {

    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private DateMarkup() {
    }

    static String of(Instant moment) {
        return "<!date^" + moment.getEpochSecond() + "^{date_short_pretty} at {time}|" + FALLBACK.format(moment) + ">";
    }
}
