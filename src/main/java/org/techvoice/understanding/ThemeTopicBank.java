package org.techvoice.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.techvoice.actionlibrary.ActionLibrary;
import org.techvoice.actionlibrary.ActionTemplate;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

/**
 * Short descriptions of what technicians talk about, each with its theme and a name a person can read: the action
 * library's topics and the concerns each answers (in technicians' own words), Appendix A's example activities with
 * what a technician logs as evidence of each ({@link ActivityDescriptions}), what each theme covers in everyday words
 * ({@link ThemeAspects}) and the themes' aims. A text's nearest descriptions say which theme it speaks to and why.
 *
 * <p>Embedding the bank takes a few seconds, so it happens once, on the model's loading thread, as soon as the model
 * is ready ({@link SentenceModelReady}); until then {@link #nearest} answers nothing and the rules alone suggest.
 */
@Component
public class ThemeTopicBank {

    private static final Logger log = LoggerFactory.getLogger(ThemeTopicBank.class);
    /** Long Appendix A wordings are cut here in reasons, so a reason fits a Slack line. */
    private static final int QUOTED_WORDS = 8;

    /** One description: what it says, the theme it belongs to, and how a reason names it. */
    public record Topic(String text, Theme theme, String name) {
    }

    /** A description and how close a text is to it (cosine, -1 to 1). */
    public record Match(Topic topic, double similarity) {
    }

    private record Embedded(Topic topic, Embedding embedding) {
    }

    private final List<Topic> topics;
    private final SentenceEmbeddings embeddings;
    private volatile List<Embedded> embedded;

    ThemeTopicBank(ActionLibrary library, ThemeCatalogue catalogue, SentenceEmbeddings embeddings) {
        this.topics = topics(library, catalogue);
        this.embeddings = embeddings;
    }

    static List<Topic> topics(ActionLibrary library, ThemeCatalogue catalogue) {
        List<Topic> topics = new ArrayList<>();
        for (ActionTemplate template : library.templates()) {
            String name = "the action topic '" + template.topic() + "'";
            topics.add(new Topic(template.topic(), template.mainTheme(), name));
            template.concerns().forEach(concern -> topics.add(new Topic(concern, template.mainTheme(), name)));
        }
        Map<String, List<String>> described = ActivityDescriptions.of(catalogue.activities());
        for (ExampleActivity activity : catalogue.activities()) {
            String name = "Appendix A " + activity.id() + " '" + shortened(activity.text()) + "'";
            // the activity's policy wording, then the deeds that evidence it: a logged text reads like a deed
            List<String> texts = described.get(activity.id()).isEmpty() ? List.of(activity.text()) : described.get(activity.id());
            texts.forEach(text -> topics.add(new Topic(text, activity.theme(), name)));
        }
        for (ThemeAspects.Aspect aspect : ThemeAspects.ALL) {
            topics.add(new Topic(aspect.text(), aspect.theme(), "what " + aspect.theme().displayName() + " covers: '" + aspect.name() + "'"));
        }
        for (Theme theme : Theme.values()) {
            topics.add(new Topic(catalogue.description(theme), theme, "the " + theme.displayName() + " aim"));
        }
        return List.copyOf(topics);
    }

    /** Embeds the bank once the model is ready: on the thread that loaded it, never on a request's. */
    @EventListener(SentenceModelReady.class)
    void embedOnceTheModelIsReady() {
        prepare();
    }

    /** @return whether the bank is ready to answer */
    synchronized boolean prepare() {
        if (embedded != null) {
            return true;
        }
        if (!embeddings.ready()) {
            return false;
        }
        long started = System.nanoTime();
        List<Embedded> result = new ArrayList<>(topics.size());
        for (Topic topic : topics) {
            Optional<Embedding> meaning = embeddings.embed(topic.text());
            if (meaning.isEmpty()) {
                return false;
            }
            result.add(new Embedded(topic, meaning.get()));
        }
        embedded = List.copyOf(result);
        log.info("Embedded {} topic descriptions for theme suggestions in {} ms", topics.size(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    public boolean ready() {
        return embedded != null;
    }

    public int size() {
        return topics.size();
    }

    /** Every description, closest first; empty while the bank is not ready. */
    public List<Match> nearest(Embedding text) {
        List<Embedded> bank = embedded;
        if (bank == null) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>(bank.size());
        for (Embedded topic : bank) {
            matches.add(new Match(topic.topic(), text.cosine(topic.embedding())));
        }
        matches.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return matches;
    }

    private static String shortened(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= QUOTED_WORDS) {
            return text;
        }
        return String.join(" ", Arrays.copyOf(words, QUOTED_WORDS)) + "…";
    }
}
