package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The kind {@code /tc log <text>} suggests, as themes are suggested: whole words, weights, and a reason. */
class ContributionKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trained 12 PhD students on the new confocal microscope | TRAINING_GIVEN",
            "Ran inductions for the new starters in the cleanroom | TRAINING_GIVEN",
            "Ran the school outreach day on microscopy for 60 Year 10 pupils | OUTREACH",
            "Co-authored a paper in Nature Methods on the imaging pipeline | RESEARCH_OUTPUT",
            "Our dataset was published with a DOI | RESEARCH_OUTPUT",
            "Demonstrated in the second-year practical classes all term | TEACHING",
            "Taught the undergraduate electronics module | TEACHING",
            "Elected technician representative on the faculty research committee | COMMITTEE",
            "Automated the sample booking so queues halved | PROCESS_IMPROVEMENT",
            "Wrote a new SOP for the autoclave and cut turnaround time by a day | PROCESS_IMPROVEMENT"})
    void suggestsTheKindTheTextDescribes(String text, ContributionKind expected) {
        assertThat(ContributionKinds.suggest(text)).map(KindSuggestion::kind).contains(expected);
    }

    @Test
    void theReasonNamesTheWordsFound() {
        KindSuggestion suggestion = ContributionKinds.suggest("Trained 12 PhD students on the new confocal microscope").orElseThrow();

        assertThat(suggestion.cues()).containsExactly("trained");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sorted the spares cupboard", "", "   ", "restrained the untrained-ish", "schoolwork"})
    void nothingIsSuggestedWithoutACue(String text) {
        assertThat(ContributionKinds.suggest(text)).isEmpty();
    }

    @Test
    void trainingReceivedIsNotTrainingGiven() {
        assertThat(ContributionKinds.suggest("Attended the radiation protection training course")).isEmpty();
        assertThat(ContributionKinds.suggest("Completed my first aid training, then trained two new starters"))
                .map(KindSuggestion::kind).contains(ContributionKind.TRAINING_GIVEN);
    }
}
