package org.techvoice.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ActivityMatcherTest {

    private final ActivityMatcher matcher = new ActivityMatcher();
    private final ThemeCatalogue catalogue = new ThemeCatalogue();

    @Test
    void textIsMatchedToTheAppendixActivitiesItEvidences() {
        assertThat(matcher.matchingActivities("I was named as co-author on the Cell paper")).containsExactly("VIS-3");
        assertThat(matcher.matchingActivities("We used the apprenticeship levy to fund two apprentices")).containsExactly("SUS-3", "SUS-4");
        assertThat(matcher.matchingActivities("We achieved Science Council Employer Champion status")).containsExactly("REC-1", "REC-2");
        assertThat(matcher.matchingActivities("Got my AFHEA for lab teaching")).containsExactly("REC-3");
        assertThat(matcher.matchingActivities("New job family for senior technical specialists")).containsExactly("CAR-4");
        assertThat(matcher.matchingActivities("I sit on the faculty executive board")).containsExactly("VIS-5");
        assertThat(matcher.matchingActivities("Technician network coffee morning")).containsExactly("VIS-9");
    }

    @Test
    void askingAboutSomeActivitiesGivesTheFullAnswerForThoseOnly() {
        String text = "We used the apprenticeship levy to fund two apprentices; I was named as co-author on the Cell paper";
        assertThat(matcher.matchingActivities(text)).containsExactly("SUS-3", "SUS-4", "VIS-3");

        assertThat(matcher.matchingActivities(text, Set.of("SUS-4", "VIS-3", "CAR-4")::contains)).containsExactly("SUS-4", "VIS-3");
        assertThat(matcher.matchingActivities(text, Set.of("CAR-4")::contains)).isEmpty();
        assertThat(matcher.matchingActivities(null, id -> true)).isEmpty();
    }

    @Test
    void nothingEvidencedGivesAnEmptySet() {
        assertThat(matcher.matchingActivities(null)).isEmpty();
        assertThat(matcher.matchingActivities("")).isEmpty();
        assertThat(matcher.matchingActivities("The autoclave is broken")).isEmpty();
        assertThat(matcher.matchingActivities("LEAF gold for lab sustainability")).isEmpty();
    }

    @Test
    void everyAppendixActivityCanBeEvidencedAndEveryRuleNamesARealActivity() {
        Set<String> known = catalogue.activities().stream().map(ExampleActivity::id).collect(Collectors.toSet());
        Set<String> ruled = ThemeRules.ALL.stream().map(ThemeRule::activityId).filter(id -> id != null).collect(Collectors.toSet());

        assertThat(ruled).isEqualTo(known);
        for (ThemeRule rule : ThemeRules.ALL) {
            rule.activity().ifPresent(id -> assertThat(catalogue.activity(id)).map(ExampleActivity::theme).contains(rule.theme()));
        }
    }

    @Test
    void eachActivityIsFoundInItsOwnAppendixWording() {
        for (ExampleActivity activity : catalogue.activities()) {
            assertThat(matcher.matchingActivities(activity.text())).as(activity.id() + ": " + activity.text()).contains(activity.id());
        }
    }
}
