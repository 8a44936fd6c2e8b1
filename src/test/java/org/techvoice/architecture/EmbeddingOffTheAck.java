package org.techvoice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.techvoice.themes.ThoroughThemeSuggester;
import org.techvoice.understanding.SentenceEmbeddings;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Issue 16: no embedding on a Slack ack. Embedding one text costs several milliseconds of CPU; at 200 slash commands a
 * second that saturated two cores (p99 2 s). So only code that runs off the request threads may embed: the model's
 * own load, the embedding job, the banks embedded once on the model's loading thread, and {@code /tc themes}' answer
 * after its ack. A new caller must be one of those, and is added here with the reason. Checked by
 * {@link ModuleBoundariesTest}, on its import of the classes.
 */
final class EmbeddingOffTheAck {

    private EmbeddingOffTheAck() {
    }


    @ArchTest
    static final ArchRule onlyBackgroundCodeEmbeds = noClasses()
            .that().doNotHaveFullyQualifiedName("org.techvoice.understanding.EmbeddingJob")
            .and().doNotHaveFullyQualifiedName("org.techvoice.understanding.ThemeTopicBank")
            .and().doNotHaveFullyQualifiedName("org.techvoice.understanding.CombinedThemeSuggester")
            .and().doNotHaveFullyQualifiedName("org.techvoice.understanding.ActivityBank")
            .and().doNotHaveFullyQualifiedName("org.techvoice.findings.TopicBank")
            .should().callMethod(SentenceEmbeddings.class, "embed", String.class)
            .because("embedding happens after the ack: in the embedding job, or once per process on the model's loading thread");

    @ArchTest
    static final ArchRule onlyAfterAckCodeReadsWithTheModel = noClasses()
            .that().doNotHaveFullyQualifiedName("org.techvoice.themes.slack.ThemesSubcommand")
            .should().callMethod(ThoroughThemeSuggester.class, "suggest", String.class)
            .because("the model's theme suggestion embeds the text: acks use the rules (ThemeSuggester), /tc themes asks "
                    + "the model after its ack");
}
