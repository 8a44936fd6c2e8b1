package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import javax.imageio.ImageIO;

import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Charts drawn on the renderer's own threads: every one asked for is drawn, even when the application stops meanwhile. */
class ChartRendererTest {

    private static DefaultCategoryDataset counts() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int month = 1; month <= 12; month++) {
            data.addValue(month * 3, "Visibility", "M" + month);
        }
        return data;
    }

    @Test
    @Timeout(20)
    void chartsAskedForBeforeTheApplicationStopsAreAllDrawnAndLaterOnesRefused() throws Exception {
        ChartRenderer renderer = new ChartRenderer();
        List<Png> asked = new ArrayList<>();
        // more than its two threads draw at once, so some wait in the queue when it stops
        for (int i = 0; i < 6; i++) {
            asked.add(renderer.countLines("Month", "Count", counts(), List.of(Color.BLUE)));
        }
        renderer.stop();
        for (Png png : asked) {
            assertThat(ImageIO.read(new ByteArrayInputStream(png.bytes()))).satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
                assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
            });
        }
        assertThatThrownBy(() -> renderer.countLines("Month", "Count", counts(), List.of(Color.BLUE)))
                .isInstanceOf(RejectedExecutionException.class);
    }

    /**
     * Each drawing thread reuses one picture: a chart drawn after a busier one on the same threads must show none of
     * it. Compared pixel by pixel with the same chart drawn first, by a renderer of its own.
     */
    @Test
    @Timeout(20)
    void aChartDrawnAfterAnotherShowsNothingOfIt() throws Exception {
        DefaultCategoryDataset small = new DefaultCategoryDataset();
        small.addValue(1, "Recognition", "Only");
        ChartRenderer alone = new ChartRenderer();
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(
                alone.meanRatings("Question", "Mean", small).bytes()));
        alone.stop();

        ChartRenderer reused = new ChartRenderer();
        List<Png> before = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // on both of its threads
            before.add(reused.countLines("Month", "Count", counts(), List.of(Color.BLUE)));
        }
        before.forEach(Png::bytes);
        List<Png> after = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            after.add(reused.meanRatings("Question", "Mean", small));
        }
        reused.stop();
        for (Png png : after) {
            BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png.bytes()));
            int differing = 0;
            for (int y = 0; y < drawn.getHeight(); y++) {
                for (int x = 0; x < drawn.getWidth(); x++) {
                    if (drawn.getRGB(x, y) != expected.getRGB(x, y)) {
                        differing++;
                    }
                }
            }
            assertThat(differing).as("pixels unlike the chart drawn alone").isZero();
        }
    }
}
