package org.techvoice.findings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.techvoice.draft.Finding.Method;
import org.techvoice.draft.document.Sample;

/**
 * Places each thing said as it streams past: in the nearest library topic when its stored vector is close enough to one
 * of the topic's concern descriptions, else among the unplaced kept (an even sample) to be grouped afterwards. A text
 * without a stored vector (the embedding job has not reached it yet) is placed by the keyword rules: nothing is embedded
 * while a review or a draft waits.
 */
final class FindingTally implements Consumer<Said> {

    /** An unplaced entry kept for grouping, with its vector. */
    record Unplaced(Said said, int[] vector, Method method) {
    }

    private final TopicBank bank;
    private final FindingsProperties properties;
    private final long seed;
    private final Map<String, String> departments;
    private final Map<String, Set<String>> actionsByEvidence;
    private final boolean model;
    private final Map<Integer, EvidenceGroup> topics = new HashMap<>();
    private final Sample<Unplaced> unplaced;
    private final Set<String> attributedPeople = new HashSet<>();
    private final Map<String, Set<String>> peopleByDepartment = new HashMap<>();
    private long voiceEntries;
    private long surveyComments;
    private long unplacedWithoutVector;
    private long modelPlaced;

    /**
     * @param departments       user id to department, for the split by department (attributed entries only)
     * @param actionsByEvidence evidence reference to the plan's actions citing it
     */
    FindingTally(TopicBank bank, FindingsProperties properties, long seed, Map<String, String> departments,
            Map<String, Set<String>> actionsByEvidence) {
        this.bank = bank;
        this.properties = properties;
        this.seed = seed;
        this.departments = departments;
        this.actionsByEvidence = actionsByEvidence;
        this.model = bank.modelReady();
        this.unplaced = new Sample<>(properties.unplacedLimit(), seed ^ 0x5DEECE66DL, u -> u.said().key());
    }

    @Override
    public void accept(Said said) {
        if (said.voice()) {
            voiceEntries++;
            if (!said.anonymous()) {
                attributedPeople.add(said.authorUserId());
                String department = departments.get(said.authorUserId());
                if (department != null) {
                    peopleByDepartment.computeIfAbsent(department, d -> new HashSet<>()).add(said.authorUserId());
                }
            }
        } else {
            surveyComments++;
        }
        if (model && said.embedding() != null) {
            int[] vector = Vectors.widen(said.embedding());
            Method method = Method.STORED_VECTOR;
            modelPlaced++;
            // where the embedding job placed it, against this very bank, is what measuring the vector would give now
            TopicBank.Nearest nearest = bank.placed(said.placement()).orElseGet(() -> bank.nearest(vector));
            if (nearest.similarity() >= properties.topicThreshold()) {
                add(nearest.template(), said, method, vector);
            } else {
                unplaced.offer(new Unplaced(said, vector, method));
            }
            return;
        }
        int topic = bank.keywordTopic(said.text(), said.themes());
        if (topic >= 0) {
            add(topic, said, Method.KEYWORDS, null);
        } else {
            unplacedWithoutVector++;
        }
    }

    private void add(int topic, Said said, Method method, int[] vector) {
        EvidenceGroup group = topics.computeIfAbsent(topic, t -> new EvidenceGroup(properties.quotesPerFinding(),
                properties.referencesPerFinding(), seed + t));
        group.add(said, method, vector, said.anonymous() ? null : departments.get(said.authorUserId()),
                actionsByEvidence.get(said.reference()));
    }

    Map<Integer, EvidenceGroup> topics() {
        return topics;
    }

    /** The unplaced entries kept (an even sample when there were more than the limit), oldest first. */
    List<Unplaced> unplaced() {
        return unplaced.sorted((a, b) -> Said.OLDEST_FIRST.compare(a.said(), b.said()));
    }

    long unplacedSeen() {
        return unplaced.seen();
    }

    long unplacedWithoutVector() {
        return unplacedWithoutVector;
    }

    long voiceEntries() {
        return voiceEntries;
    }

    long surveyComments() {
        return surveyComments;
    }

    boolean modelUsed() {
        return modelPlaced > 0;
    }

    Set<String> attributedPeople() {
        return attributedPeople;
    }

    Map<String, Set<String>> peopleByDepartment() {
        return peopleByDepartment;
    }

    long seed() {
        return seed;
    }
}
