package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techvoice.themes.ThemeCatalogue;

/**
 * The gap analysis's semantic half with the real model, on the sample institution's contributions and achievements:
 * what an entry evidences by meaning, and what it must not be taken for.
 */
class ActivityBankTest {

    private static ActivityBank bank;
    private static OnnxSentenceEmbeddings model;

    @BeforeAll
    static void build() {
        model = LoadedModel.embeddings();
        bank = new ActivityBank(new ThemeCatalogue(), model);
        assertThat(bank.prepare()).isTrue();
    }

    private static Optional<String> activity(String text) {
        return bank.activity(model.embed(text).orElseThrow());
    }

    @Test
    void whatAnEntryDoesIsMatchedByMeaning() {
        assertThat(activity("Ran the technician network coffee morning for 40 colleagues")).contains("VIS-9");
        assertThat(activity("Organised the technician showcase: 23 technical teams showed their work to 300 staff and students"))
                .contains("VIS-7");
        assertThat(activity("Took the first technician seat on the Faculty Research Committee")).contains("VIS-5");
        assertThat(activity("Mentored two apprentices through their Level 4 Digital Support Technician apprenticeship")).contains("SUS-3");
        assertThat(activity("achieved Incorporated Engineer (IEng) registration")).contains("REC-1");
        assertThat(activity("was shortlisted for a THE Technician of the Year award")).contains("REC-5");
    }

    @Test
    void neighboursAndSmallTalkAreNotMatched() {
        // HEaTED is a network, but its course is training: never "a vibrant Technician Network"
        assertThat(activity("Completed the HEaTED Technical Management course and started the RSci application")).isNotEqualTo(Optional.of("VIS-9"));
        // an individual's award is never the organisation's Employer Champion award, which only the rules match
        assertThat(activity("received the Institute of Biomedical Science specialist portfolio award")).isNotEqualTo(Optional.of("REC-2"));
        assertThat(activity("won the university's Outstanding Technical Contribution award for the neutron sample cell"))
                .isNotEqualTo(Optional.of("REC-2"));
        assertThat(activity("Fixed the centrifuge again")).isEmpty();
        assertThat(activity("Led the lighting design workshops for the second-year theatre production")).isEmpty();
    }

    @Test
    void nothingIsMatchedBeforeTheBankIsBuilt() {
        ActivityBank unbuilt = new ActivityBank(new ThemeCatalogue(), model);
        assertThat(unbuilt.ready()).isFalse();
        assertThat(unbuilt.activity(model.embed("Ran the technician network coffee morning").orElseThrow())).isEmpty();
    }
}
