package org.techvoice.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.techvoice.themes.KeywordThemeSuggester;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggestion;
import org.techvoice.themes.ThoroughThemeSuggester;

/**
 * Theme suggestions from the rules and the model together. The rules are precise but miss whatever is said in
 * words they have no cue for; the model understands paraphrase but, alone, confuses neighbouring themes. So each
 * theme scores how close the text is to its nearest topic description ({@link ThemeTopicBank}), plus a bonus when the
 * rules propose it; the rules' themes are always kept, and the model adds its best theme when the text is close
 * enough to it. Each reason says which: "mentions professional registration → Recognition" or
 * "close to Appendix A CAR-1 '…' → Career Development".
 *
 * <p>While the model (or the bank) is not ready, this is the rules alone. It never runs on a Slack ack: embedding one
 * short text costs several milliseconds of CPU, which at 200 slash commands a second saturated two cores. Acks use
 * the rules ({@link org.techvoice.themes.ThemeSuggester}); the embedding job, which computes each stored text's
 * vector after the ack anyway, asks {@link #suggest(String, Embedding)} with that vector and lets the row take the
 * result if its themes were suggested; {@code /tc themes} asks {@link #suggest(String)} after its ack.
 */
@Component
public class CombinedThemeSuggester implements ThoroughThemeSuggester {

    /** What the rules' say-so is worth, in cosine similarity: a rule hit outweighs a small lead of another theme. */
    static final double RULE_BONUS = 0.12;
    /**
     * How close a text must be to a theme's descriptions for the model alone to propose the theme. Lower, it also
     * files small talk ("the printer keeps jamming") under a theme; higher, it leaves paraphrases unfiled.
     */
    static final double MODEL_ALONE_THRESHOLD = 0.30;

    /** A theme's closeness is the mean of its this-many closest descriptions: one lucky neighbour is not enough. */
    static final int NEIGHBOURS = 2;

    private final KeywordThemeSuggester rules;
    private final SentenceEmbeddings embeddings;
    private final ThemeTopicBank bank;
    private final double ruleBonus;
    private final double modelAloneThreshold;
    private final int neighbours;

    @Autowired
    CombinedThemeSuggester(KeywordThemeSuggester rules, SentenceEmbeddings embeddings, ThemeTopicBank bank) {
        this(rules, embeddings, bank, RULE_BONUS, MODEL_ALONE_THRESHOLD, NEIGHBOURS);
    }

    CombinedThemeSuggester(KeywordThemeSuggester rules, SentenceEmbeddings embeddings, ThemeTopicBank bank, double ruleBonus,
            double modelAloneThreshold, int neighbours) {
        this.rules = rules;
        this.embeddings = embeddings;
        this.bank = bank;
        this.ruleBonus = ruleBonus;
        this.modelAloneThreshold = modelAloneThreshold;
        this.neighbours = neighbours;
    }

    /** Embeds the text: never on a request's thread. */
    @Override
    public List<ThemeSuggestion> suggest(String text) {
        if (!bank.ready()) {
            return rules.suggest(text);
        }
        Optional<Embedding> meaning = embeddings.embed(text);
        return meaning.isEmpty() ? rules.suggest(text) : suggest(text, meaning.get());
    }

    /** The suggestion for a text whose vector is already known (a stored row's): the rules and dot products, no model. */
    public List<ThemeSuggestion> suggest(String text, Embedding meaning) {
        List<ThemeSuggestion> byRules = rules.suggest(text);
        if (!bank.ready()) {
            return byRules;
        }
        Map<Theme, List<ThemeTopicBank.Match>> closestPerTheme = new EnumMap<>(Theme.class);
        for (ThemeTopicBank.Match match : bank.nearest(meaning)) { // closest first
            List<ThemeTopicBank.Match> closest = closestPerTheme.computeIfAbsent(match.topic().theme(), theme -> new ArrayList<>());
            if (closest.size() < neighbours) {
                closest.add(match);
            }
        }
        Map<Theme, ThemeSuggestion> ruleByTheme = new EnumMap<>(Theme.class);
        byRules.forEach(s -> ruleByTheme.put(s.theme(), s));

        List<Scored> scored = new ArrayList<>();
        closestPerTheme.forEach((theme, closest) -> {
            double closeness = closest.stream().mapToDouble(ThemeTopicBank.Match::similarity).average().orElse(0);
            scored.add(new Scored(theme, closest.get(0), closeness, closeness + (ruleByTheme.containsKey(theme) ? ruleBonus : 0)));
        });
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());

        List<ThemeSuggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored candidate = scored.get(i);
            ThemeSuggestion rule = ruleByTheme.get(candidate.theme());
            if (rule != null) {
                suggestions.add(rule);
            } else if (i == 0 && candidate.closeness() >= modelAloneThreshold) {
                suggestions.add(ThemeSuggestion.closeTo(candidate.theme(), candidate.match().topic().name()));
            }
        }
        return suggestions;
    }

    private record Scored(Theme theme, ThemeTopicBank.Match match, double closeness, double score) {
    }
}
