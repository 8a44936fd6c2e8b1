package org.techvoice.surveys;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * One stacked bar per rating or choice question: the share of respondents giving each answer. Withheld
 * questions are left out, so the chart never shows more than the text does.
 */
@Component
class SurveyChart {

    private static final int WIDTH = 900;

    Optional<byte[]> png(SurveyReport report) {
        List<SurveyReport.QuestionResult> shown = report.questions().stream()
                .filter(q -> !q.suppressed() && q.question().spec().type() != QuestionType.FREE_TEXT)
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SurveyReport.QuestionResult result : shown) {
            String category = "Q" + result.question().number();
            long total = result.counts().values().stream().mapToLong(Long::longValue).sum();
            result.counts().forEach((option, count) ->
                    data.addValue(total == 0 ? 0 : 100.0 * count / total, seriesName(result, option), category));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                report.survey().reference() + " " + report.survey().title(), "Question", "% of answers", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setRange(0, 100);
        ((StackedBarRenderer) plot.getRenderer()).setShadowVisible(false);
        int height = 220 + 45 * shown.size() + 12 * data.getRowCount();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
    }

    /** Ratings share one legend whatever their end labels say; choices are labelled by their own text. */
    private static String seriesName(SurveyReport.QuestionResult result, String option) {
        QuestionSpec spec = result.question().spec();
        if (spec.type() != QuestionType.RATING) {
            return option;
        }
        return switch (option) {
            case "1" -> "1 (lowest)";
            case "5" -> "5 (highest)";
            default -> option;
        };
    }
}
