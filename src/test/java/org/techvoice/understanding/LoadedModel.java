package org.techvoice.understanding;

import java.time.Duration;

import org.techvoice.actionlibrary.ActionLibrary;
import org.techvoice.themes.KeywordThemeSuggester;
import org.techvoice.themes.ThemeCatalogue;

/** The real model for tests, loaded at most once per JVM (about 3.5 s), shared by every test that needs it. */
final class LoadedModel {

    private static OnnxSentenceEmbeddings embeddings;
    private static CombinedThemeSuggester themes;

    private LoadedModel() {
    }

    static synchronized OnnxSentenceEmbeddings embeddings() {
        if (embeddings == null) {
            OnnxSentenceEmbeddings loading = new OnnxSentenceEmbeddings(new UnderstandingProperties(true, 200, Duration.ofSeconds(15)), event -> { });
            loading.loadInBackground();
            if (!loading.awaitReady(Duration.ofMinutes(2))) {
                throw new IllegalStateException("The sentence-embedding model did not load; see the log");
            }
            embeddings = loading;
        }
        return embeddings;
    }

    /** The rules with the real model and its topic bank, embedded once per JVM (a few seconds). */
    static synchronized CombinedThemeSuggester themes() {
        if (themes == null) {
            ThemeCatalogue catalogue = new ThemeCatalogue();
            ThemeTopicBank bank = new ThemeTopicBank(new ActionLibrary(catalogue), catalogue, embeddings());
            if (!bank.prepare()) {
                throw new IllegalStateException("The theme topic bank could not be embedded");
            }
            themes = new CombinedThemeSuggester(new KeywordThemeSuggester(), embeddings(), bank);
        }
        return themes;
    }
}
