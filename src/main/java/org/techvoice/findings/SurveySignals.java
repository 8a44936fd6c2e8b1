package org.techvoice.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.techvoice.draft.Finding.Previous;
import org.techvoice.draft.Finding.SurveySignal;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.themes.Theme;

/**
 * Rating questions whose latest figure is low (fewer than the threshold agreeing: 4 or 5 of 5) or fell since the same
 * question (same wording) in an earlier survey. Only published figures are read: a question the survey feature
 * withheld (fewer respondents than the minimum group size) gives no signal.
 */
final class SurveySignals {

    static final String RATING = "rating";

    /**
     * The latest figure of a rating question, with its theme.
     *
     * @param questionKey the key of a standard question ({@code baseline.career-progress}), or null for one the lead wrote
     */
    record Rated(SurveySignal signal, Theme theme, String questionKey) {
    }

    private SurveySignals() {
    }

    /** @param surveys oldest first */
    static List<Rated> latestRatings(List<SurveyEvidence> surveys) {
        Map<String, Rated> latest = new LinkedHashMap<>();
        for (SurveyEvidence survey : surveys) {
            for (QuestionEvidence question : survey.questions()) {
                Integer agree = agreePercent(question);
                if (agree == null) {
                    continue;
                }
                String key = key(question.text());
                Rated earlier = latest.get(key);
                Previous previous = earlier == null ? null : new Previous(earlier.signal().surveyReference(),
                        earlier.signal().questionReference(), earlier.signal().agreePercent(), earlier.signal().respondents(),
                        earlier.signal().surveyDate());
                latest.remove(key);
                latest.put(key, new Rated(new SurveySignal(survey.reference(), question.reference(), question.text().strip(), agree,
                        answers(question), survey.opensOn(), previous), question.theme(), question.key()));
            }
        }
        return List.copyOf(latest.values());
    }

    static List<Rated> signals(List<SurveyEvidence> surveys, int lowAgreementPercent, int fallPoints) {
        List<Rated> signals = new ArrayList<>();
        for (Rated rated : latestRatings(surveys)) {
            SurveySignal signal = rated.signal();
            boolean low = signal.agreePercent() < lowAgreementPercent;
            boolean fell = signal.previous() != null && signal.previous().agreePercent() - signal.agreePercent() >= fallPoints;
            if (low || fell) {
                signals.add(rated);
            }
        }
        return signals;
    }

    /** Share answering 4 or 5, rounded; null when the question is not a published rating. */
    static Integer agreePercent(QuestionEvidence question) {
        if (question.suppressed() || !RATING.equalsIgnoreCase(question.type()) || question.counts().isEmpty()) {
            return null;
        }
        long answers = answers(question);
        if (answers == 0) {
            return null;
        }
        long agree = question.counts().getOrDefault("4", 0L) + question.counts().getOrDefault("5", 0L);
        return (int) Math.round(100.0 * agree / answers);
    }

    private static int answers(QuestionEvidence question) {
        return (int) question.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.?!]+$", "");
    }
}
