package org.techvoice.findings;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.techvoice.draft.Finding.Method;
import org.techvoice.draft.document.Sample;
import org.techvoice.understanding.Embedding;

/**
 * What is kept of the entries of one topic or group as they stream past: counts, first and last day, an even bottom-k
 * sample of quotes and of references (as the draft samples its quotes), the distinct attributed people per
 * department, how each entry was placed and the sum of their vectors. Memory stays the same whatever its size.
 */
final class EvidenceGroup {

    private final Sample<Said> quotes;
    private final Sample<String> entryReferences;
    private final Set<String> questionReferences = new LinkedHashSet<>();
    private final Map<String, Set<String>> peopleByDepartment = new HashMap<>();
    private final Map<Method, Long> methods = new EnumMap<>(Method.class);
    private final Set<String> linkedActions = new HashSet<>();
    private final double[] vectorSum = new double[Embedding.DIMENSIONS];
    private long vectors;
    private long count;
    private boolean voice;
    private LocalDate first;
    private LocalDate last;

    EvidenceGroup(int quotes, int references, long seed) {
        this.quotes = new Sample<>(quotes, seed, Said::key);
        this.entryReferences = new Sample<>(references, seed + 1, reference -> reference);
    }

    void add(Said said, Method method, int[] vector, String department, Set<String> actions) {
        count++;
        voice |= said.voice();
        first = first == null || said.date().isBefore(first) ? said.date() : first;
        last = last == null || said.date().isAfter(last) ? said.date() : last;
        quotes.offer(said);
        if (said.voice()) {
            entryReferences.offer(said.reference());
        } else {
            questionReferences.add(said.reference());
        }
        methods.merge(method, 1L, Long::sum);
        if (!said.anonymous() && department != null) {
            peopleByDepartment.computeIfAbsent(department, d -> new HashSet<>()).add(said.authorUserId());
        }
        if (vector != null) {
            Vectors.addTo(vectorSum, vector);
            vectors++;
        }
        if (actions != null) {
            linkedActions.addAll(actions);
        }
    }

    long count() {
        return count;
    }

    boolean voice() {
        return voice;
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    Sample<Said> quotes() {
        return quotes;
    }

    /** Entry references (an even sample) then the survey questions whose comments it holds. */
    java.util.List<String> references() {
        java.util.List<String> references = new java.util.ArrayList<>(entryReferences.sorted(EvidenceGroup::byNumber));
        references.addAll(questionReferences);
        return references;
    }

    Map<String, Set<String>> peopleByDepartment() {
        return peopleByDepartment;
    }

    Map<Method, Long> methods() {
        return methods;
    }

    Set<String> linkedActions() {
        return linkedActions;
    }

    /** The sum of its entries' unit vectors, or null when none had one. */
    double[] centroid() {
        return vectors == 0 ? null : vectorSum;
    }

    /** V-2 before V-10. */
    static int byNumber(String a, String b) {
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
