package org.techvoice.themes;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Which of Appendix A's example activities a piece of text is evidence of. The draft's gap analysis asks
 * it of every gathered entry to show which example activities have evidence and which have none.
 */
@Component
public class ActivityMatcher {

    private final List<ThemeRule> rules = ThemeRules.ALL.stream().filter(rule -> rule.activityId() != null).toList();

    /** Ids of the example activities ({@code VIS-3}, {@code SUS-3}...) the text evidences, sorted; empty when none. */
    public Set<String> matchingActivities(String text) {
        ReadableText readable = TextBounds.readable(text);
        if (readable.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new TreeSet<>();
        for (ThemeRule rule : rules) {
            if (!ids.contains(rule.activityId()) && rule.matches(readable)) {
                ids.add(rule.activityId());
            }
        }
        return Collections.unmodifiableSet(ids);
    }
}
