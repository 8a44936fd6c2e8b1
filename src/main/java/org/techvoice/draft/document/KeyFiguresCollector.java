package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.SurveyEvidenceSource;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.draft.submission.KeyFigures.SurveyItem;
import org.techvoice.draft.submission.KeyFigures.ThemeCount;
import org.techvoice.people.PeopleService;
import org.techvoice.themes.Theme;

/**
 * The key figures of a period, read once through the evidence ports: evidence per theme, the indicators (technicians
 * registered, professional registrations, awards, training and development entries) and the survey headline items.
 * Survey figures follow the surveys' disclosure rules (already applied by the survey feature) and, on top, no
 * agreement is kept for fewer respondents than the minimum group size.
 */
@Component
public class KeyFiguresCollector {

    private final ObjectProvider<EntryEvidenceSource> entrySources;
    private final ObjectProvider<SurveyEvidenceSource> surveySources;
    private final PeopleService people;
    private final DraftProperties properties;

    KeyFiguresCollector(ObjectProvider<EntryEvidenceSource> entrySources, ObjectProvider<SurveyEvidenceSource> surveySources,
            PeopleService people, DraftProperties properties) {
        this.entrySources = entrySources;
        this.surveySources = surveySources;
        this.people = people;
        this.properties = properties;
    }

    /** @param from first day counted, or null for everything up to {@code to} */
    public KeyFigures collect(String teamId, LocalDate from, LocalDate to) {
        Counting counting = counting(from, to);
        entrySources.orderedStream().forEach(source -> source.forEachEntry(teamId, counting.since(), counting));
        List<SurveyEvidence> surveys = surveySources.orderedStream().flatMap(source -> source.surveys(teamId, counting.since()).stream()).toList();
        return figures(teamId, counting, surveys);
    }

    /**
     * Counts a period from entries read by someone else: the draft reads its evidence once and feeds this too, so a
     * Stage 2 or 3 draft does not read 100,000 entries a second time for the progress since the last submission.
     *
     * @param from first day counted, or null for everything up to {@code to}
     */
    public Counting counting(LocalDate from, LocalDate to) {
        return new Counting(from, to);
    }

    /** The figures of a counted period; {@code surveys} may hold surveys of any date, those opened in the period count. */
    public KeyFigures figures(String teamId, Counting counting, List<SurveyEvidence> surveys) {
        List<SurveyEvidence> inPeriod = surveys.stream()
                .filter(survey -> !survey.opensOn().isBefore(counting.since()) && !survey.opensOn().isAfter(counting.to))
                .sorted(Comparator.comparing(SurveyEvidence::opensOn)).toList();
        return new KeyFigures(counting.from, counting.to, counting.perTheme(), people.count(teamId), counting.registrations, counting.awards,
                counting.training, surveyItems(inPeriod, properties.minimumGroupSize()));
    }

    /** {@link #surveyItems(List, int)} with the draft's minimum group size. */
    public List<SurveyItem> surveyItemsWithMinimum(List<SurveyEvidence> surveys) {
        return surveyItems(surveys, properties.minimumGroupSize());
    }

    /** The latest published agreement per question (by key) in these surveys, oldest survey first. */
    static List<SurveyItem> surveyItems(List<SurveyEvidence> surveys, int minimumGroupSize) {
        Map<String, SurveyItem> latest = new LinkedHashMap<>();
        for (SurveyEvidence survey : surveys) {
            for (QuestionEvidence question : survey.questions()) {
                if (!"rating".equalsIgnoreCase(question.type())) {
                    continue;
                }
                Integer agree = agreePercent(question, minimumGroupSize);
                latest.put(QuestionKeys.of(question), new SurveyItem(QuestionKeys.of(question), question.reference(), question.text().strip(),
                        survey.opensOn(), agree, agree == null ? 0 : question.respondents()));
            }
        }
        return new ArrayList<>(latest.values());
    }

    /** Share answering 4 or 5 of 5, rounded; null when withheld or from fewer than the minimum group. */
    static Integer agreePercent(QuestionEvidence question, int minimumGroupSize) {
        if (question.suppressed() || question.counts().isEmpty()) {
            return null;
        }
        long answers = question.counts().values().stream().mapToLong(Long::longValue).sum();
        if (answers < minimumGroupSize || question.respondents() < minimumGroupSize) {
            return null;
        }
        long agree = question.counts().getOrDefault("4", 0L) + question.counts().getOrDefault("5", 0L);
        return (int) Math.round(100.0 * agree / answers);
    }

    /** Counts the entries of a period, whatever else the read that feeds it holds; kept in memory as counters only. */
    public static final class Counting implements Consumer<EvidenceEntry> {
        private final LocalDate from;
        private final LocalDate to;
        private final Map<Theme, long[]> byTheme = new EnumMap<>(Theme.class);
        long registrations;
        long awards;
        long training;

        private Counting(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        /** The first day a read must cover to feed this counting. */
        public LocalDate since() {
            return from == null ? LocalDate.EPOCH : from;
        }

        @Override
        public void accept(EvidenceEntry entry) {
            if (entry.date().isBefore(since()) || entry.date().isAfter(to)) {
                return;
            }
            for (Theme theme : entry.themes()) {
                byTheme.computeIfAbsent(theme, t -> new long[3])[entry.kind().ordinal()]++;
            }
            if (entry.kind() == EvidenceEntry.Kind.ACHIEVEMENT) {
                String kind = AchievementKinds.of(entry).toLowerCase(Locale.ROOT);
                if (kind.contains("registration")) {
                    registrations++;
                } else if (kind.equals("award")) {
                    awards++;
                }
            }
            String category = entry.category() == null ? "" : entry.category().toLowerCase(Locale.ROOT);
            if (entry.kind() != EvidenceEntry.Kind.VOICE && (category.contains("training") || category.contains("development"))) {
                training++;
            }
        }

        Map<Theme, ThemeCount> perTheme() {
            Map<Theme, ThemeCount> counts = new EnumMap<>(Theme.class);
            for (Theme theme : Theme.values()) {
                long[] c = byTheme.getOrDefault(theme, new long[3]);
                counts.put(theme, new ThemeCount(c[EvidenceEntry.Kind.CONTRIBUTION.ordinal()], c[EvidenceEntry.Kind.ACHIEVEMENT.ordinal()],
                        c[EvidenceEntry.Kind.VOICE.ordinal()]));
            }
            return counts;
        }
    }
}
