package org.techvoice.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Measures the suggester against sentences a person labelled (src/test/resources/themes/labelled-sentences.tsv)
 * and prints precision and recall. Counted per (sentence, theme): a theme proposed but not expected is a
 * false positive, a theme expected but not proposed a false negative.
 */
class LabelledSentencesAccuracyTest {

    /** Floors below what is measured today, so a change that makes the rules worse fails the build. */
    private static final double PRECISION_FLOOR = 0.85;
    private static final double RECALL_FLOOR = 0.75;

    private final ThemeSuggester suggester = new KeywordThemeSuggester();

    record Labelled(String sentence, Set<Theme> expected) {
    }

    @Test
    void precisionAndRecallOverTheLabelledSetAreReportedAndAboveTheirFloors() throws IOException {
        List<Labelled> set = load();
        Map<Theme, int[]> perTheme = new EnumMap<>(Theme.class); // tp, fp, fn
        for (Theme theme : Theme.values()) {
            perTheme.put(theme, new int[3]);
        }
        List<String> mistakes = new ArrayList<>();
        for (Labelled item : set) {
            Set<Theme> proposed = suggester.suggest(item.sentence()).stream().map(ThemeSuggestion::theme)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class)));
            for (Theme theme : Theme.values()) {
                boolean p = proposed.contains(theme);
                boolean e = item.expected().contains(theme);
                if (p && e) {
                    perTheme.get(theme)[0]++;
                } else if (p) {
                    perTheme.get(theme)[1]++;
                } else if (e) {
                    perTheme.get(theme)[2]++;
                }
            }
            if (!proposed.equals(item.expected())) {
                mistakes.add("  expected " + item.expected() + " got " + proposed + ": " + item.sentence());
            }
        }
        int tp = perTheme.values().stream().mapToInt(c -> c[0]).sum();
        int fp = perTheme.values().stream().mapToInt(c -> c[1]).sum();
        int fn = perTheme.values().stream().mapToInt(c -> c[2]).sum();
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);

        StringBuilder report = new StringBuilder();
        report.append(String.format("%nTheme suggester on %d labelled sentences (%d with no theme): precision %.3f (%d/%d), recall %.3f (%d/%d), exact match %d/%d%n",
                set.size(), set.stream().filter(l -> l.expected().isEmpty()).count(), precision, tp, tp + fp, recall, tp, tp + fn,
                set.size() - mistakes.size(), set.size()));
        perTheme.forEach((theme, c) -> report.append(String.format("  %-18s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
                theme.displayName(), ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), c[0], c[1], c[2])));
        report.append("Sentences not matched exactly:\n").append(String.join("\n", mistakes)).append('\n');
        System.out.println(report);

        assertThat(set).hasSizeGreaterThanOrEqualTo(60);
        assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void theSetCoversEveryThemeGreenLabDistractorsAndSentencesWithNoTheme() throws IOException {
        List<Labelled> set = load();
        for (Theme theme : Theme.values()) {
            assertThat(set.stream().filter(l -> l.expected().contains(theme)).count()).as(theme.name()).isGreaterThanOrEqualTo(8);
        }
        assertThat(set.stream().filter(l -> l.expected().isEmpty()).count()).isGreaterThanOrEqualTo(15);
        assertThat(set.stream().filter(l -> l.expected().isEmpty() && l.sentence().toLowerCase().matches(".*(sustainab|green|energy|carbon|plastic).*")).count())
                .isGreaterThanOrEqualTo(5);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : numerator / (double) denominator;
    }

    static List<Labelled> load() throws IOException {
        try (InputStream in = LabelledSentencesAccuracyTest.class.getResourceAsStream("/themes/labelled-sentences.tsv")) {
            assertThat(in).as("themes/labelled-sentences.tsv on the test classpath").isNotNull();
            List<Labelled> set = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).as("two tab-separated columns: " + line).hasSize(2);
                Set<Theme> expected = columns[1].strip().equals("-") ? EnumSet.noneOf(Theme.class)
                        : Arrays.stream(columns[1].strip().split(",")).map(String::strip).map(Theme::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class)));
                set.add(new Labelled(columns[0].strip(), expected));
            }
            return set;
        }
    }
}
