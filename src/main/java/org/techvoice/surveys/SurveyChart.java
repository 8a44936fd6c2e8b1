package org.techvoice.surveys;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import com.pngencoder.PngEncoder;

/**
 * One stacked bar per rating or choice question: the share of respondents giving each answer. Withheld
 * questions are left out, so the chart never shows more than the text does. Each bar is labelled with its
 * question (shortened), not only its number; ratings run from 1 to 5 in an ordered, colour-blind-safe scale
 * (orange for low, purple for high, grey in the middle), choices in the Okabe–Ito palette.
 */
@Component
class SurveyChart {

    private static final int WIDTH = 1100;
    static final int LABEL_LENGTH = 48;

    /** A diverging scale (ColorBrewer's PuOr), readable with the common colour-vision deficiencies. */
    private static final Map<String, Color> RATING_COLOURS = Map.of(
            "1", new Color(0xE66101), "2", new Color(0xFDB863), "3", new Color(0xBDBDBD),
            "4", new Color(0xB2ABD2), "5", new Color(0x5E3C99));
    private static final Color[] CHOICE_COLOURS = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000)};
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    Optional<byte[]> png(SurveyReport report) {
        List<SurveyReport.QuestionResult> shown = report.questions().stream()
                .filter(q -> !q.suppressed() && q.question().spec().type() != QuestionType.FREE_TEXT)
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SurveyReport.QuestionResult result : shown) {
            String category = label(result.question().number(), result.question().spec().text());
            long total = result.counts().values().stream().mapToLong(Long::longValue).sum();
            result.counts().forEach((option, count) ->
                    data.addValue(total == 0 ? 0 : 100.0 * count / total, seriesName(result, option), category));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                report.survey().reference() + " " + report.survey().title(), null, "% of answers", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setRange(0, 100);
        plot.getRangeAxis().setTickLabelFont(TEXT);
        CategoryAxis questions = plot.getDomainAxis();
        questions.setTickLabelFont(TEXT);
        questions.setMaximumCategoryLabelLines(2);
        questions.setMaximumCategoryLabelWidthRatio(0.35f);
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        int choice = 0;
        for (int series = 0; series < data.getRowCount(); series++) {
            String key = data.getRowKey(series).toString();
            Color rating = RATING_COLOURS.get(key.substring(0, 1));
            boolean isRating = rating != null && (key.length() == 1 || key.startsWith(key.charAt(0) + " ("));
            renderer.setSeriesPaint(series, isRating ? rating : CHOICE_COLOURS[choice++ % CHOICE_COLOURS.length]);
            renderer.setSeriesOutlinePaint(series, Color.WHITE);
        }
        renderer.setDrawBarOutline(true);
        chart.getLegend().setItemFont(TEXT);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(BlockBorder.NONE);
        int height = 240 + 60 * shown.size() + 14 * data.getRowCount();
        // the same PNG encoder as the draft's charts (see ChartRenderer), at its own default compression
        return Optional.of(new PngEncoder().withBufferedImage(chart.createBufferedImage(WIDTH, height)).toBytes());
    }

    /** "Q3 How supported do you feel by your line…": the number ties it to the text results, the words say what it asked. */
    static String label(int number, String question) {
        String text = question == null ? "" : question.strip().replaceAll("\\s+", " ");
        if (text.length() > LABEL_LENGTH) {
            int cut = text.lastIndexOf(' ', LABEL_LENGTH - 1);
            text = text.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH - 1) + "\u2026";
        }
        return "Q" + number + " " + text;
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
