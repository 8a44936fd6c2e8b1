package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;
import org.techvoice.understanding.ActivityBank;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.SentenceEmbeddings;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Issue 19's wrong matches, right: the Appendix A gap analysis as the draft builds it, from entries with stored vectors
 * (the real model, as the embedding job stores them), the rules, the plan, the profile and TechVoice's celebrations.
 */
class GapAnalysisEvidenceTest {

    private static final ActivityMatcher RULES = new ActivityMatcher();
    private static SentenceEmbeddings model;
    private static ActivityBank bank;

    @BeforeAll
    static void loadTheModel() {
        AllMiniLmL6V2QuantizedEmbeddingModel miniLm = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model = new SentenceEmbeddings() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public Optional<Embedding> embed(String text) {
                return Optional.of(Embedding.of(miniLm.embed(text).content().vector()));
            }
        };
        bank = new ActivityBank(new ThemeCatalogue(), model);
        assertThat(bank.prepare()).isTrue();
        sample = sample();
    }

    /** Stored as the embedding job stores it: the entry's text, embedded once. */
    private static EvidenceEntry entry(String reference, Kind kind, String category, String text, boolean celebrated) {
        return new EvidenceEntry(reference, kind, category, Set.of(Theme.VISIBILITY), text, kind == Kind.VOICE ? null : "U1",
                LocalDate.of(2026, 3, 1), null, celebrated, model.embed(text).orElseThrow());
    }

    private static List<EvidenceEntry> sample() {
        return List.of(
            entry("C-8", Kind.CONTRIBUTION, "other", "Completed the HEaTED Technical Management course and started the RSci application", false),
            entry("A-2", Kind.ACHIEVEMENT, "achievement",
                    "won the university's Outstanding Technical Contribution award for the neutron sample cell", true),
            entry("A-4", Kind.ACHIEVEMENT, "achievement", "was shortlisted for a THE Technician of the Year award", true),
            entry("C-4", Kind.CONTRIBUTION, "committee", "Took the first technician seat on the Faculty Research Committee", false),
            // said, not done: a view never evidences an activity, however close its words
            entry("V-3", Kind.VOICE, "idea", "We should run a technician network coffee morning every month", false),
            entry("V-4", Kind.VOICE, "idea", "The university should start a technician apprenticeship programme", false));
    }

    private static List<EvidenceEntry> sample;

    private static GapAnalysis.Result analyse(List<ActionItem> actions, MatchCorrections.Dropped dropped) {
        ActivityEvidence evidence = new ActivityEvidence(ActivityMatches.matching(RULES, bank, dropped), 1000, 42);
        EvidenceTally tally = new EvidenceTally(10, 5, 42, evidence);
        sample.forEach(tally);
        GapAnalysis analysis = new GapAnalysis(new ThemeCatalogue(), new ActivityMatches(RULES, bank, null),
                new DraftProperties(10, 5, 10_000, 5));
        return analysis.result(evidence, tally, actions, ProfileDetails.EMPTY, new Citations(), dropped);
    }

    private static List<String> row(GapAnalysis.Result result, String activityId) {
        String text = new ThemeCatalogue().activity(activityId).orElseThrow().text();
        return result.section().blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .flatMap(table -> table.rows().stream()).filter(r -> r.get(0).equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theKnownWrongMatchesAreRight() {
        GapAnalysis.Result result = analyse(List.of(), MatchCorrections.Dropped.NONE);
        // a HEaTED course is not "a vibrant Technician Network" (its RSci application is professional registration)
        assertThat(row(result, "VIS-9").get(2)).doesNotContain("C-8");
        assertThat(row(result, "REC-1").get(2)).contains("C-8");
        // an institutional award logged as an achievement counts under internal award schemes
        assertThat(row(result, "REC-4").get(1)).startsWith("Yes");
        assertThat(row(result, "REC-4").get(2)).contains("A-2");
        assertThat(row(result, "REC-5").get(2)).contains("A-4");
        // TechVoice's celebrations are a mechanism for celebrating achievements, and posts of the network's channel
        assertThat(row(result, "VIS-7").get(1)).isEqualTo("Yes");
        assertThat(row(result, "VIS-7").get(2)).contains("TechVoice celebrations: 2 achievements celebrated", "A-2", "A-4");
        assertThat(row(result, "VIS-9").get(2)).contains("TechVoice network channel");
        // and never a voice entry, however close its words
        assertThat(row(result, "VIS-5").get(2)).contains("C-4");
        assertThat(row(result, "SUS-3").get(1)).doesNotStartWith("Yes");
        result.section().blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .flatMap(table -> table.rows().stream()).forEach(r -> assertThat(r.get(2)).doesNotContain("V-3", "V-4"));
    }

    @Test
    void anActionDoneCountsAndAPlanIsNamedBesideTheActivity() {
        ActionItem done = action("TC-01", "Set up a technician apprenticeship programme with two trainees a year", ActionStatus.DONE);
        ActionItem planned = action("TC-02", "Publish a technician career pathway with progression criteria", ActionStatus.IN_PROGRESS);
        GapAnalysis.Result result = analyse(List.of(done, planned), MatchCorrections.Dropped.NONE);
        assertThat(row(result, "SUS-3").get(1)).isEqualTo("Yes");
        assertThat(row(result, "SUS-3").get(2)).contains("Action TC-01 done");
        assertThat(row(result, "CAR-1").get(1)).doesNotStartWith("Yes");
        assertThat(row(result, "CAR-1").get(2)).contains("Action plan: TC-02");
    }

    @Test
    void aMatchTheLeadMarkedWrongIsLeftOut() {
        MatchCorrections.Dropped dropped = new MatchCorrections.Dropped(Set.of("REC-4|A-2", "VIS-9|channel", "VIS-7|celebrations"));
        GapAnalysis.Result result = analyse(List.of(), dropped);
        assertThat(row(result, "REC-4").get(2)).doesNotContain("A-2");
        assertThat(row(result, "REC-4").get(1)).doesNotStartWith("Yes");
        assertThat(row(result, "VIS-9").get(2)).doesNotContain("TechVoice network channel");
        assertThat(row(result, "VIS-7").get(2)).doesNotContain("TechVoice celebrations");
        // the rest stands
        assertThat(row(result, "REC-5").get(2)).contains("A-4");
        assertThat(((DraftDocument.Paragraph) result.section().blocks().get(1)).text()).contains("The lead marked 3 matches as not showing the activity; they are left out.")
                .contains("by their words and, once the language model has read them, by their meaning");
    }

    private static ActionItem action(String reference, String description, ActionStatus status) {
        return new ActionItem(1, reference, Set.of(Theme.SUSTAINABILITY), description, "Head of Technical Services",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "Done when it runs", Rag.GREEN, null, List.of(),
                ActionOrigin.LEAD, List.of(), status);
    }
}
