package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jfree.data.category.DefaultCategoryDataset;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Chart;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Quote;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.draft.document.EvidenceTally.ThemeTally;
import org.techvoice.themes.Theme;

/**
 * The form's question "how the technician voice was present in the development and formation of the action plan":
 * who took part, surveys with response rates and results, and voice entries with quotes.
 */
final class VoiceSection {

    static final String HEADING = "How the technician voice was present in the development and formation of the action plan";
    static final String CHART_TITLE = "Survey results per theme (mean rating of 5)";
    static final String ANONYMOUS = "Anonymous technician";
    private static final int COMMENTS_PER_QUESTION = 3;

    private VoiceSection() {
    }

    /**
     * @param participation who took part, first
     * @param trace         from findings to actions, last
     * @param attribution   how a named author is described (never called for anonymous entries)
     * @param seed          stable for the workspace: which survey comments are quoted depends on it and the comments alone
     */
    static Section build(List<Block> participation, List<SurveyEvidence> surveys, EvidenceTally tally, List<Block> trace,
            Citations citations, ChartRenderer charts, Function<EvidenceEntry, String> attribution, long seed) {
        List<Block> blocks = new ArrayList<>(participation);
        blocks.add(new SubHeading("Surveys"));
        if (surveys.isEmpty()) {
            blocks.add(Placeholders.noEvidence("Surveys run with TechVoice would fill this with their response rates and results per theme."));
        } else {
            blocks.add(new Paragraph(surveysOpening(surveys), false));
            blocks.add(new Table(List.of("Ref", "Survey", "Opened", "Asked", "Answered", "Response rate"), surveys.stream()
                    .map(s -> List.of(citations.cite(s), s.title() + (s.anonymous() ? " (anonymous)" : ""), Dates.format(s.opensOn()),
                            Integer.toString(s.audienceSize()), Integer.toString(s.respondents()), SurveyResults.responseRate(s)))
                    .toList()));
            surveyResults(blocks, surveys, citations, charts, seed);
        }
        blocks.add(new SubHeading("Voice entries per theme"));
        if (tally.total(Kind.VOICE) == 0) {
            blocks.add(Placeholders.noEvidence("Ideas and views technicians share through TechVoice would fill this with counts and "
                    + "representative quotes per theme."));
        } else {
            voiceEntries(blocks, tally, citations, attribution);
        }
        blocks.addAll(trace);
        return new Section(HEADING, blocks);
    }

    private static String surveysOpening(List<SurveyEvidence> surveys) {
        long asked = surveys.stream().mapToLong(SurveyEvidence::audienceSize).sum();
        long answered = surveys.stream().mapToLong(SurveyEvidence::respondents).sum();
        String rate = asked > 0 ? String.format(java.util.Locale.UK, " (%.0f%%)", 100.0 * answered / asked) : "";
        return "Technicians were asked for their views in " + Words.count(surveys.size(), "survey") + " run with TechVoice; "
                + Words.count(answered, "response") + " came back from " + Words.count(asked, "invitation") + rate
                + ". Results are shown only for groups large enough that nobody can be identified.";
    }

    private static void surveyResults(List<Block> blocks, List<SurveyEvidence> surveys, Citations citations, ChartRenderer charts,
            long seed) {
        blocks.add(new SubHeading("Survey results per theme"));
        Map<Theme, double[]> ratings = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            List<List<String>> rows = new ArrayList<>();
            List<Quote> comments = new ArrayList<>();
            for (SurveyEvidence survey : surveys) {
                for (QuestionEvidence question : survey.questions()) {
                    if (question.theme() != theme) {
                        continue;
                    }
                    rows.add(List.of(citations.cite(survey, question), question.text(), SurveyResults.result(question)));
                    if (!question.suppressed() && question.mean() != null && question.respondents() > 0) {
                        double[] sum = ratings.computeIfAbsent(theme, t -> new double[2]);
                        sum[0] += question.mean() * question.respondents();
                        sum[1] += question.respondents();
                    }
                    SurveyResults.quotableComments(question, COMMENTS_PER_QUESTION, seed)
                            .forEach(c -> comments.add(new Quote(c, "Survey comment, " + question.reference())));
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(new SubHeading(theme.displayName(), 3));
                blocks.add(new Table(List.of("Ref", "Question", "Result"), rows));
                blocks.addAll(comments);
            }
        }
        if (ratings.isEmpty()) {
            blocks.add(new Paragraph("No rating results can be charted: no rating question has publishable figures.", true));
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<List<String>> rows = new ArrayList<>();
        List<String> described = new ArrayList<>();
        ratings.forEach((theme, sum) -> {
            double mean = sum[0] / sum[1];
            String shown = String.format(java.util.Locale.UK, "%.1f", mean);
            data.addValue(mean, "Mean rating", theme.displayName());
            rows.add(List.of(theme.displayName(), shown, Long.toString((long) sum[1])));
            described.add(theme.displayName() + " " + shown + " from " + Words.count((long) sum[1], "answer"));
        });
        String altText = "Bar chart of the mean answer to the rating questions of each theme, on a scale of 1 (lowest) to 5 "
                + "(highest): " + String.join("; ", described) + ".";
        blocks.add(new Chart(CHART_TITLE, altText, charts.meanRatings("Theme", "Mean rating (1 lowest, 5 highest)", data),
                ChartRenderer.WIDTH, ChartRenderer.HEIGHT, new Table(List.of("Theme", "Mean rating", "Answers"), rows)));
    }

    private static void voiceEntries(List<Block> blocks, EvidenceTally tally, Citations citations,
            Function<EvidenceEntry, String> attribution) {
        long total = tally.total(Kind.VOICE);
        Theme most = java.util.Arrays.stream(Theme.values())
                .max(java.util.Comparator.comparingLong((Theme theme) -> tally.theme(theme).count(Kind.VOICE))
                        .thenComparing(java.util.Comparator.comparing(Theme::ordinal).reversed()))
                .orElseThrow();
        blocks.add(new Paragraph("Technicians shared " + Words.count(total, "idea or view", "ideas and views")
                + " through TechVoice, the most about " + most.displayName() + " (" + tally.theme(most).count(Kind.VOICE)
                + "). Anonymous entries are quoted without any detail that could identify their author.", false));
        for (Theme theme : Theme.values()) {
            ThemeTally themeTally = tally.theme(theme);
            long count = themeTally.count(Kind.VOICE);
            if (count == 0) {
                blocks.add(new Paragraph(theme.displayName() + ": no voice entries yet.", true));
                continue;
            }
            blocks.add(new Paragraph(theme.displayName() + ": " + Words.count(count, "voice entry", "voice entries")
                    + ". Representative quotes, drawn evenly from the whole period:", false));
            for (EvidenceEntry entry : themeTally.quotes()) {
                String who = entry.anonymous() ? ANONYMOUS : attribution.apply(entry);
                blocks.add(new Quote(entry.text().strip(), who + ", " + Dates.format(entry.date()) + " (" + citations.cite(entry) + ")"));
            }
        }
    }
}
