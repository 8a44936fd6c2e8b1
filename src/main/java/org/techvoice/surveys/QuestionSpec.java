package org.techvoice.surveys;

import java.util.List;
import java.util.Objects;

import org.techvoice.themes.Theme;

/**
 * One question as written by a lead or a template.
 *
 * @param choices   the options of a choice question, in order; empty otherwise
 * @param lowLabel  label of 1 on a rating scale
 * @param highLabel label of 5 on a rating scale
 * @param key       the stable key of a template question ({@code baseline.career-progress}), or null for a question a lead
 *                  wrote; the same key in two surveys is the same question, whatever the wording, so waves compare
 */
public record QuestionSpec(QuestionType type, Theme theme, String text, List<String> choices, String lowLabel, String highLabel,
        String key) {

    public QuestionSpec(QuestionType type, Theme theme, String text, List<String> choices, String lowLabel, String highLabel) {
        this(type, theme, text, choices, lowLabel, highLabel, null);
    }

    public static final int MAX_TEXT = 300;
    /** A choice of one is no choice. */
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 10;
    public static final int MAX_CHOICE_LENGTH = 75;
    public static final String DEFAULT_LOW = "Strongly disagree";
    public static final String DEFAULT_HIGH = "Strongly agree";

    public QuestionSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(text, "text");
        choices = choices == null ? List.of() : List.copyOf(choices);
        lowLabel = blankToDefault(lowLabel, DEFAULT_LOW);
        highLabel = blankToDefault(highLabel, DEFAULT_HIGH);
        key = key == null || key.isBlank() ? null : key.strip();
    }

    /** The same question with its stable key. */
    public QuestionSpec keyed(String stableKey) {
        return new QuestionSpec(type, theme, text, choices, lowLabel, highLabel, stableKey);
    }

    public static QuestionSpec rating(Theme theme, String text) {
        return new QuestionSpec(QuestionType.RATING, theme, text, List.of(), null, null);
    }

    public static QuestionSpec choice(Theme theme, String text, boolean multiple, String... choices) {
        return new QuestionSpec(multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE, theme, text, List.of(choices), null, null);
    }

    public static QuestionSpec freeText(Theme theme, String text) {
        return new QuestionSpec(QuestionType.FREE_TEXT, theme, text, List.of(), null, null);
    }

    /** The answers a person can give, in display order: 1–5 for ratings, the choices otherwise. */
    public List<String> options() {
        return type == QuestionType.RATING ? List.of("1", "2", "3", "4", "5") : choices;
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
