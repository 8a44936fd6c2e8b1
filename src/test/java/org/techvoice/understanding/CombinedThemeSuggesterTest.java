package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techvoice.actionlibrary.ActionLibrary;
import org.techvoice.themes.KeywordThemeSuggester;
import org.techvoice.themes.LabelledSentencesAccuracyTest;
import org.techvoice.themes.LabelledSentencesAccuracyTest.Labelled;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;
import org.techvoice.themes.ThemeSuggester;
import org.techvoice.themes.ThemeSuggestion;

/**
 * The combined suggester (rules + model + the topic bank) measured on {@value #SET}, sentences written for it, and
 * on {@value #HELD_OUT}, written before the suggester was tuned on the first set's misses and never used to tune it:
 * top-1 accuracy (the first suggestion is one of the labelled themes; no suggestion counts as wrong) and coverage
 * (some theme suggested), over the sentences that have a theme, beside the rules alone.
 */
class CombinedThemeSuggesterTest {

    static final String SET = "/understanding/theme-suggestion-sentences.tsv";
    /** Written before the suggester was tuned on {@link #SET}'s misses and never used to tune it: the honest figure. */
    static final String HELD_OUT = "/understanding/theme-suggestion-sentences-holdout.tsv";

    record Score(double top1, double coverage, int falseAlarms, String report) {
    }

    private static KeywordThemeSuggester rules;
    private static CombinedThemeSuggester combined;

    @BeforeAll
    static void build() {
        rules = new KeywordThemeSuggester();
        combined = LoadedModel.themes();
    }

    @Test
    void topOneAccuracyAndCoverageOnSentencesWrittenForItBeatTheRulesAlone() throws IOException {
        List<Labelled> set = load();
        assertThat(set.stream().filter(l -> !l.expected().isEmpty())).hasSizeGreaterThanOrEqualTo(120);

        Score byRules = measure("rules alone", rules, set);
        Score together = measure("rules + model + topic bank", combined::suggest, set);
        System.out.println(byRules.report() + together.report());
        List<Labelled> heldOut = LabelledSentencesAccuracyTest.load(HELD_OUT);
        Score heldOutByRules = measure("rules alone, held-out set", rules, heldOut);
        Score heldOutTogether = measure("rules + model + topic bank, held-out set", combined::suggest, heldOut);
        System.out.println(heldOutByRules.report() + heldOutTogether.report());

        // floors a little below what is measured (first set: 0.850 top-1, 0.984 coverage, none of 10 small-talk sentences
        // given a theme; the rules alone 0.488 and 0.528. Held-out set: 0.851, 0.979, 3 of 6; the rules alone 0.447 and
        // 0.489), so a change that makes it worse fails
        assertThat(together.top1()).as(together.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(together.coverage()).as(together.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(together.top1()).isGreaterThan(byRules.top1() + 0.25);
        assertThat(together.falseAlarms()).as(together.report()).isLessThanOrEqualTo(2);
        assertThat(heldOut.stream().filter(l -> !l.expected().isEmpty())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(heldOutTogether.top1()).as(heldOutTogether.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(heldOutTogether.coverage()).as(heldOutTogether.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOutTogether.top1()).isGreaterThan(heldOutByRules.top1() + 0.25);
        assertThat(heldOutTogether.falseAlarms()).as(heldOutTogether.report()).isLessThanOrEqualTo(3);
    }

    @Test
    void theModelsReasonNamesWhatTheTextIsCloseTo() {
        List<ThemeSuggestion> suggested = combined.suggest("There's nothing written down about how to get from assistant to senior technician");

        assertThat(suggested).isNotEmpty();
        assertThat(suggested.get(0).theme()).isEqualTo(Theme.CAREER_DEVELOPMENT);
        assertThat(suggested.get(0).cues()).isEmpty();
        assertThat(suggested.get(0).closeTo()).isNotBlank();
    }

    @Test
    void theRulesReasonsStayWhenTheyFire() {
        List<ThemeSuggestion> suggested = combined.suggest("I became RSciTech registered this week");

        assertThat(suggested.get(0).theme()).isEqualTo(Theme.RECOGNITION);
        assertThat(suggested.get(0).cues()).isNotEmpty();
    }

    @Test
    void withoutTheModelItIsTheRulesExactly() {
        ThemeCatalogue catalogue = new ThemeCatalogue();
        SentenceEmbeddings notReady = new SentenceEmbeddings() {
            @Override
            public boolean ready() {
                return false;
            }

            @Override
            public java.util.Optional<Embedding> embed(String text) {
                return java.util.Optional.empty();
            }
        };
        CombinedThemeSuggester fallback = new CombinedThemeSuggester(rules, notReady, new ThemeTopicBank(new ActionLibrary(catalogue), catalogue, notReady));

        for (String text : List.of("I became RSciTech registered this week", "Could we have protected time for CPD each month?",
                "There's nothing written down about how to get from assistant to senior technician")) {
            assertThat(fallback.suggest(text)).isEqualTo(rules.suggest(text));
            assertThat(fallback.suggest(text, LoadedModel.embeddings().embed(text).orElseThrow())).isEqualTo(rules.suggest(text));
        }
    }

    @Test
    void withAStoredVectorItGivesWhatReadingTheTextGives() {
        for (String text : List.of("Could we have protected time for CPD each month?", "Our technicians are never named on publications",
                "There's nothing written down about how to get from assistant to senior technician")) {
            Embedding meaning = LoadedModel.embeddings().embed(text).orElseThrow();
            assertThat(combined.suggest(text, meaning)).isEqualTo(combined.suggest(text));
        }
    }

    /**
     * What the ack saves (issue 16: no embedding on the ack path): the rules alone answer the ack; the model's view costs
     * an embedding, which the job pays once per stored text, and then only dot products with the stored vector.
     */
    @Test
    void theAckPaysTheRulesOnlyAndTheJobNoSecondEmbedding() {
        List<String> texts = List.of("Could we have protected time for CPD each month?", "Our technicians are never named on publications",
                "When Dave retires next year nobody else knows how to service the NMR");
        List<Embedding> vectors = texts.stream().map(t -> LoadedModel.embeddings().embed(t).orElseThrow()).toList();
        int rounds = 100;
        double byRules = msPerText(rounds, texts, () -> texts.forEach(rules::suggest));
        double reading = msPerText(rounds, texts, () -> texts.forEach(combined::suggest));
        double withVector = msPerText(rounds, texts, () -> {
            for (int i = 0; i < texts.size(); i++) {
                combined.suggest(texts.get(i), vectors.get(i));
            }
        });
        System.out.printf("CPU per theme suggestion: rules (the ack) %.3f ms; reading the text with the model %.2f ms; from a stored vector (the job) %.3f ms%n",
                byRules, reading, withVector);
        assertThat(withVector).isLessThan(reading);
        assertThat(byRules).isLessThan(reading);
    }

    /**
     * The process's CPU time, not wall time: the machine may be shared, and CPU is what 200 acks a second compete for.
     * The whole process's, because ONNX Runtime runs an embedding on threads of its own.
     */
    private static double msPerText(int rounds, List<String> texts, Runnable once) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        once.run(); // warm
        long started = os.getProcessCpuTime();
        for (int i = 0; i < rounds; i++) {
            once.run();
        }
        return (os.getProcessCpuTime() - started) / 1e6 / (rounds * texts.size());
    }

    private static Score measure(String name, ThemeSuggester suggester, List<Labelled> set) {
        int themed = 0;
        int correct = 0;
        int covered = 0;
        int falseAlarms = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled item : set) {
            List<ThemeSuggestion> suggested = suggester.suggest(item.sentence());
            if (item.expected().isEmpty()) {
                if (!suggested.isEmpty()) {
                    falseAlarms++;
                    misses.add("  expected no theme, got " + suggested.get(0) + ": " + item.sentence());
                }
                continue;
            }
            themed++;
            if (!suggested.isEmpty()) {
                covered++;
                if (item.expected().contains(suggested.get(0).theme())) {
                    correct++;
                    continue;
                }
            }
            misses.add("  expected " + item.expected() + ", got " + (suggested.isEmpty() ? "nothing" : suggested.get(0)) + ": "
                    + item.sentence());
        }
        double top1 = correct / (double) themed;
        double coverage = covered / (double) themed;
        String report = String.format("%nTheme suggestions, %s, on %d sentences with a theme: top-1 accuracy %.3f (%d/%d), coverage %.3f"
                + " (%d/%d); %d of %d sentences without a theme got one%n%s%n", name, themed, top1, correct, themed, coverage, covered,
                themed, falseAlarms, set.size() - themed, String.join("\n", misses));
        return new Score(top1, coverage, falseAlarms, report);
    }

    static List<Labelled> load() throws IOException {
        return LabelledSentencesAccuracyTest.load(SET);
    }
}
