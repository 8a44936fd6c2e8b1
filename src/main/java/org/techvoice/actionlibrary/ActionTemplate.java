package org.techvoice.actionlibrary;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.techvoice.themes.Theme;

/**
 * One kind of action from the library.
 *
 * @param id           stable slug, e.g. {@code career-framework}; proposals and accepted actions keep it
 * @param topic        short title, also the title of a finding assigned to this template
 * @param concerns     2–3 things technicians would say that this action answers (first person); findings are
 *                     matched against them
 * @param themes       the Commitment themes it serves, the first being its main theme
 * @param activityIds  Appendix A activities ({@code VIS-1}…) it answers; empty only for Evaluating Impact actions
 * @param owner        the role that typically owns it (HR, research office, the steering group…)
 * @param months       typical time to complete, in months
 * @param steps        its sub-steps, in order
 * @param measure      how success is measured
 * @param agreeTarget  the share agreeing (percent) to aim for when the measure is a survey question
 * @param measuredBy   the keys of TechVoice's standard survey questions whose agreement measures it
 *                     ({@code baseline.career-progress}…), best first; empty when none does
 */
public record ActionTemplate(String id, String topic, List<String> concerns, List<Theme> themes, List<String> activityIds,
        String owner, int months, List<String> steps, SuccessMeasure measure, int agreeTarget, List<String> measuredBy) {

    public ActionTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(measure, "measure");
        concerns = List.copyOf(concerns);
        themes = List.copyOf(themes);
        activityIds = List.copyOf(activityIds);
        steps = List.copyOf(steps);
        measuredBy = measuredBy == null ? List.of() : List.copyOf(measuredBy);
    }

    public Theme mainTheme() {
        return themes.get(0);
    }

    public boolean serves(Theme theme) {
        return themes.contains(theme);
    }

    public Set<Theme> themeSet() {
        return Set.copyOf(themes);
    }
}
