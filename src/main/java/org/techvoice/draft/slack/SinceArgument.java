package org.techvoice.draft.slack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What follows {@code /tc draft}: nothing, or {@code since YYYY-MM-DD}. Exactly one of {@code since}/{@code error}
 * matters: {@code error} is a friendly sentence when the text cannot be used.
 *
 * @param since the first day of evidence, or null for the default period
 */
record SinceArgument(LocalDate since, String error) {

    static final String EXAMPLE = "/tc draft since 2025-01-01";

    static SinceArgument parse(String argument, LocalDate today) {
        String text = argument == null ? "" : argument.strip();
        if (text.isEmpty()) {
            return new SinceArgument(null, null);
        }
        String[] words = text.split("\\s+");
        String date;
        if (words.length == 2 && words[0].toLowerCase(Locale.ROOT).equals("since")) {
            date = words[1];
        } else if (words.length == 1 && !words[0].equalsIgnoreCase("since")) {
            date = words[0];
        } else if (words.length == 1) {
            return error("Since when? Add a date, e.g. `" + EXAMPLE + "`.");
        } else {
            return error("I can only narrow the draft by a start date, e.g. `" + EXAMPLE + "`, or leave it out for everything "
                    + "since your signatory date. Add `canvas` for a Slack canvas version too, e.g. `/tc draft canvas since 2025-01-01`.");
        }
        LocalDate since;
        try {
            since = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return error("I can't read that date. Please write it as year-month-day, e.g. `" + EXAMPLE + "`.");
        }
        if (since.isAfter(today)) {
            return error("That date is in the future, so there would be nothing to compile. Try a date on or before " + today + ".");
        }
        return new SinceArgument(since, null);
    }

    public boolean valid() {
        return error == null;
    }

    private static SinceArgument error(String message) {
        return new SinceArgument(null, message);
    }
}
