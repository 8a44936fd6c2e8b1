package org.techvoice.themes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One cue for a theme: what to look for, what to tell the user it found, how much it weighs, and the
 * Appendix A activity it evidences when it does.
 *
 * @param patterns   any of them found means the cue is there
 * @param cue        what the user reads, e.g. "professional registration" in "mentions professional registration → Recognition"
 * @param weight     3 for a cue that on its own settles the theme, 2 for a good sign, 1 for one that only supports others
 * @param activityId the Appendix A activity it evidences, or null
 */
record ThemeRule(Theme theme, String cue, int weight, List<Pattern> patterns, String activityId) {

    ThemeRule {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(cue, "cue");
        patterns = List.copyOf(patterns);
        if (weight < 1 || weight > 3) {
            throw new IllegalArgumentException("weight must be 1..3: " + weight);
        }
    }

    boolean matches(CharSequence text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    Optional<String> activity() {
        return Optional.ofNullable(activityId);
    }
}
