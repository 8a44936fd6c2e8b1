package org.techvoice.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.techvoice.support.RepoFiles;

class ThemeCatalogueTest {

    private final ThemeCatalogue catalogue = new ThemeCatalogue();

    @Test
    void everyThemeHasADescription() {
        for (Theme theme : Theme.values()) {
            assertThat(catalogue.description(theme)).as(theme.name()).isNotBlank().endsWith(".");
        }
        assertThat(catalogue.description(Theme.EVALUATING_IMPACT)).contains("self-assessment").contains("survey");
        assertThat(catalogue.description(Theme.SUSTAINABILITY)).contains("technical skills");
    }

    @Test
    void activitiesHaveStableIdsInAppendixOrder() {
        assertThat(catalogue.activities()).extracting(ExampleActivity::id).containsExactly(
                "VIS-1", "VIS-2", "VIS-3", "VIS-4", "VIS-5", "VIS-6", "VIS-7", "VIS-8", "VIS-9",
                "REC-1", "REC-2", "REC-3", "REC-4", "REC-5",
                "CAR-1", "CAR-2", "CAR-3", "CAR-4",
                "SUS-1", "SUS-2", "SUS-3", "SUS-4");
        assertThat(catalogue.activities(Theme.VISIBILITY)).hasSize(9).allMatch(a -> a.theme() == Theme.VISIBILITY);
        assertThat(catalogue.activities(Theme.EVALUATING_IMPACT)).isEmpty();
        assertThat(catalogue.activity("SUS-3")).map(ExampleActivity::text).contains("A technician trainee/apprenticeship programme");
        assertThat(catalogue.activity("NOPE-1")).isEmpty();
        assertThat(catalogue.activity(null)).isEmpty();
    }

    @Test
    void activityWordingIsAppendixAsWrittenInTheTemplate() throws IOException {
        String template = Files.readString(RepoFiles.reference("self-assessment-template.txt"), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        for (ExampleActivity activity : catalogue.activities()) {
            assertThat(template).as(activity.id()).contains(activity.text());
        }
        for (Theme theme : new Theme[] {Theme.VISIBILITY, Theme.CAREER_DEVELOPMENT, Theme.SUSTAINABILITY}) {
            assertThat(template).as(theme.name()).contains(catalogue.description(theme).replaceAll("\\.$", ""));
        }
    }
}
