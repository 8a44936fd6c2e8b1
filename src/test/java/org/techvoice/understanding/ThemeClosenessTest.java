package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;
import org.techvoice.themes.Theme;

/** How a theme's descriptions add up to its closeness to a text (the soft maximum), without the model. */
class ThemeClosenessTest {

    @Test
    void aSingleDescriptionIsItsOwnCloseness() {
        assertThat(CombinedThemeSuggester.softMaximum(matches(0.42))).isCloseTo(0.42, within(1e-9));
    }

    @Test
    void severalCloseDescriptionsBeatOneLuckyNeighbour() {
        double lucky = CombinedThemeSuggester.softMaximum(matches(0.59, 0.35, 0.30));
        double several = CombinedThemeSuggester.softMaximum(matches(0.58, 0.57, 0.56));

        assertThat(several).isGreaterThan(lucky);
        assertThat(lucky).isLessThanOrEqualTo(0.59); // never above the closest
    }

    @Test
    void aThemeDoesNotWinByHavingMoreDescriptions() {
        double few = CombinedThemeSuggester.softMaximum(matches(0.50, 0.45));
        double many = CombinedThemeSuggester.softMaximum(matches(DoubleStream.concat(DoubleStream.of(0.50, 0.45),
                DoubleStream.generate(() -> 0.10).limit(60)).toArray()));

        assertThat(many).isLessThan(few);
    }

    private static List<ThemeTopicBank.Match> matches(double... similarities) {
        List<ThemeTopicBank.Match> matches = new ArrayList<>();
        for (double similarity : similarities) {
            matches.add(new ThemeTopicBank.Match(new ThemeTopicBank.Topic("a description", Theme.VISIBILITY, "a name"), similarity));
        }
        return matches;
    }
}
