package org.techvoice.draft.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.techvoice.themes.Theme;

import com.pngencoder.PngEncoder;

import jakarta.annotation.PreDestroy;

/**
 * Draws the draft's charts as PNG with JFreeChart (no display needed), all in one style: the Okabe–Ito
 * colour-blind-safe palette with a fixed colour per theme, lines thick enough to tell apart when printed and each
 * series with its own marker shape (so colour is never the only difference), whole-number axes for counts, and
 * text sized for the page. The title is the Word caption, not part of the image.
 */
@Component
class ChartRenderer {

    /** Drawn at about 2.7 pixels per point of the printed chart, so it stays sharp. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;

    /** Okabe and Ito's palette without its yellow, too light on white: blue, orange, green, vermilion, purple. */
    private static final Color[] THEME_COLOURS = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xD55E00), new Color(0xCC79A7)};
    private static final Color TEXT = new Color(0x262626);
    private static final Color GRID = new Color(0xD0D0D0);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 26);

    /**
     * Each drawing thread draws into one picture of its own, again and again: a new one for every chart was 3.4 MB more
     * for the heap's young generation to make room for, and each young collection pauses every thread of the draft. The
     * two pictures stay in the heap once a draft has been drawn.
     */
    private static final ThreadLocal<BufferedImage> CANVASES = ThreadLocal.withInitial(
            () -> new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB));

    /**
     * Two threads: on two cores the charts are drawn while the sections, the findings and the gap analysis go on; more
     * would only take turns. Daemons, so a stopping JVM never waits for a chart.
     */
    private final ExecutorService drawers = Executors.newFixedThreadPool(2, drawingThreads());

    private static ThreadFactory drawingThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("draft-chart-");
        threads.setDaemon(true);
        return threads;
    }

    static Color colour(Theme theme) {
        return THEME_COLOURS[theme.ordinal() % THEME_COLOURS.length];
    }

    /**
     * Counts over time, one line per series.
     *
     * @param colours the colour of each series, in the dataset's row order
     */
    Png countLines(String xLabel, String yLabel, DefaultCategoryDataset data, List<Color> colours) {
        return draw(() -> drawCountLines(xLabel, yLabel, data, colours));
    }

    private static byte[] drawCountLines(String xLabel, String yLabel, DefaultCategoryDataset data, List<Color> colours) {
        JFreeChart chart = ChartFactory.createLineChart(null, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int series = 0; series < data.getRowCount(); series++) {
            renderer.setSeriesPaint(series, colours.get(series));
            renderer.setSeriesStroke(series, new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(series, scaled(shapes[series % shapes.length]));
            renderer.setSeriesShapesVisible(series, true);
        }
        wholeNumbers(plot);
        if (data.getColumnCount() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return png(chart, plot);
    }

    /** Mean ratings on the 1–5 scale, one horizontal bar per category, each labelled with its value. */
    Png meanRatings(String categoryLabel, String valueLabel, DefaultCategoryDataset data) {
        return draw(() -> drawMeanRatings(categoryLabel, valueLabel, data));
    }

    private static byte[] drawMeanRatings(String categoryLabel, String valueLabel, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(null, categoryLabel, valueLabel, data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, THEME_COLOURS[0]);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABELS);
        renderer.setDefaultItemLabelPaint(TEXT);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setRange(0, 5.4);
        values.setTickUnit(new NumberTickUnit(1));
        return png(chart, plot);
    }

    /**
     * Starts drawing on the renderer's threads. The dataset is the caller's no longer: it was filled before and is only
     * read here.
     */
    private Png draw(Callable<byte[]> drawing) {
        return new Png(drawers.submit(drawing));
    }

    /**
     * Takes no new chart, but draws those already asked for: a draft being written as the application stops waits for
     * its charts' {@link Png}s, and a chart dropped from the queue would never be drawn, so the draft would wait for
     * good. A chart asked for after this is refused at once.
     */
    @PreDestroy
    void stop() {
        drawers.shutdown();
    }

    private static void wholeNumbers(CategoryPlot plot) {
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setAutoRangeIncludesZero(true);
        counts.setLowerBound(0);
    }

    private static Shape scaled(Shape shape) {
        return java.awt.geom.AffineTransform.getScaleInstance(2.2, 2.2).createTransformedShape(shape);
    }

    /**
     * PNG with the fastest deflate level: a chart is a few flat colours, which level 1 packs nearly as small as the
     * encoder's default level 4, and encoding was two thirds of drawing a chart.
     */
    /**
     * Deflated at level 1 with no row filter: the same bytes as the JDK's writer at that level, in half its time and
     * without the copy of every row it made (a sixth of what a draft allocated). On the drawing thread: the draft keeps
     * both cores busy already.
     */
    private static byte[] fastPng(BufferedImage image) {
        return new PngEncoder().withBufferedImage(image).withCompressionLevel(1).withPredictorEncoding(false)
                .withMultiThreadedCompressionEnabled(false).toBytes();
    }

    private static byte[] png(JFreeChart chart, CategoryPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1.5f));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(TICKS);
        categories.setTickLabelPaint(TEXT);
        categories.setLabelFont(LABELS);
        categories.setLabelPaint(TEXT);
        categories.setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setTickLabelFont(TICKS);
        plot.getRangeAxis().setTickLabelPaint(TEXT);
        plot.getRangeAxis().setLabelFont(LABELS);
        plot.getRangeAxis().setLabelPaint(TEXT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICKS);
            legend.setItemPaint(TEXT);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        // drawn opaque (the background is white): the same picture as with an alpha channel every pixel of which is opaque,
        // and a quarter less for the PNG encoder to compress
        BufferedImage image = CANVASES.get();
        Graphics2D g2 = image.createGraphics();
        try {
            // as JFreeChart's createBufferedImage draws, which also fills the whole area with the white background first
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), null, null);
        } finally {
            g2.dispose();
        }
        return fastPng(image);
    }
}
