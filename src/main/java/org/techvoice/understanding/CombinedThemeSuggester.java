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
 * theme scores how close the text is to its topic descriptions ({@link ThemeTopicBank}; a soft maximum, see
 * {@link #SOFTNESS}), plus a bonus when the rules propose it; the rules' themes are always kept, and the model adds
 * its best theme when the text is close enough to it. Each reason says which: "mentions professional registration → Recognition" or
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
     * How close a text must be to a theme's descriptions (the mean of its {@link #NEIGHBOURS} closest) for the model
     * alone to propose the theme. Lower, it also files small talk ("the printer keeps jamming") under a theme; higher,
     * it leaves paraphrases unfiled.
     */
    static final double MODEL_ALONE_THRESHOLD = 0.30;

    /** Whether a text is close enough to be filed at all is judged on this many closest descriptions of a theme. */
    static final int NEIGHBOURS = 2;

    /**
     * Which theme a text is closest to is a soft maximum over all of each theme's descriptions, at this temperature
     * (in cosine similarity): the closest description counts most, one 0.05 further about a twelfth as much, so a
     * theme with several close descriptions beats a lone description of another theme that is a little closer (by up
     * to about 0.01–0.02). Averaged over the theme's descriptions, so a theme does not win by having more of them
     * (Visibility has three times as many as Evaluating Impact). Measured on the test's sentences: 0.01–0.04 all within
     * 0.015 of each other; the mean of the two closest (the old rule) 0.02 less on the first set and 0.04 less on the
     * held-out one.
     */
    static final double SOFTNESS = 0.02;

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
        Map<Theme, List<ThemeTopicBank.Match>> perTheme = new EnumMap<>(Theme.class);
        for (ThemeTopicBank.Match match : bank.nearest(meaning)) { // closest first
            perTheme.computeIfAbsent(match.topic().theme(), theme -> new ArrayList<>()).add(match);
        }
        Map<Theme, ThemeSuggestion> ruleByTheme = new EnumMap<>(Theme.class);
        byRules.forEach(s -> ruleByTheme.put(s.theme(), s));

        List<Scored> scored = new ArrayList<>();
        perTheme.forEach((theme, matches) -> {
            double closeness = matches.stream().limit(neighbours).mapToDouble(ThemeTopicBank.Match::similarity).average().orElse(0);
            double score = softMaximum(matches) + (ruleByTheme.containsKey(theme) ? ruleBonus : 0);
            scored.add(new Scored(theme, matches.get(0), closeness, score));
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

    /** τ·ln(mean(exp(similarity/τ))) over a theme's descriptions, closest first; computed from the closest for precision. */
    static double softMaximum(List<ThemeTopicBank.Match> closestFirst) {
        double closest = closestFirst.get(0).similarity();
        double sum = 0;
        for (ThemeTopicBank.Match match : closestFirst) {
            sum += Math.exp((match.similarity() - closest) / SOFTNESS);
        }
        return closest + SOFTNESS * Math.log(sum / closestFirst.size());
    }

    private record Scored(Theme theme, ThemeTopicBank.Match match, double closeness, double score) {
    }
}
