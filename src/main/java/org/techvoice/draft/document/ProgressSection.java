package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.draft.submission.KeyFigures.SurveyItem;
import org.techvoice.draft.submission.KeyFigures.ThemeCount;
import org.techvoice.draft.submission.Submission;
import org.techvoice.themes.Theme;

/**
 * Stage 2 and 3: "Progress since the last submission". Evidence per theme then and now, and the survey questions asked in
 * both periods with the change in agreement. No agreement is shown or compared for fewer answers than the minimum group
 * size; small numbers carry a plain caveat; no change is called significant: the figures are descriptive.
 */
final class ProgressSection {

    static final String HEADING = "Progress since the last submission";
    static final String SURVEYS = "Survey questions asked in both periods";
    /** Below this many answers in either period, a change of a few points may well be chance: say so. */
    static final int SMALL_NUMBERS = 30;

    private ProgressSection() {
    }

    /**
     * @param then     the survey items of the earlier period (from the surveys then, or as recorded with the submission)
     * @param now      the figures since the last submission
     */
    static Section build(Optional<Submission> previous, List<SurveyItem> then, KeyFigures now, LocalDate today, int minimumGroupSize,
            EvidenceLookup lookup, Citations citations) {
        List<Block> blocks = new ArrayList<>();
        String current = StageSources.current(now.periodFrom(), today, citations);
        if (previous.isEmpty()) {
            blocks.add(Placeholders.noEvidence("Record the previous submission with /tc submission record and this section compares "
                    + "the evidence and the survey results since then with those before."));
            return new Section(HEADING, blocks);
        }
        Submission submission = previous.get();
        String recorded = StageSources.submission(submission, citations);
        KeyFigures before = submission.figures();
        blocks.add(new SubHeading("Evidence by theme"));
        blocks.add(new Paragraph("Contributions, achievements and voice entries logged against each theme in the period of the "
                + "last submission [" + recorded + "] and since it, " + period(now) + " [" + current + "]."
                + (before == null ? " The last submission was typed in by hand, so its figures were not recorded." : ""), false));
        List<List<String>> rows = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            ThemeCount after = now.perTheme().getOrDefault(theme, new ThemeCount(0, 0, 0));
            String earlier = before == null ? "Not recorded" : counts(before.perTheme().getOrDefault(theme, new ThemeCount(0, 0, 0)));
            rows.add(List.of(theme.displayName(), earlier, counts(after)));
        }
        blocks.add(new Table(List.of("Theme", "At the last submission [" + recorded + "]", "Since then [" + current + "]"), rows));

        blocks.add(new SubHeading(SURVEYS));
        Map<String, SurveyItem> earlier = new LinkedHashMap<>();
        then.forEach(item -> earlier.put(item.key(), item));
        List<List<String>> compared = new ArrayList<>();
        boolean small = false;
        for (SurveyItem later : now.surveyItems()) {
            SurveyItem first = earlier.get(later.key());
            if (first == null) {
                continue;
            }
            cite(first, lookup, citations, recorded);
            cite(later, lookup, citations, current);
            boolean comparable = first.agreePercent() != null && later.agreePercent() != null;
            if (comparable && Math.min(first.respondents(), later.respondents()) < SMALL_NUMBERS) {
                small = true;
            }
            compared.add(List.of(later.text(), agreement(first, minimumGroupSize), agreement(later, minimumGroupSize),
                    comparable ? change(later.agreePercent() - first.agreePercent())
                            + (Math.min(first.respondents(), later.respondents()) < SMALL_NUMBERS ? " (small numbers)" : "")
                            : "Not compared: fewer than " + minimumGroupSize + " answers in a period"));
        }
        if (compared.isEmpty()) {
            blocks.add(Placeholders.noEvidence("No rating question was asked both before and after the last submission. Asking the "
                    + "same template questions again (a new wave of an earlier survey) lets this section show the change."));
        } else {
            blocks.add(new Paragraph("Share of respondents agreeing (4 or 5 of 5) with each question asked in both periods. "
                    + "No figure is shown for fewer than " + minimumGroupSize + " answers.", false));
            blocks.add(new Table(List.of("Question", "Before", "Since", "Change"), compared));
            blocks.add(new Paragraph((small ? "Some of these figures rest on fewer than " + SMALL_NUMBERS + " answers: a change of a "
                    + "few points may be chance, so read them as an indication only. " : "")
                    + "These are descriptive figures from different groups of respondents; the changes have not been tested "
                    + "for statistical significance.", false));
        }
        return new Section(HEADING, blocks);
    }

    private static void cite(SurveyItem item, EvidenceLookup lookup, Citations citations, String fallback) {
        if (!lookup.cite(item.questionReference(), citations)) {
            citations.source(item.questionReference(), "survey question (as recorded in " + fallback + ")", item.surveyDate(), item.text());
        }
    }

    static String agreement(SurveyItem item, int minimumGroupSize) {
        if (item.agreePercent() == null) {
            return "Withheld: fewer than " + minimumGroupSize + " answers [" + item.questionReference() + "]";
        }
        return item.agreePercent() + "% of " + Words.count(item.respondents(), "answer") + ", " + Dates.month(java.time.YearMonth.from(item.surveyDate()))
                + " [" + item.questionReference() + "]";
    }

    static String change(int points) {
        return points == 0 ? "No change" : String.format(Locale.UK, "%+d points", points);
    }

    private static String counts(ThemeCount count) {
        return count.total() + " (" + Words.count(count.contributions(), "contribution") + ", " + Words.count(count.achievements(), "achievement")
                + ", " + Words.count(count.voice(), "voice entry", "voice entries") + ")";
    }

    private static String period(KeyFigures figures) {
        return figures.periodFrom() == null ? "up to " + Dates.format(figures.periodTo())
                : "from " + Dates.format(figures.periodFrom()) + " to " + Dates.format(figures.periodTo());
    }
}
