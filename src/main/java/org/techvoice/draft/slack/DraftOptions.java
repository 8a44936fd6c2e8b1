package org.techvoice.draft.slack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What follows {@code /tc draft}: an optional {@code canvas} word (also make a Slack canvas) and an optional
 * {@code since YYYY-MM-DD}, in either order. The date part keeps {@link SinceArgument}'s friendly errors.
 *
 * @param canvas true when the lead asked for a canvas version as well as the files
 */
record DraftOptions(boolean canvas, SinceArgument since) {

    static final String CANVAS = "canvas";

    public static DraftOptions parse(String argument, LocalDate today) {
        String text = argument == null ? "" : argument.strip();
        List<String> words = new ArrayList<>(text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+")));
        boolean canvas = false;
        if (!words.isEmpty() && words.get(0).toLowerCase(Locale.ROOT).equals(CANVAS)) {
            canvas = true;
            words.remove(0);
        } else if (!words.isEmpty() && words.get(words.size() - 1).toLowerCase(Locale.ROOT).equals(CANVAS)) {
            canvas = true;
            words.remove(words.size() - 1);
        }
        return new DraftOptions(canvas, SinceArgument.parse(String.join(" ", words), today));
    }

    public boolean valid() {
        return since.valid();
    }

    public String error() {
        return since.error();
    }
}
