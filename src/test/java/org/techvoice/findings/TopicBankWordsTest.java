package org.techvoice.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The words a text is matched to the action library by: found in place for ASCII text, as splitting the text finds them. */
class TopicBankWordsTest {

    @Test
    void wordsFoundInPlaceAreTheWordsSplittingFinds() {
        String alphabet = "aeiouAEIOUbcdfgstnrlmSTNRLies'' ,.;:-!?0123456789\t\n";
        Random random = new Random(20261206);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TopicBank.words(text.toString())).as(text.toString()).isEqualTo(TopicBank.wordsBySplitting(text.toString()));
        }
    }

    @Test
    void aTextsStemsLeaveOutShortAndCommonWords() {
        assertThat(TopicBank.words("Technicians' CAREERS: no clear PATHWAYS, and we've no mentoring or studies"))
                .containsExactlyInAnyOrder("career", "clear", "pathway", "mentor", "study", "weve");
        assertThat(TopicBank.words("Ça manque: the café's training budget")).isEqualTo(TopicBank.wordsBySplitting("Ça manque: the café's training budget"))
                .contains("train", "budget");
    }
}
