package org.techvoice.draft.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a UK reader of the self-assessment expects them: 1 January 2025. */
final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    static String month(java.time.YearMonth month) {
        return MONTH.format(month);
    }
}
