package org.techvoice.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.themes.Theme;

/**
 * One thing technicians told us, as facts the adapters put into words. The trust rules are already applied: below the
 * minimum group size {@link #countShown()} is false and {@link #departments()} empty; anonymous quotes carry no
 * department; a finding from one entry ({@link #single()}) has that entry's own quote and nothing that suggests many.
 *
 * @param reference          stable, e.g. {@code F-CAR-3} (a library topic), {@code F-VIS-5-2} (a group of what fitted no
 *                           topic, titled by its nearest Appendix A activity), {@code F-S-2/Q4} (a survey figure),
 *                           {@code F-GAP-SUS-3} (an Appendix A activity without evidence)
 * @param kind               concern, survey signal or gap
 * @param origin             where an action answering it comes from: voice, survey or gap
 * @param themes             its themes, the main one first
 * @param title              short title: the library topic, or the nearest Appendix A activity
 * @param entryCount         how many entries and comments it groups (0 for a survey signal or a gap)
 * @param countShown         false when the count is below the minimum group size: say "fewer than N", not the number
 * @param firstDay           the earliest entry, null when none
 * @param lastDay            the latest entry, null when none
 * @param monthsSpanned      calendar months from the first entry to the last, inclusive (0 when none)
 * @param quotes             representative quotes, an even sample of the period, oldest first
 * @param evidenceReferences what it rests on ({@code V-…}, {@code S-…/Q…}, {@code VIS-1}…): a bounded even sample
 *                           when there are many, all of them existing evidence
 * @param departments        attributed entries by department, only departments at or above the minimum group size
 *                           and only when the finding is; empty otherwise
 * @param grouping           how many of its entries were grouped by each method
 * @param signal             the survey figure, for a survey signal; else null
 * @param activityId         the Appendix A activity it is nearest to or is about, or null
 * @param templateId         the library topic it was assigned to, or null
 * @param status             open, already covered by the plan, accepted or dismissed
 * @param actionReferences   the plan's actions that cover or came from it
 * @param dismissalReason    the lead's reason, when dismissed
 */
public record Finding(String reference, Kind kind, ActionOrigin origin, List<Theme> themes, String title, long entryCount,
        boolean countShown, LocalDate firstDay, LocalDate lastDay, int monthsSpanned, List<Quote> quotes,
        List<String> evidenceReferences, List<DepartmentCount> departments, Map<Method, Long> grouping, SurveySignal signal,
        String activityId, String templateId, Status status, List<String> actionReferences, String dismissalReason) {

    public enum Kind { CONCERN, SURVEY_SIGNAL, GAP }

    public enum Status { OPEN, COVERED, ACCEPTED, DISMISSED }

    /** How an entry was placed: its stored vector, or the keyword rules (no vector stored yet, or the model not ready). */
    public enum Method { STORED_VECTOR, KEYWORDS }

    public Finding {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        themes = List.copyOf(themes);
        quotes = List.copyOf(quotes);
        evidenceReferences = List.copyOf(evidenceReferences);
        departments = List.copyOf(departments);
        grouping = Map.copyOf(grouping);
        actionReferences = List.copyOf(actionReferences);
    }

    public Theme mainTheme() {
        return themes.get(0);
    }

    /** A finding from one entry: show only its quote, never as if many said it. */
    public boolean single() {
        return kind == Kind.CONCERN && entryCount == 1;
    }

    /** The same finding with the plan's or the lead's word on it. */
    public Finding withStatus(Status newStatus, List<String> actions, String reason) {
        return new Finding(reference, kind, origin, themes, title, entryCount, countShown, firstDay, lastDay, monthsSpanned,
                quotes, evidenceReferences, departments, grouping, signal, activityId, templateId, newStatus, actions, reason);
    }

    /**
     * A quote as it may be shown.
     *
     * @param department the author's department, only for an attributed entry whose department is at or above the
     *                   minimum group size; never for anonymous voice or survey comments
     */
    public record Quote(String text, String reference, LocalDate date, boolean anonymous, String department) {
    }

    /** Distinct attributed people of one department behind a finding, at or above the minimum group size. */
    public record DepartmentCount(String department, long people) {
    }

    /**
     * A rating question whose agreement is low or fell.
     *
     * @param agreePercent    share answering 4 or 5 of 5, rounded
     * @param previous        the same question in an earlier survey, when there was one
     */
    public record SurveySignal(String surveyReference, String questionReference, String question, int agreePercent,
            int respondents, LocalDate surveyDate, Previous previous) {

        public boolean fell() {
            return previous != null && agreePercent < previous.agreePercent();
        }
    }

    public record Previous(String surveyReference, String questionReference, int agreePercent, int respondents, LocalDate surveyDate) {
    }
}
