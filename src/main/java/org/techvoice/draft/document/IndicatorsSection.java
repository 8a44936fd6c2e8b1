package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jfree.data.category.DefaultCategoryDataset;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Chart;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.draft.submission.KeyFigures.SurveyItem;
import org.techvoice.draft.submission.Submission;
import org.techvoice.themes.Theme;

/**
 * Stage 2 and 3: "Indicators over time", the kind of figures the Commitment's index pilot asks signatories to track, by
 * period (each recorded submission, then now): a table and one chart per indicator, in the draft's one chart style.
 * Survey headline items show only agreement published for at least the minimum group size.
 */
final class IndicatorsSection {

    static final String HEADING = "Indicators over time";
    /** Survey questions charted, those asked in the most periods first. */
    static final int SURVEY_INDICATORS = 3;

    /** One period's figures, with the reference its numbers cite. */
    record Period(String label, String source, KeyFigures figures) {
    }

    private record Indicator(String name, Function<KeyFigures, Long> value) {
    }

    private static final List<Indicator> COUNTS = List.of(
            new Indicator("Technicians registered in TechVoice", KeyFigures::techniciansRegistered),
            new Indicator("Professional registrations logged", KeyFigures::professionalRegistrations),
            new Indicator("Awards logged", KeyFigures::awards),
            new Indicator("Training and development entries", KeyFigures::training));

    private IndicatorsSection() {
    }

    static Section build(List<Submission> submissions, KeyFigures now, java.time.LocalDate today, ChartRenderer charts, Citations citations) {
        List<Period> periods = new ArrayList<>();
        List<String> untracked = new ArrayList<>();
        for (Submission submission : submissions) {
            if (submission.figures() == null) {
                untracked.add(Dates.format(submission.submittedOn()));
                continue;
            }
            periods.add(new Period("Stage " + submission.stage() + " (" + Dates.month(java.time.YearMonth.from(submission.submittedOn())) + ")",
                    StageSources.submission(submission, citations), submission.figures()));
        }
        periods.add(new Period("Now (" + Dates.month(java.time.YearMonth.from(today)) + ")",
                StageSources.current(now.periodFrom(), today, citations), now));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Each column is a period: the figures recorded with a submission, then those since the last one. "
                + "Counts of registrations, awards and training are of entries logged in that period; technicians registered is the "
                + "number on the day." + (untracked.isEmpty() ? "" : " The " + (untracked.size() == 1 ? "submission" : "submissions") + " of "
                        + String.join(", ", untracked) + (untracked.size() == 1 ? " was" : " were")
                        + " typed in by hand, so no figures were recorded for " + (untracked.size() == 1 ? "it." : "them.")), false));
        List<String> headers = new ArrayList<>(List.of("Indicator"));
        periods.forEach(p -> headers.add(p.label() + " [" + p.source() + "]"));
        List<List<String>> rows = new ArrayList<>();
        List<Block> chartBlocks = new ArrayList<>();
        for (Indicator indicator : COUNTS) {
            List<String> row = new ArrayList<>(List.of(indicator.name()));
            List<Long> values = periods.stream().map(p -> indicator.value().apply(p.figures())).toList();
            values.forEach(v -> row.add(Long.toString(v)));
            rows.add(row);
            chartBlocks.add(chart(indicator.name(), "Number", periods, values.stream().map(v -> (Number) v).toList(), charts));
        }
        for (Map.Entry<String, List<SurveyItem>> item : surveyItems(periods).entrySet()) {
            String name = "Agreeing: " + item.getValue().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow().text();
            List<String> row = new ArrayList<>(List.of(name));
            List<Number> values = new ArrayList<>();
            for (SurveyItem value : item.getValue()) {
                if (value == null) {
                    row.add("Not asked");
                    values.add(null);
                } else if (value.agreePercent() == null) {
                    row.add("Withheld (small group) [" + value.questionReference() + "]");
                    values.add(null);
                } else {
                    row.add(value.agreePercent() + "% of " + value.respondents() + " [" + value.questionReference() + "]");
                    values.add(value.agreePercent());
                }
            }
            rows.add(row);
            chartBlocks.add(chart(name, "% agreeing", periods, values, charts));
        }
        blocks.add(new Table(headers, rows));
        blocks.addAll(chartBlocks);
        return new Section(HEADING, blocks);
    }

    /** Survey questions with a figure in at least two periods, those in the most periods first, at most a few. */
    private static Map<String, List<SurveyItem>> surveyItems(List<Period> periods) {
        Map<String, List<SurveyItem>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            for (SurveyItem item : periods.get(i).figures().surveyItems()) {
                List<SurveyItem> values = byKey.computeIfAbsent(item.key(), k -> new ArrayList<>(java.util.Collections.nCopies(periods.size(), null)));
                values.set(i, item);
            }
        }
        Map<String, List<SurveyItem>> shown = new LinkedHashMap<>();
        byKey.entrySet().stream()
                .filter(e -> e.getValue().stream().filter(v -> v != null && v.agreePercent() != null).count() >= 2)
                .sorted((a, b) -> Long.compare(b.getValue().stream().filter(java.util.Objects::nonNull).count(),
                        a.getValue().stream().filter(java.util.Objects::nonNull).count()))
                .limit(SURVEY_INDICATORS)
                .forEach(e -> shown.put(e.getKey(), e.getValue()));
        return shown;
    }

    private static Block chart(String name, String yLabel, List<Period> periods, List<Number> values, ChartRenderer charts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            data.addValue(values.get(i), name, periods.get(i).label());
            rows.add(List.of(periods.get(i).label() + " [" + periods.get(i).source() + "]", values.get(i) == null ? "Not shown" : values.get(i).toString()));
        }
        Png png = charts.countLines("Period", yLabel, data, List.of(ChartRenderer.colour(Theme.VISIBILITY)));
        String alt = name + " by period: " + String.join("; ", rows.stream().map(r -> r.get(0).replaceAll(" \\[.*\\]", "") + " " + r.get(1)).toList()) + ".";
        return new Chart(name + " by period", alt, png, ChartRenderer.WIDTH, ChartRenderer.HEIGHT, new Table(List.of("Period", name), rows));
    }
}
