package org.techvoice.themes;

import java.util.List;

/**
 * A theme proposed for a piece of text, with why as facts: the rule phrases the text mentions ({@code cues}, strongest
 * first), or, where no rule fired, the library topic it is close to ({@code closeTo}, empty otherwise). The Slack
 * adapter words it, e.g. "mentions professional registration → Recognition" ({@code themes.slack.ThemeBlocks.reason}).
 */
public record ThemeSuggestion(Theme theme, List<String> cues, String closeTo) {

    public ThemeSuggestion {
        cues = List.copyOf(cues);
        closeTo = closeTo == null ? "" : closeTo;
    }

    /** Suggested by rules: the text mentions these cues. */
    public static ThemeSuggestion mentions(Theme theme, List<String> cues) {
        return new ThemeSuggestion(theme, cues, "");
    }

    /** Suggested by the model alone: the text is close to this topic's description. */
    public static ThemeSuggestion closeTo(Theme theme, String topic) {
        return new ThemeSuggestion(theme, List.of(), topic);
    }
}
