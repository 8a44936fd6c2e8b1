package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techvoice.themes.ThemeCatalogue;

/** The gap analysis's semantic half, with the real model, on the sample institution's contributions and achievements. */
class ActivityBankTest {

    private static ActivityBank bank;
    private static OnnxSentenceEmbeddings model;

    @BeforeAll
    static void build() {
        model = LoadedModel.embeddings();
        bank = new ActivityBank(new ThemeCatalogue(), model);
        assertThat(bank.prepare()).isTrue();
    }

    @Test
    void printCloseness() {
        for (String text : new String[] {
                "Ran the school outreach day on microscopy for 60 Year 10 pupils",
                "Designed and machined the sample cell for the high-pressure neutron experiment; named as co-author on the paper",
                "Wrote the confocal microscope induction and trained 14 PhD students to use it unsupervised",
                "Took the first technician seat on the Faculty Research Committee",
                "Documented the electronics workshop's repair procedures so they survive his retirement plans",
                "Co-designed the first-year practical on titration with the module lead and is credited in the module handbook",
                "Mentored two apprentices through their Level 4 Digital Support Technician apprenticeship",
                "Completed the HEaTED Technical Management course and started the RSci application",
                "Set up a shared histology protocol library so sectioning does not depend on one person",
                "Organised the technician showcase: 23 technical teams showed their work to 300 staff and students",
                "Led the lighting design workshops for the second-year theatre production",
                "Ran a secondment week for a technician from the School of Engineering to learn CNC programming",
                "Presented the lab's image-analysis pipeline at the Institute of Science & Technology conference",
                "Analysed the technician voice baseline survey with the steering group and fed it into the action plan",
                "Built the dashboard that counts technicians by job family for the self-assessment",
                "became a Registered Science Technician (RSciTech)",
                "won the university's Outstanding Technical Contribution award for the neutron sample cell",
                "became a Registered IT Technician (RITTech)",
                "was shortlisted for a THE Technician of the Year award",
                "received the Institute of Biomedical Science specialist portfolio award",
                "achieved Incorporated Engineer (IEng) registration",
                "Ran the technician network coffee morning for 40 colleagues",
                "Fixed the centrifuge again",
        }) {
            Embedding e = model.embed(text).orElseThrow();
            Map<String, Double> c = bank.closeness(e);
            String top = c.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                    .map(x -> x.getKey() + String.format("=%.2f", x.getValue())).collect(Collectors.joining(" "));
            System.out.println("CLOSE " + bank.activity(e) + " | " + top + " | " + text);
        }
    }
}
