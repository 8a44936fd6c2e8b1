package org.techvoice.themes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One cue for a theme: what to look for, what to tell the user it found, how much it weighs, and the
 * Appendix A activity it evidences when it does.
 *
 * @param cue        what the user reads, e.g. "professional registration" in "mentions professional registration → Recognition"
 * @param weight     3 for a cue that on its own settles the theme, 2 for a good sign, 1 for one that only supports others
 * @param folded     what to find in the lower-cased text, or null
 * @param exact      what to find in the text as typed (case-sensitive tokens), or null
 * @param activityId the Appendix A activity it evidences, or null
 */
record ThemeRule(Theme theme, String cue, int weight, Pattern folded, Pattern exact, String activityId,
        WordStartPattern foldedSearch, WordStartPattern exactSearch) {

    ThemeRule(Theme theme, String cue, int weight, Pattern folded, Pattern exact, String activityId) {
        this(theme, cue, weight, folded, exact, activityId, folded == null ? null : new WordStartPattern(folded),
                exact == null ? null : new WordStartPattern(exact));
    }

    ThemeRule {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(cue, "cue");
        if (weight < 1 || weight > 3) {
            throw new IllegalArgumentException("weight must be 1..3: " + weight);
        }
        if (folded == null && exact == null) {
            throw new IllegalArgumentException("a rule needs something to look for: " + cue);
        }
    }

    /** One pattern per case mode: a single pass over the text per rule instead of one per phrase. */
    static ThemeRule of(Theme theme, String activityId, int weight, String cue, List<Cues.Cue> cues) {
        return new ThemeRule(theme, cue, weight, combine(cues, false), combine(cues, true), activityId);
    }

    private static Pattern combine(List<Cues.Cue> cues, boolean exactCase) {
        List<String> parts = cues.stream().filter(c -> c.exactCase() == exactCase).map(Cues.Cue::regex).toList();
        return parts.isEmpty() ? null : Pattern.compile(Cues.wholeWords(parts));
    }

    boolean matches(ReadableText text) {
        return foldedSearch != null && foldedSearch.find(text.folded(), text.foldedWordStarts())
                || exactSearch != null && exactSearch.find(text.exact(), text.exactWordStarts());
    }

    Optional<String> activity() {
        return Optional.ofNullable(activityId);
    }
}
