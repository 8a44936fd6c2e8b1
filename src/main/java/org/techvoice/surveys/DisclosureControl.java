package org.techvoice.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Statistical disclosure control for survey figures, in one place. Every survey figure TechVoice shows (the
 * results reply, the chart, the closing DM, the draft) is made by {@link SurveyResultsCalculator} under these rules,
 * and {@code /tc survey list} shows counts through {@link #liveCount}:
 * <ul>
 * <li>no figure from fewer respondents than the minimum group size;</li>
 * <li>complementary suppression: a split shows only groups of at least the minimum, and the respondents outside the
 * groups shown are either none or at least the minimum, so no withheld group's figures follow from the totals
 * minus the groups shown; withheld groups are not named;</li>
 * <li>an open anonymous survey's figures are shown only once it has closed, and its live count moves in steps of
 * the minimum, so reading results (or counts) before and after someone answers or changes an answer reveals
 * nothing about that person.</li>
 * </ul>
 */
@Component
final class DisclosureControl {

    private final int minimumGroupSize;

    @Autowired
    DisclosureControl(SurveyProperties properties) {
        this(properties.minimumGroupSize());
    }

    DisclosureControl(int minimumGroupSize) {
        if (minimumGroupSize < 2) {
            throw new IllegalArgumentException("a minimum group size below 2 protects nobody");
        }
        this.minimumGroupSize = minimumGroupSize;
    }

    int minimumGroupSize() {
        return minimumGroupSize;
    }

    /**
     * Whether a survey's figures may be shown at all. An open anonymous survey's answers change as people arrive
     * or change their minds, and any two views of its figures would differ by exactly those people's answers, so
     * they are shown once, at the close, when they no longer change. (Attributed surveys name who answered anyway.)
     */
    boolean released(boolean anonymous, SurveyStatus status) {
        return !anonymous || status != SurveyStatus.OPEN;
    }

    /** Whether a figure made from this many respondents may be shown. */
    boolean enough(int respondents) {
        return respondents >= minimumGroupSize;
    }

    /**
     * The response count to show while a survey's figures are not released: rounded down to a multiple of the
     * minimum group size, so watching it does not tell when any one person answered.
     */
    int liveCount(int respondents) {
        return respondents / minimumGroupSize * minimumGroupSize;
    }

    /**
     * The groups of a split that may be shown. Each has at least the minimum; the respondents in groups not shown
     * are together none or at least the minimum. Where a small remainder could be worked out as the total minus
     * the groups shown, the smallest shown groups are withheld too until it cannot, which may leave none.
     *
     * @param sizes respondents per group; every respondent is in exactly one group
     */
    <G> Set<G> shownGroups(Map<G, Integer> sizes) {
        List<Map.Entry<G, Integer>> shown = new ArrayList<>(sizes.entrySet().stream().filter(e -> enough(e.getValue())).toList());
        int remainder = sizes.entrySet().stream().filter(e -> !enough(e.getValue())).mapToInt(Map.Entry::getValue).sum();
        // smallest first, so withholding one costs the least; by position in the input for ties, so it is repeatable
        List<G> order = new ArrayList<>(sizes.keySet());
        shown.sort(Comparator.<Map.Entry<G, Integer>>comparingInt(Map.Entry::getValue).thenComparingInt(e -> order.indexOf(e.getKey())));
        while (remainder > 0 && !enough(remainder) && !shown.isEmpty()) {
            remainder += shown.remove(0).getValue();
        }
        Set<G> result = new LinkedHashSet<>();
        sizes.keySet().stream().filter(g -> shown.stream().anyMatch(e -> e.getKey().equals(g))).forEach(result::add);
        return result;
    }

    /**
     * Whether one question's answers may be shown split over the groups already cleared by {@link #shownGroups}:
     * every shown group has at least the minimum answers to it, and the answers to it outside those groups are none
     * or at least the minimum (people may skip an optional question, so the question has its own remainder).
     *
     * @param answersPerShownGroup respondents who answered the question, per shown group
     * @param answersInTotal       respondents who answered the question, in all groups
     */
    <G> boolean splittable(Map<G, Integer> answersPerShownGroup, int answersInTotal) {
        if (answersPerShownGroup.isEmpty() || answersPerShownGroup.values().stream().anyMatch(n -> !enough(n))) {
            return false;
        }
        int remainder = answersInTotal - answersPerShownGroup.values().stream().mapToInt(Integer::intValue).sum();
        return remainder == 0 || enough(remainder);
    }
}
