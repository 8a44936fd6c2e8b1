package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.techvoice.actionlibrary.ActionLibrary;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

/** What the theme suggestions' bank holds, without the model: every theme's everyday ground, readable reasons. */
class ThemeTopicBankTest {

    private final ThemeCatalogue catalogue = new ThemeCatalogue();
    private final List<ThemeTopicBank.Topic> topics = ThemeTopicBank.topics(new ActionLibrary(catalogue), catalogue);

    @Test
    void everyThemeHasItsEverydayGroundBesideTheLibraryAndAppendixA() {
        for (Theme theme : Theme.values()) {
            assertThat(topics.stream().filter(t -> t.theme() == theme && t.name().startsWith("what " + theme.displayName() + " covers")))
                    .as(theme.displayName()).hasSizeGreaterThanOrEqualTo(5);
        }
        // a deed a technician would log, named by the activity it evidences
        assertThat(topics).anyMatch(t -> t.text().equals("Became a Registered Science Technician with the Science Council")
                && t.theme() == Theme.RECOGNITION && t.name().startsWith("Appendix A REC-1 '"));
        // an activity with no deeds keeps its own wording
        assertThat(topics).anyMatch(t -> t.name().startsWith("Appendix A REC-2 '"));
    }

    @Test
    void eachDescriptionIsThereOnceAndEachReasonFitsASlackLine() {
        assertThat(topics.stream().map(ThemeTopicBank.Topic::text).distinct()).hasSameSizeAs(topics);
        assertThat(topics).allSatisfy(t -> assertThat(t.name()).hasSizeLessThanOrEqualTo(110).doesNotContain("\n"));
        assertThat(topics).anyMatch(t -> t.name().equals("what Recognition covers: 'thanks and appreciation'"));
    }
}
