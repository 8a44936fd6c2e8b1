package org.techvoice.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Proposes themes from the phrase rules of {@link ThemeRules}. A theme is proposed when its cues found
 * in the text weigh at least {@link #THRESHOLD}: one strong cue ("RSciTech", "apprenticeship") is
 * enough, a weak one ("feedback", "careers") needs company. Themes are ordered by that weight.
 */
@Component
public class KeywordThemeSuggester implements ThemeSuggester {

    static final int THRESHOLD = 2;
    /** How many cues a reason names: enough to explain, short enough to read in a Slack line. */
    private static final int CUES_IN_REASON = 2;

    private final List<ThemeRule> rules = ThemeRules.ALL;

    @Override
    public List<ThemeSuggestion> suggest(String text) {
        ReadableText readable = TextBounds.readable(text);
        if (readable.isEmpty()) {
            return List.of();
        }
        Map<Theme, List<ThemeRule>> found = new EnumMap<>(Theme.class);
        for (ThemeRule rule : rules) {
            if (rule.matches(readable)) {
                found.computeIfAbsent(rule.theme(), theme -> new ArrayList<>()).add(rule);
            }
        }
        return found.entrySet().stream()
                .filter(entry -> weight(entry.getValue()) >= THRESHOLD)
                .sorted(Comparator.comparingInt((Map.Entry<Theme, List<ThemeRule>> entry) -> weight(entry.getValue())).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> ThemeSuggestion.mentions(entry.getKey(), cues(entry.getValue())))
                .toList();
    }

    private static int weight(List<ThemeRule> cues) {
        return cues.stream().mapToInt(ThemeRule::weight).sum();
    }

    /** The strongest cues found, named in the reason the adapter words. */
    private static List<String> cues(List<ThemeRule> cues) {
        return cues.stream()
                .sorted(Comparator.comparingInt(ThemeRule::weight).reversed())
                .map(ThemeRule::cue)
                .distinct()
                .limit(CUES_IN_REASON)
                .toList();
    }
}
