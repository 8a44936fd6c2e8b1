package org.techvoice.surveys;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Surveys are named {@code S-<id>} to people, their questions {@code S-<id>/Q<n>}; this reads both back. */
public final class SurveyReference {

    private static final Pattern QUESTION = Pattern.compile("^(S-\\d{1,12})/Q\\d{1,4}$");

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

    /** The survey of a question's reference ({@code S-3/Q2} is in {@code S-3}); empty for anything else. */
    public static Optional<String> surveyOfQuestion(String reference) {
        Matcher question = QUESTION.matcher(reference == null ? "" : reference);
        return question.matches() ? Optional.of(question.group(1)) : Optional.empty();
    }
}
