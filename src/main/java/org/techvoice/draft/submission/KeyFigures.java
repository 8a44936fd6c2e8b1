package org.techvoice.draft.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.techvoice.themes.Theme;

/**
 * The figures a submission rested on, kept so a later self-assessment can compare: evidence per theme over the period
 * the submission covered, the indicators the Commitment's index pilot asks signatories to track, and the survey
 * headline items (agreement on rating questions, only where the group was large enough to publish).
 *
 * @param periodFrom               first day of the evidence counted, or null for everything before {@code periodTo}
 * @param techniciansRegistered    technicians registered in TechVoice on the day
 * @param professionalRegistrations achievements naming a professional registration in the period
 * @param awards                   achievements naming an award in the period
 * @param training                 training and development entries in the period
 */
public record KeyFigures(LocalDate periodFrom, LocalDate periodTo, Map<Theme, ThemeCount> perTheme, long techniciansRegistered,
        long professionalRegistrations, long awards, long training, List<SurveyItem> surveyItems) {

    public KeyFigures {
        perTheme = perTheme == null ? Map.of() : Map.copyOf(perTheme);
        surveyItems = surveyItems == null ? List.of() : List.copyOf(surveyItems);
    }

    /** Evidence logged against one theme. */
    public record ThemeCount(long contributions, long achievements, long voice) {

        public long total() {
            return contributions + achievements + voice;
        }
    }

    /**
     * A rating question's agreement (4 or 5 of 5) as published.
     *
     * @param key        the question's stable key ({@code template key} or its normalised wording), to find it again in a
     *                   later survey
     * @param agreePercent null when withheld (fewer respondents than the minimum group size)
     */
    public record SurveyItem(String key, String questionReference, String text, LocalDate surveyDate, Integer agreePercent,
            int respondents) {
    }
}
