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
 * Every reference the draft cites, for the evidence appendix. Never records who
 * wrote an entry: the appendix lists what was said, not by whom.
 */
final class Citations {

    private static final int SUMMARY_LENGTH = 120;
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("\\d+|\\D+");

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

    /**
     * A source that is not one entry or survey: a recorded submission, or TechVoice's own records over a period, so a
     * figure drawn from it cites it like any other evidence.
     */
    String source(String reference, String kind, java.time.LocalDate date, String summary) {
        cited.putIfAbsent(reference, List.of(reference, kind, date == null ? "" : Dates.format(date), "", shorten(summary)));
        return reference;
    }

    boolean isEmpty() {
        return cited.isEmpty();
    }

    /** Sorted by reference, numbers as numbers (A-2 before A-10), so a reader finds one as in an index. */
    List<List<String>> rows() {
        return cited.entrySet().stream().sorted(Map.Entry.comparingByKey(Citations::compareReferences))
                .map(Map.Entry::getValue).toList();
    }

    static int compareReferences(String a, String b) {
        java.util.regex.Matcher x = PART.matcher(a);
        java.util.regex.Matcher y = PART.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            boolean numbers = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0));
            int order = numbers ? new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q)) : p.compareTo(q);
            if (order != 0) {
                return order;
            }
        }
        return a.compareTo(b);
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
        String named = entry.kind() == EvidenceEntry.Kind.ACHIEVEMENT ? AchievementKinds.of(entry) : entry.category();
        String category = named == null || named.isBlank() || named.strip().equals(kind) || named.equals(AchievementKinds.OTHER)
                ? "" : " (" + named.strip() + ")";
        return kind + category + (entry.kind() == EvidenceEntry.Kind.VOICE && entry.anonymous() ? ", anonymous" : "");
    }

    private static String themes(EvidenceEntry entry) {
        return entry.themes().stream().sorted().map(Theme::displayName).collect(Collectors.joining(", "));
    }
}
