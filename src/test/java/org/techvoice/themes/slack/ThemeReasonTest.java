package org.techvoice.themes.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggestion;

/** The suggesters say why as facts (cues, or a close topic); these are the words in the confirmation. */
class ThemeReasonTest {

    @Test
    void aRuleSuggestionNamesItsCuesAndTheModelsNamesItsTopic() {
        assertThat(ThemeBlocks.reason(ThemeSuggestion.mentions(Theme.RECOGNITION, List.of("professional registration", "an award"))))
                .isEqualTo("mentions professional registration and an award → Recognition");
        assertThat(ThemeBlocks.reason(ThemeSuggestion.closeTo(Theme.CAREER_DEVELOPMENT, "No documented career pathway")))
                .isEqualTo("close to No documented career pathway → Career Development");
    }

    @Test
    void theThemeLineEscapesWhatItRepeats() {
        assertThat(ThemeBlocks.line(Set.of(Theme.VISIBILITY), List.of(ThemeSuggestion.mentions(Theme.VISIBILITY, List.of("<a talk>")))))
                .isEqualTo("Theme: *Visibility* _(mentions &lt;a talk&gt; → Visibility)_");
    }
}
