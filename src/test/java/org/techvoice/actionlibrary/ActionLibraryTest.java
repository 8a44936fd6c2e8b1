package org.techvoice.actionlibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.techvoice.surveys.QuestionSpec;
import org.techvoice.surveys.QuestionType;
import org.techvoice.surveys.SurveyTemplate;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

class ActionLibraryTest {

    private final ThemeCatalogue catalogue = new ThemeCatalogue();
    private final ActionLibrary library = new ActionLibrary(catalogue);

    @Test
    void holdsAtLeastSixtyTemplates() {
        assertThat(library.templates()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyAppendixAActivityIsAnsweredByATemplate() {
        Set<String> answered = library.templates().stream().flatMap(template -> template.activityIds().stream())
                .collect(Collectors.toSet());
        assertThat(catalogue.activities()).extracting(ExampleActivity::id).allSatisfy(id -> assertThat(answered).contains(id));
    }

    @Test
    void everyThemeHasTemplates() {
        assertThat(Arrays.stream(Theme.values())).allSatisfy(theme -> assertThat(library.templatesFor(theme)).isNotEmpty());
    }

    /**
     * What the library says a standard survey question measures names real rating questions, and every standard rating
     * question measures some template serving its theme, so a low figure of any of them proposes a fitting action.
     */
    @Test
    void everyStandardRatingQuestionMeasuresATemplateOfItsTheme() {
        Map<String, Theme> ratings = Arrays.stream(SurveyTemplate.values())
                .flatMap(template -> template.questions().stream())
                .filter(question -> question.type() == QuestionType.RATING && question.key() != null)
                .collect(Collectors.toMap(QuestionSpec::key, QuestionSpec::theme));
        Set<String> named = library.templates().stream().flatMap(template -> template.measuredBy().stream()).collect(Collectors.toSet());

        assertThat(ratings.keySet()).containsAll(named);
        assertThat(ratings).allSatisfy((key, theme) -> assertThat(library.templates())
                .anySatisfy(template -> assertThat(template.measuredBy().contains(key) && template.serves(theme)).as(key).isTrue()));
    }

    @Test
    void coversTheKindsOfActionRealPlansTake() {
        assertThat(library.templates()).extracting(ActionTemplate::id).contains("web-pages-and-profiles", "registration-fees",
                "registration-support", "career-framework", "standard-job-descriptions", "protected-training-time",
                "training-budget", "mentoring", "secondments", "apprenticeship-programme", "succession-planning",
                "skills-audit", "external-award-nominations", "technician-network", "commitment-data", "evaluate-actions");
    }

    @Test
    void aTemplateHasConcernsInTheFirstPersonAndAMeasureWithBothSlots() {
        ActionTemplate framework = library.template("career-framework").orElseThrow();
        assertThat(framework.concerns()).contains("I don't know how to progress my career here");
        assertThat(framework.mainTheme()).isEqualTo(Theme.CAREER_DEVELOPMENT);
        assertThat(framework.measure().fill("38% agree (S-2, n=64, 2026-03)", "60% agree"))
                .isEqualTo("raise technicians who know how to progress their career here from 38% agree (S-2, n=64, 2026-03) to 60% agree");
        assertThat(library.templatesAnswering("CAR-3")).extracting(ActionTemplate::id).contains("career-case-studies");
    }

    @Test
    void anUnknownActivityStopsStartUp() {
        assertThatThrownBy(() -> load(template("\"VIS-1\", \"VIS-42\"", "\"VISIBILITY\"")))
                .hasMessageContaining("broken").hasMessageContaining("VIS-42");
    }

    @Test
    void anUnknownThemeStopsStartUp() {
        assertThatThrownBy(() -> load(template("\"VIS-1\"", "\"VISIBLITY\"")))
                .hasMessageContaining("broken").hasMessageContaining("VISIBLITY");
    }

    @Test
    void aValidTemplateLoads() {
        assertThat(load(template("\"VIS-1\"", "\"VISIBILITY\"")).templates()).hasSize(1);
    }

    private ActionLibrary load(String json) {
        return new ActionLibrary(catalogue, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String template(String activities, String themes) {
        return """
                {"templates": [{"id": "broken", "topic": "A topic", "concerns": ["I say one thing", "I say another"],
                  "themes": [%s], "activities": [%s], "owner": "HR", "months": 6, "steps": ["Do it"],
                  "measure": {"pattern": "raise it from {baseline} to {target}", "target": "more"}, "agreeTarget": 60}]}
                """.formatted(themes, activities);
    }
}
