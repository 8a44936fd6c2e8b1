package org.techvoice.surveys;

import java.util.Locale;
import java.util.Optional;

/** Surveys are named {@code S-<id>} to people; this reads what they type back. */
public final class SurveyReference {

    private SurveyReference() {
    }

    public static String of(long id) {
        return "S-" + id;
    }

    /** Accepts {@code S-3}, {@code s3}, {@code #3} or {@code 3}. */
    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().toUpperCase(Locale.ROOT).replaceFirst("^(S-?|#)", "");
        if (!text.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
