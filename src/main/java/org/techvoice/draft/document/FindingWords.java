package org.techvoice.draft.document;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.techvoice.draft.Finding;
import org.techvoice.draft.Finding.SurveySignal;
import org.techvoice.themes.Theme;

/**
 * How the draft describes a finding: its title and what it rests on, within the trust rules the findings already
 * carry (a count below the minimum group size is "fewer than N", a finding from one entry is only that entry's quote).
 * Every figure names its source; each reference shown is cited, so Appendix B lists it.
 */
final class FindingWords {

    /** References shown per finding; the rest are counted ("and 12 more"). */
    static final int REFERENCES_SHOWN = 6;

    private final EvidenceLookup lookup;
    private final Citations citations;
    private final int minimumGroupSize;

    FindingWords(EvidenceLookup lookup, Citations citations, int minimumGroupSize) {
        this.lookup = lookup;
        this.citations = citations;
        this.minimumGroupSize = minimumGroupSize;
    }

    /** "F-CAR-3: Career pathways (Career Development)" */
    static String title(Finding finding) {
        String themes = finding.themes().stream().map(Theme::displayName).collect(Collectors.joining(", "));
        return finding.reference() + ": " + finding.title() + (themes.isEmpty() ? "" : " (" + themes + ")");
    }

    /** What the finding rests on, with its references cited. */
    String restsOn(Finding finding) {
        return switch (finding.kind()) {
            case CONCERN -> concern(finding);
            case SURVEY_SIGNAL -> signal(finding.signal());
            case GAP -> "No evidence yet for the Appendix A example activity "
                    + (finding.activityId() == null ? "" : finding.activityId() + ": ") + finding.title();
        };
    }

    private String concern(Finding finding) {
        if (finding.single() && !finding.quotes().isEmpty()) {
            Finding.Quote quote = finding.quotes().get(0);
            cite(quote.reference());
            return "One entry: \u201C" + Citations.shorten(quote.text()) + "\u201D (" + quote.reference() + ")";
        }
        if (!finding.countShown()) {
            // the exact number is withheld below the minimum group size, so only one reference is shown
            String example = finding.evidenceReferences().isEmpty() ? "" : " (for example " + cite(finding.evidenceReferences().get(0)) + ")";
            return "Fewer than " + minimumGroupSize + " entries" + example;
        }
        StringBuilder text = new StringBuilder().append(finding.entryCount()).append(finding.entryCount() == 1 ? " entry" : " entries");
        if (finding.firstDay() != null && finding.lastDay() != null) {
            YearMonth first = YearMonth.from(finding.firstDay());
            YearMonth last = YearMonth.from(finding.lastDay());
            text.append(first.equals(last) ? " in " + Dates.month(first)
                    : " over " + finding.monthsSpanned() + " months, " + Dates.month(first) + " to " + Dates.month(last));
        }
        return text.append(": ").append(references(finding.evidenceReferences(), finding.entryCount())).toString();
    }

    private String signal(SurveySignal signal) {
        if (signal == null) {
            return "A survey figure";
        }
        cite(signal.questionReference());
        String text = signal.agreePercent() + "% agree with \u201C" + Citations.shorten(signal.question()) + "\u201D ("
                + signal.questionReference() + ", n=" + signal.respondents() + ", " + Dates.month(YearMonth.from(signal.surveyDate())) + ")";
        Finding.Previous previous = signal.previous();
        if (previous != null) {
            cite(previous.questionReference());
            text += (signal.fell() ? ", down from " : ", against ") + previous.agreePercent() + "% (" + previous.questionReference()
                    + ", n=" + previous.respondents() + ", " + Dates.month(YearMonth.from(previous.surveyDate())) + ")";
        }
        return text;
    }

    /** Up to {@link #REFERENCES_SHOWN} references, cited, and how many more the total holds. */
    String references(List<String> references, long total) {
        List<String> shown = references.stream().limit(REFERENCES_SHOWN).map(this::cite).toList();
        long more = Math.max(total, references.size()) - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    /**
     * Shows a reference, cited when it names evidence (by the end of the draft: the findings' references are read
     * together); Appendix A ids (VIS-1) and the like are shown as they are.
     */
    String cite(String reference) {
        lookup.citeLater(reference, citations);
        return reference;
    }
}
