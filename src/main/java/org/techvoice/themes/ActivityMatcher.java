package org.techvoice.themes;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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
        return matchingActivities(text, id -> true);
    }

    /**
     * The same, asking only about the activities {@code among} accepts: a caller that can use only some of the answers
     * (the findings' topic placement: the activities of the templates the text shares words with) runs only their
     * rules, the same answer for those at a fraction of the cost.
     */
    public Set<String> matchingActivities(String text, Predicate<String> among) {
        ReadableText readable = null;
        Set<String> ids = new TreeSet<>();
        for (ThemeRule rule : rules) {
            if (ids.contains(rule.activityId()) || !among.test(rule.activityId())) {
                continue;
            }
            if (readable == null) {
                readable = TextBounds.readable(text);
                if (readable.isEmpty()) {
                    return Set.of();
                }
            }
            if (rule.matches(readable)) {
                ids.add(rule.activityId());
            }
        }
        return ids.isEmpty() ? Set.of() : Collections.unmodifiableSet(ids);
    }
}
