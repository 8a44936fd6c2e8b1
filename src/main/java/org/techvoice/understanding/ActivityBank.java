package org.techvoice.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.ThemeCatalogue;

/**
 * Appendix A's example activities as the model sees them, for the draft's gap analysis: each activity described by
 * its own wording and by a few sentences of what a logged contribution or achievement evidencing it says
 * ({@link ActivityDescriptions}), embedded once per process on the model's loading thread. A stored vector then
 * speaks to the activity it is nearest, when it is near enough.
 *
 * <p>Nothing is embedded on a draft's path: until the bank is built, and for an entry without a stored vector,
 * {@link #activities} answers nothing and the rules alone decide.
 */
@Component
public class ActivityBank implements VectorPlacer {

    private static final Logger log = LoggerFactory.getLogger(ActivityBank.class);

    /**
     * How close (centred cosine) a logged entry must be to an activity's nearest description. Measured on the sample
     * institution's 21 contributions and achievements: those the model placed right were at 0.59 to 0.85; everything
     * else, right or wrong (a HEaTED course, theatre lighting workshops, a repair log), at 0.40 or less. Below the
     * threshold the rules alone decide.
     */
    static final double THRESHOLD = 0.5;
    /** How far the nearest activity must lead the next: closer than this, the model cannot tell which and the rules decide. */
    static final double MARGIN = 0.05;

    private record Described(String activityId, double[] centred, double norm) {
    }

    /** The descriptions, centred (see {@link #centre}), and the centre every vector is measured from. */
    private record Bank(List<Described> described, double[] centre) {
    }

    private final List<ExampleActivity> activities;
    private final Map<String, List<String>> descriptions;
    private final SentenceEmbeddings embeddings;
    private volatile Bank bank;
    /** what decides where a vector goes: the model, every description and the two constants; see {@link #stamp()} */
    private final String stamp;

    public ActivityBank(ThemeCatalogue catalogue, SentenceEmbeddings embeddings) {
        this.activities = catalogue.activities();
        this.descriptions = ActivityDescriptions.of(activities);
        this.embeddings = embeddings;
        StringBuilder decides = new StringBuilder(VectorPlacer.MODEL).append('|').append(THRESHOLD).append('|').append(MARGIN);
        activities.forEach(activity -> descriptions.get(activity.id())
                .forEach(description -> decides.append('|').append(activity.id()).append('=').append(description)));
        this.stamp = VectorPlacer.stampOf(decides.toString());
    }

    @Override
    public Targets targets() {
        return Targets.APPENDIX_A_ACTIVITIES;
    }

    /** Null until the bank is built: a placement is only ever made, and used, against the bank built from the model. */
    @Override
    public String stamp() {
        return bank == null ? null : stamp;
    }

    /** The activity of {@link #activity}, with its closeness, for the embedding job to store on the row. */
    @Override
    public Optional<Placement> place(Embedding vector) {
        if (bank == null || vector == null) {
            return Optional.empty();
        }
        Nearest nearest = nearest(vector);
        return Optional.of(new Placement(nearest.activityId(), nearest.activityId() == null ? 0 : nearest.similarity(), stamp));
    }

    /** Embeds the bank once the model is ready: on the thread that loaded it, never on a request's or a draft's. */
    @EventListener(SentenceModelReady.class)
    void embedOnceTheModelIsReady() {
        prepare();
    }

    /** Builds the bank now if the model answers (the model's loading thread, or a test); @return whether it is built */
    public synchronized boolean prepare() {
        if (bank != null) {
            return true;
        }
        if (!embeddings.ready()) {
            return false;
        }
        long started = System.nanoTime();
        List<String> owners = new ArrayList<>();
        List<double[]> vectors = new ArrayList<>();
        for (ExampleActivity activity : activities) {
            for (String description : descriptions.get(activity.id())) {
                Optional<Embedding> meaning = embeddings.embed(description);
                if (meaning.isEmpty()) {
                    return false; // the model stopped answering: stay on the rules
                }
                owners.add(activity.id());
                vectors.add(widened(meaning.get()));
            }
        }
        double[] centre = new double[Embedding.DIMENSIONS];
        vectors.forEach(v -> {
            for (int i = 0; i < centre.length; i++) {
                centre[i] += v[i] / vectors.size();
            }
        });
        List<Described> built = new ArrayList<>();
        for (int d = 0; d < vectors.size(); d++) {
            double[] centred = minus(vectors.get(d), centre);
            built.add(new Described(owners.get(d), centred, norm(centred)));
        }
        bank = new Bank(List.copyOf(built), centre);
        log.info("Embedded {} descriptions of Appendix A's activities for the gap analysis in {} ms", built.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    public boolean ready() {
        return bank != null;
    }

    /**
     * The id of the activity a stored vector evidences: its nearest, when that activity's closest description is at
     * least {@link #THRESHOLD} and no other activity is within {@link #MARGIN} of it (two activities nearly as close
     * means the model cannot tell which, and the rules decide). Empty when none, or while the bank is not ready.
     */
    public Optional<String> activity(Embedding meaning) {
        if (bank == null || meaning == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(nearest(meaning).activityId());
    }

    /** @param activityId null when no activity is near enough, or another is nearly as near */
    private record Nearest(String activityId, double similarity) {
    }

    private Nearest nearest(Embedding meaning) {
        Map<String, Double> closest = closeness(meaning);
        String best = null;
        double first = -2;
        double second = -2;
        for (Map.Entry<String, Double> entry : closest.entrySet()) {
            double similarity = entry.getValue();
            if (similarity > first) {
                second = first;
                first = similarity;
                best = entry.getKey();
            } else if (similarity > second) {
                second = similarity;
            }
        }
        return first >= THRESHOLD && first - second >= MARGIN ? new Nearest(best, first) : new Nearest(null, first);
    }

    /** Each activity's closeness to a vector (its closest description, centred cosine), sorted by id. */
    Map<String, Double> closeness(Embedding meaning) {
        Map<String, Double> closest = new TreeMap<>();
        Bank built = bank;
        if (built == null) {
            return closest;
        }
        double[] vector = minus(widened(meaning), built.centre());
        double norm = norm(vector);
        for (Described d : built.described()) {
            double dot = 0;
            for (int i = 0; i < vector.length; i++) {
                dot += vector[i] * d.centred()[i];
            }
            double similarity = norm == 0 || d.norm() == 0 ? 0 : dot / (norm * d.norm());
            closest.merge(d.activityId(), similarity, Math::max);
        }
        return closest;
    }

    private static double[] widened(Embedding embedding) {
        byte[] values = embedding.values();
        double[] widened = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            widened[i] = values[i];
        }
        return widened;
    }

    private static double[] minus(double[] vector, double[] centre) {
        double[] result = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = vector[i] - centre[i];
        }
        return result;
    }

    private static double norm(double[] vector) {
        double squares = 0;
        for (double v : vector) {
            squares += v * v;
        }
        return Math.sqrt(squares);
    }
}
