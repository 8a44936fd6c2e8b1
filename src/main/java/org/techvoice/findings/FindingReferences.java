package org.techvoice.findings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techvoice.actionlibrary.ActionTemplate;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

/**
 * The stable references of findings. A library topic's finding is numbered by the topic's place among its main
 * theme's topics in the library ({@code F-CAR-1} is the first Career Development topic), so it keeps its reference
 * from one review to the next and a dismissal or an action can name it; a group of what fitted no topic is named by
 * its nearest Appendix A activity and its rank there ({@code F-VIS-5-1}); a survey figure by its question
 * ({@code F-S-2/Q4}); a gap by its activity ({@code F-GAP-SUS-3}).
 */
final class FindingReferences {

    static final Map<Theme, String> CODES = new EnumMap<>(Map.of(Theme.VISIBILITY, "VIS", Theme.RECOGNITION, "REC",
            Theme.CAREER_DEVELOPMENT, "CAR", Theme.SUSTAINABILITY, "SUS", Theme.EVALUATING_IMPACT, "IMP"));

    private static final Pattern TOPIC = Pattern.compile("^F-(VIS|REC|CAR|SUS|IMP)-(\\d{1,3})$");
    private static final Pattern GROUP = Pattern.compile("^F-([A-Z]{3}-\\d{1,2})-(\\d{1,3})$");
    private static final Pattern SIGNAL = Pattern.compile("^F-(S-\\d{1,6}/Q\\d{1,3})$");
    private static final Pattern GAP = Pattern.compile("^F-GAP-([A-Z]{3}-\\d{1,2})$");

    private final TopicBank bank;
    private final ThemeCatalogue catalogue;

    FindingReferences(TopicBank bank, ThemeCatalogue catalogue) {
        this.bank = bank;
        this.catalogue = catalogue;
    }

    String topic(int templateIndex) {
        ActionTemplate template = bank.template(templateIndex);
        int number = 0;
        for (int i = 0; i <= templateIndex; i++) {
            if (bank.template(i).mainTheme() == template.mainTheme()) {
                number++;
            }
        }
        return "F-" + CODES.get(template.mainTheme()) + "-" + number;
    }

    static String group(String activityId, int rank) {
        return "F-" + activityId + "-" + rank;
    }

    static String signal(String questionReference) {
        return "F-" + questionReference;
    }

    static String gap(String activityId) {
        return "F-GAP-" + activityId;
    }

    /** {@code P-CAR-3-1}: the finding's reference and the proposal's rank. */
    static String proposal(String findingReference, int rank) {
        return "P-" + findingReference.substring(2) + "-" + rank;
    }

    /** What kind of finding a reference names, from its form alone: empty when it cannot name one. */
    Optional<ActionOrigin> origin(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String ref = reference.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher topic = TOPIC.matcher(ref);
        if (topic.matches()) {
            for (int i = 0; i < bank.templates().size(); i++) {
                if (topic(i).equals(ref)) {
                    return Optional.of(ActionOrigin.VOICE);
                }
            }
            return Optional.empty();
        }
        Matcher gap = GAP.matcher(ref);
        if (gap.matches()) {
            return catalogue.activity(gap.group(1)).map(a -> ActionOrigin.GAP);
        }
        Matcher group = GROUP.matcher(ref);
        if (group.matches()) {
            return catalogue.activity(group.group(1)).map(a -> ActionOrigin.VOICE);
        }
        return SIGNAL.matcher(ref).matches() ? Optional.of(ActionOrigin.SURVEY) : Optional.empty();
    }
}
