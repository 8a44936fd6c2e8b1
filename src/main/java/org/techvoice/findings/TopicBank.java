package org.techvoice.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.techvoice.actionlibrary.ActionLibrary;
import org.techvoice.actionlibrary.ActionTemplate;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;
import org.techvoice.understanding.SentenceEmbeddings;
import org.techvoice.understanding.SentenceModelReady;
import org.techvoice.understanding.VectorPlacer;

/**
 * The action library's topics as the model sees them: each template's concern descriptions and title embedded once per
 * process (about 270 sentences, a few seconds), on the model's loading thread as soon as it is ready, and Appendix A's
 * activities for titling groups. Nothing is ever embedded on a review's or a draft's path: until the bank is built it
 * places text by the keyword rules instead (the Appendix A activities the rules find, and the words the text shares
 * with a topic), and so it does for every text without a stored vector.
 */
@Component
public class TopicBank implements VectorPlacer {

    private static final Logger log = LoggerFactory.getLogger(TopicBank.class);

    /** A small lift for a template serving the theme the text was logged under: similarity plus theme. */
    static final double THEME_BONUS = 0.05;

    private static final Set<String> COMMON_WORDS = Set.of("technician", "technicians", "technical", "staff", "university",
            "would", "like", "there", "never", "nobody", "about", "their", "other", "every", "this", "that", "with", "have",
            "what", "when", "where", "which", "them", "they", "from", "into", "here", "some", "only", "more", "much",
            "does", "doesn", "don't", "isn't", "just", "been", "being", "were", "will", "your", "ours", "than", "then",
            "also", "because", "still", "even", "really", "think", "feel", "know", "thing", "things", "people", "someone",
            "anyone", "always", "ever", "same", "most", "many", "lots", "getting", "make", "made", "want", "need", "help", "could",
            "wish", "join", "able", "good", "great", "should", "seem", "seems");

    private static final SentenceEmbeddings NO_MODEL = new SentenceEmbeddings() {
        @Override
        public boolean ready() {
            return false;
        }

        @Override
        public Optional<Embedding> embed(String text) {
            return Optional.empty();
        }
    };

    private final List<ActionTemplate> templates;
    private final List<ExampleActivity> activities;
    private final SentenceEmbeddings model;
    private final ActivityMatcher matcher;
    private final List<Set<String>> templateWords;
    private final List<Set<String>> titleWords;
    /** in how many templates each word appears */
    private final Map<String, Integer> wordTemplates;
    /** word to the templates using it, for {@link #keywordTopic} */
    private final Map<String, Postings> index;
    private volatile Bank vectors;
    /** what decides where a vector goes: the model and every concern description and title, by template; see {@link #stamp()} */
    private final String stamp;
    private final ThreadLocal<KeywordScratch> keywordScratch;
    private final Map<String, Integer> templateIndex;

    /** Without a model in the application (none configured), the keyword rules place everything. */
    @Autowired
    TopicBank(ActionLibrary library, ThemeCatalogue catalogue, ObjectProvider<SentenceEmbeddings> model, ActivityMatcher matcher) {
        this(library, catalogue, model.getIfAvailable(() -> NO_MODEL), matcher);
    }

    public TopicBank(ActionLibrary library, ThemeCatalogue catalogue, SentenceEmbeddings model, ActivityMatcher matcher) {
        this.templates = library.templates();
        this.activities = catalogue.activities();
        this.model = model;
        this.matcher = matcher;
        this.templateWords = templates.stream().map(TopicBank::templateWords).toList();
        this.titleWords = templates.stream().map(template -> words(template.topic())).toList();
        int templateCount = templates.size();
        this.keywordScratch = ThreadLocal.withInitial(() -> new KeywordScratch(templateCount));
        Map<String, Integer> counts = new HashMap<>();
        templateWords.forEach(set -> set.forEach(word -> counts.merge(word, 1, Integer::sum)));
        this.wordTemplates = Map.copyOf(counts);
        this.index = index();
        StringBuilder decides = new StringBuilder(VectorPlacer.MODEL);
        Map<String, Integer> byId = new HashMap<>();
        for (int t = 0; t < templates.size(); t++) {
            ActionTemplate template = templates.get(t);
            byId.put(template.id(), t);
            decides.append('|').append(template.id()).append('=').append(template.topic());
            template.concerns().forEach(concern -> decides.append('/').append(concern));
        }
        this.templateIndex = Map.copyOf(byId);
        this.stamp = VectorPlacer.stampOf(decides.toString());
    }

    @Override
    public Targets targets() {
        return Targets.LIBRARY_TOPICS;
    }

    /** Null until the bank is built: a placement is only ever made, and used, against the bank built from the model. */
    @Override
    public String stamp() {
        return vectors == null ? null : stamp;
    }

    /** The nearest topic of {@link #nearest} (its template's id) and its similarity, for the embedding job to store on the row. */
    @Override
    public Optional<Placement> place(Embedding vector) {
        if (vectors == null || vector == null) {
            return Optional.empty();
        }
        Nearest nearest = nearest(Vectors.widen(vector));
        return Optional.of(new Placement(nearest.template() < 0 ? null : templates.get(nearest.template()).id(), nearest.similarity(), stamp));
    }

    /**
     * The nearest topic the embedding job stored with a row, when it was placed against this bank as it is now: the same
     * template and similarity {@link #nearest} gives for the row's vector. Empty otherwise (then measure the vector).
     */
    Optional<Nearest> placed(Placement placement) {
        if (placement == null || !placement.current(stamp())) {
            return Optional.empty();
        }
        Integer template = placement.target() == null ? Integer.valueOf(-1) : templateIndex.get(placement.target());
        return template == null ? Optional.empty() : Optional.of(new Nearest(template, null, placement.similarity()));
    }

    /** Each word of the templates, with the templates using it and what it weighs for each. */
    private record Postings(int[] templates, double[] weights) {
    }

    private Map<String, Postings> index() {
        Map<String, Postings> index = new HashMap<>();
        wordTemplates.keySet().forEach(word -> {
            List<Integer> using = new ArrayList<>();
            for (int t = 0; t < templates.size(); t++) {
                if (templateWords.get(t).contains(word)) {
                    using.add(t);
                }
            }
            int[] ids = using.stream().mapToInt(Integer::intValue).toArray();
            double[] weights = new double[ids.length];
            for (int k = 0; k < ids.length; k++) {
                // a word of the topic's title says more about it than one of its concerns
                weights[k] = Math.log((double) templates.size() / wordTemplates.get(word)) * (titleWords.get(ids[k]).contains(word) ? 2 : 1);
            }
            index.put(word, new Postings(ids, weights));
        });
        return Map.copyOf(index);
    }

    List<ActionTemplate> templates() {
        return templates;
    }

    ActionTemplate template(int index) {
        return templates.get(index);
    }

    int indexOf(String templateId) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).id().equals(templateId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the concern vectors are built, so stored vectors can be placed by meaning. */
    boolean modelReady() {
        return vectors != null;
    }

    /** Builds the bank once the model is ready: on the thread that loaded it, never on a request's or a draft's. */
    @EventListener(SentenceModelReady.class)
    void buildOnceTheModelIsReady() {
        prepare();
    }

    /** Builds the bank now if the model answers (the model's loading thread, or a test); @return whether it is built */
    synchronized boolean prepare() {
        if (vectors == null && model.ready()) {
            vectors = build();
        }
        return vectors != null;
    }

    /**
     * The nearest topic to a stored vector: the best of its concern descriptions. This runs once per entry with a
     * vector, up to 100,000 times in a large draft, so: centring is folded into the sums ({@code (v - c)·k = v·k - c·k},
     * {@code |v - c|² = |v|² - 2 v·c + |c|²}) rather than made per entry, and the dot products with all concerns are
     * made together, one dimension at a time over the concerns laid out side by side (a plain multiply-add over an
     * array, which the JIT turns into SIMD instructions, instead of 270 separate reductions).
     */
    Nearest nearest(int[] raw) {
        Bank bank = vectors;
        int dimensions = bank.centre.length;
        int concerns = bank.concernNorms.length;
        double norm = Math.sqrt(Math.max(0, Vectors.dot(raw, raw) - 2.0 * Vectors.dot(raw, bank.centre) + bank.centreSquared));
        int[] dots = new int[concerns];
        int[] byDimension = bank.byDimension;
        for (int i = 0; i < dimensions; i++) {
            int value = raw[i];
            if (value == 0) {
                continue;
            }
            int base = i * concerns;
            for (int c = 0; c < concerns; c++) {
                // at most 384 products of ±127 by ±254: far inside an int
                dots[c] += value * byDimension[base + c];
            }
        }
        int bestConcern = -1;
        double bestDot = -Double.MAX_VALUE;
        for (int c = 0; c < concerns; c++) {
            double scaled = (dots[c] - bank.centreDots[c]) / bank.concernNorms[c];
            if (scaled > bestDot) {
                bestDot = scaled;
                bestConcern = c;
            }
        }
        if (bestConcern < 0) {
            return new Nearest(-1, null, 0);
        }
        return new Nearest(bank.concernTemplate[bestConcern], bank.concernText[bestConcern], norm == 0 ? 0 : bestDot / norm);
    }

    /** Templates ranked for a vector: nearest concern description, plus a small lift for serving the theme. */
    List<Ranked> ranked(int[] raw, Theme theme) {
        Bank bank = vectors();
        int[] vector = bank.centred(raw);
        double norm = Vectors.norm(vector);
        double[] best = new double[templates.size()];
        Arrays.fill(best, -1);
        for (int c = 0; c < bank.concerns.length; c++) {
            double similarity = norm == 0 ? 0 : Vectors.dot(vector, bank.concerns[c]) / (norm * bank.concernNorms[c]);
            int t = bank.concernTemplate[c];
            best[t] = Math.max(best[t], similarity);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int t = 0; t < templates.size(); t++) {
            double score = best[t] + (theme != null && templates.get(t).serves(theme) ? THEME_BONUS : 0);
            ranked.add(new Ranked(t, best[t], score));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::template));
        return ranked;
    }

    /** Same, for a group's centroid. */
    List<Ranked> ranked(double[] centroid, Theme theme) {
        return ranked(rounded(centroid), theme);
    }

    /** The Appendix A activity nearest to a group's centroid, to title it. */
    ExampleActivity nearestActivity(double[] centroid) {
        Bank bank = vectors();
        int[] vector = bank.centred(rounded(centroid));
        int best = 0;
        double bestSimilarity = -2;
        for (int a = 0; a < bank.activities.length; a++) {
            double similarity = Vectors.cosine(vector, bank.activities[a]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = a;
            }
        }
        return activities.get(best);
    }

    /**
     * The keyword rules' topic for a text when there is no vector: the template whose words the text shares most, each
     * word weighted by how few templates use it, when that is at least one word that at most four templates use, or
     * when the template answers an Appendix A activity the rules find in the text; serving one of the text's themes
     * breaks ties. -1 when none.
     */
    int keywordTopic(String text, Set<Theme> themes) {
        // the text's words looked up in the index, rather than every template's words looked for in the text: this runs
        // for every entry without a stored vector, up to 100,000 times in a large draft
        KeywordScratch scratch = keywordScratch.get();
        double[] weights = scratch.cleared().weights;
        boolean shared = false;
        for (String word : words(text)) {
            Postings postings = index.get(word);
            if (postings != null) {
                shared = true;
                for (int k = 0; k < postings.templates().length; k++) {
                    weights[postings.templates()[k]] += postings.weights()[k];
                }
            }
        }
        if (!shared) {
            return -1; // no template shares a word with it, so none can be its topic: the activity rules need not run
        }
        // Only templates the text shares a word with can be its topic, and of those only the ones that could still win
        // once an Appendix A activity adds its 1: a template with enough words scores at least its words and theme bonus,
        // so one that could not reach that even with an activity is out, and its rules need not run. The same answer as
        // running every rule, for a fraction of the regex work this does for up to 100,000 texts.
        int n = templates.size();
        double enough = Math.log(n / 4.0);
        double[] bonus = scratch.bonus;
        double atLeast = 0;
        for (int t = 0; t < n; t++) {
            if (weights[t] != 0) {
                ActionTemplate template = templates.get(t);
                bonus[t] = themes.contains(template.mainTheme()) ? 0.2 : servesAny(template, themes) ? 0.1 : 0;
                if (weights[t] >= enough) {
                    atLeast = Math.max(atLeast, weights[t] + bonus[t]);
                }
            }
        }
        boolean[] contender = scratch.contender;
        Set<String> candidates = new HashSet<>();
        for (int t = 0; t < n; t++) {
            if (weights[t] != 0 && weights[t] + 1 + bonus[t] >= atLeast) {
                contender[t] = true;
                candidates.addAll(templates.get(t).activityIds());
            }
        }
        Set<String> matched = candidates.isEmpty() ? Set.of() : matcher.matchingActivities(text, candidates::contains);
        int best = -1;
        double bestScore = 0;
        for (int t = 0; t < n; t++) {
            if (!contender[t]) {
                continue;
            }
            double weight = weights[t];
            boolean answers = false;
            for (String activity : templates.get(t).activityIds()) {
                answers |= matched.contains(activity);
            }
            if (!answers && weight < enough) {
                continue;
            }
            double score = weight + (answers ? 1 : 0) + bonus[t];
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /**
     * The per-template sums of one {@link #keywordTopic} call, kept per thread and cleared for the next: three arrays a
     * call, for up to 100,000 texts of a draft, were a fifth of what the findings allocated.
     */
    private static final class KeywordScratch {
        final double[] weights;
        final double[] bonus;
        final boolean[] contender;

        KeywordScratch(int templates) {
            weights = new double[templates];
            bonus = new double[templates];
            contender = new boolean[templates];
        }

        KeywordScratch cleared() {
            Arrays.fill(weights, 0);
            Arrays.fill(bonus, 0);
            Arrays.fill(contender, false);
            return this;
        }
    }

    /** A loop rather than a stream: this runs for each template a text shares a word with, for up to 100,000 texts. */
    private static boolean servesAny(ActionTemplate template, Set<Theme> themes) {
        for (Theme theme : themes) {
            if (template.serves(theme)) {
                return true;
            }
        }
        return false;
    }

    private static int[] rounded(double[] centroid) {
        double norm = 0;
        for (double v : centroid) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        int[] vector = new int[centroid.length];
        for (int i = 0; i < centroid.length; i++) {
            vector[i] = norm == 0 ? 0 : (int) Math.round(centroid[i] / norm * 127);
        }
        return vector;
    }

    private Bank vectors() {
        return vectors;
    }

    private Bank build() {
        long started = System.nanoTime();
        List<int[]> concerns = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < templates.size(); t++) {
            ActionTemplate template = templates.get(t);
            // the topic's title describes it too: measured on the labelled fixture, 33 of 45 placed right with it, 28 without
            List<String> descriptions = new ArrayList<>(template.concerns());
            descriptions.add(template.topic());
            for (String concern : descriptions) {
                int[] vector = model.embed(concern).map(Vectors::widen).orElse(null);
                if (vector == null) {
                    return null; // the model stopped answering: stay on the rules
                }
                concerns.add(vector);
                owners.add(t);
                texts.add(concern);
            }
        }
        int[][] activityVectors = new int[activities.size()][];
        for (int a = 0; a < activities.size(); a++) {
            activityVectors[a] = model.embed(activities.get(a).text()).map(Vectors::widen).orElse(null);
            if (activityVectors[a] == null) {
                return null;
            }
        }
        Bank bank = Bank.centring(concerns.toArray(int[][]::new), owners.stream().mapToInt(Integer::intValue).toArray(),
                texts.toArray(String[]::new), activityVectors);
        log.info("Findings: {} concern descriptions of {} action templates embedded in {} ms", concerns.size(), templates.size(),
                (System.nanoTime() - started) / 1_000_000);
        return bank;
    }

    /** Compiled once: {@code String.split} with this regex compiled it again for every text of a draft. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z']+");

    /**
     * The stems of a text's words that say something: at least four letters, not a word every technician's text has.
     * A word is a run of letters and apostrophes, lower-cased; its apostrophes are dropped before it is stemmed.
     */
    static Set<String> words(String text) {
        if (!isAscii(text)) {
            return wordsBySplitting(text); // lower-casing may change the length of other scripts' text: the general way
        }
        // the words found in place, rather than the whole text lower-cased and split by a regex: this runs for every voice
        // entry and comment of a draft, and most words are too short to count, so most are never copied at all
        Set<String> words = new HashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isWordCharacter(text.charAt(i))) {
                i++;
            }
            int start = i;
            int letters = 0;
            while (i < length && isWordCharacter(text.charAt(i))) {
                if (text.charAt(i) != '\'') {
                    letters++;
                }
                i++;
            }
            if (letters >= 4) { // stemming only shortens a word
                addWord(words, text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The same as {@link #words} for any text: lower-cased whole, then split. */
    static Set<String> wordsBySplitting(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            addWord(words, word);
        }
        return words;
    }

    private static void addWord(Set<String> words, String word) {
        String stem = stem(word.replace("'", ""));
        if (stem.length() >= 4 && !COMMON_WORDS.contains(word) && !COMMON_WORDS.contains(stem)) {
            words.add(stem);
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'';
    }

    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 5) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ing") && word.length() > 6) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 4) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static Set<String> templateWords(ActionTemplate template) {
        Set<String> words = new HashSet<>(words(template.topic()));
        template.concerns().forEach(concern -> words.addAll(words(concern)));
        return Set.copyOf(words);
    }

    /** @param concern the concern description nearest, for the proposal's reason */
    record Nearest(int template, String concern, double similarity) {
    }

    record Ranked(int template, double similarity, double score) {
    }

    /**
     * The embedded descriptions, centred: every concern description is about technicians at work, so what they share
     * (the mean of all of them) says nothing about which concern a text voices, yet dominates raw cosines (measured: a
     * remark about progression came nearest "technician emails never reach me"). Subtracting that mean from both sides
     * leaves what tells the concerns apart. Never changes once built.
     */
    private static final class Bank {
        final int[] centre;
        final double centreSquared;
        final int[][] concerns;
        /** the centred concerns side by side, dimension after dimension ({@code [i * concerns + c]}), for {@link TopicBank#nearest} */
        final int[] byDimension;
        /** each centred concern's dot product with the centre */
        final long[] centreDots;
        final double[] concernNorms;
        final int[] concernTemplate;
        final String[] concernText;
        final int[][] activities;

        static Bank centring(int[][] raw, int[] concernTemplate, String[] concernText, int[][] rawActivities) {
            int[] centre = new int[raw[0].length];
            for (int i = 0; i < centre.length; i++) {
                long sum = 0;
                for (int[] vector : raw) {
                    sum += vector[i];
                }
                centre[i] = (int) Math.round((double) sum / raw.length);
            }
            int[][] concerns = new int[raw.length][];
            for (int c = 0; c < raw.length; c++) {
                concerns[c] = minus(raw[c], centre);
            }
            int[][] activities = new int[rawActivities.length][];
            for (int a = 0; a < rawActivities.length; a++) {
                activities[a] = minus(rawActivities[a], centre);
            }
            return new Bank(centre, concerns, concernTemplate, concernText, activities);
        }

        private static int[] minus(int[] vector, int[] centre) {
            int[] result = new int[vector.length];
            for (int i = 0; i < vector.length; i++) {
                result[i] = vector[i] - centre[i];
            }
            return result;
        }

        int[] centred(int[] vector) {
            return minus(vector, centre);
        }

        Bank(int[] centre, int[][] concerns, int[] concernTemplate, String[] concernText, int[][] activities) {
            this.centre = centre;
            this.concerns = concerns;
            this.concernTemplate = concernTemplate;
            this.concernText = concernText;
            this.activities = activities;
            this.concernNorms = new double[concerns.length];
            this.centreSquared = Vectors.dot(centre, centre);
            this.centreDots = new long[concerns.length];
            int dimensions = centre.length;
            this.byDimension = new int[concerns.length * dimensions];
            for (int c = 0; c < concerns.length; c++) {
                concernNorms[c] = Vectors.norm(concerns[c]);
                centreDots[c] = Vectors.dot(centre, concerns[c]);
                for (int i = 0; i < dimensions; i++) {
                    byDimension[i * concerns.length + c] = concerns[c][i];
                }
            }
        }
    }
}
