package org.techvoice.draft.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.themes.Theme;

/**
 * Every reference the draft cites, in order of first citation, for the evidence appendix. Never records who
 * wrote an entry: the appendix lists what was said, not by whom.
 */
final class Citations {

    private static final int SUMMARY_LENGTH = 160;

    private final Map<String, List<String>> cited = new LinkedHashMap<>();

    /** @return the reference, for inline use */
    String cite(EvidenceEntry entry) {
        cited.putIfAbsent(entry.reference(), List.of(entry.reference(), kind(entry), Dates.format(entry.date()),
                themes(entry), shorten(entry.text())));
        return entry.reference();
    }

    String cite(SurveyEvidence survey, QuestionEvidence question) {
        cited.putIfAbsent(question.reference(), List.of(question.reference(), "survey question: " + survey.title(),
                Dates.format(survey.opensOn()), question.theme() == null ? "" : question.theme().displayName(),
                shorten(question.text())));
        return question.reference();
    }

    String cite(SurveyEvidence survey) {
        cited.putIfAbsent(survey.reference(), List.of(survey.reference(), "survey" + (survey.anonymous() ? " (anonymous)" : ""),
                Dates.format(survey.opensOn()), "", shorten(survey.title())));
        return survey.reference();
    }

    boolean isEmpty() {
        return cited.isEmpty();
    }

    List<List<String>> rows() {
        return List.copyOf(cited.values());
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SUMMARY_LENGTH ? flat : flat.substring(0, SUMMARY_LENGTH - 1) + "\u2026";
    }

    private static String kind(EvidenceEntry entry) {
        String kind = switch (entry.kind()) {
            case VOICE -> "voice";
            case CONTRIBUTION -> "contribution";
            case ACHIEVEMENT -> "achievement";
        };
        String category = entry.category() == null || entry.category().isBlank() ? "" : " (" + entry.category().strip() + ")";
        return kind + category + (entry.kind() == EvidenceEntry.Kind.VOICE && entry.anonymous() ? ", anonymous" : "");
    }

    private static String themes(EvidenceEntry entry) {
        return entry.themes().stream().sorted().map(Theme::displayName).collect(Collectors.joining(", "));
    }
}
