package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;

/**
 * Who took part, gathered as the entries stream past: counts of voice entries (anonymous and named) and the
 * distinct people behind attributed entries. Anonymous entries add to the counts only: they carry no author, so
 * they are never linked to a person or a department. Memory grows with the number of people, never with entries.
 */
final class Participation implements Consumer<EvidenceEntry> {

    private long voice;
    private long anonymousVoice;
    private long contributions;
    private long achievements;
    private final Set<String> namedVoiceAuthors = new HashSet<>();
    /** everyone attributed: named voice, contributions logged, achievements celebrated with consent */
    private final Set<String> attributedPeople = new HashSet<>();
    private LocalDate firstVoice;
    private LocalDate lastVoice;

    @Override
    public void accept(EvidenceEntry entry) {
        switch (entry.kind()) {
            case VOICE -> {
                voice++;
                firstVoice = firstVoice == null || entry.date().isBefore(firstVoice) ? entry.date() : firstVoice;
                lastVoice = lastVoice == null || entry.date().isAfter(lastVoice) ? entry.date() : lastVoice;
                if (entry.anonymous()) {
                    anonymousVoice++;
                } else {
                    namedVoiceAuthors.add(entry.authorUserId());
                }
            }
            case CONTRIBUTION -> contributions++;
            case ACHIEVEMENT -> achievements++;
        }
        if (!entry.anonymous()) {
            attributedPeople.add(entry.authorUserId());
        }
    }

    long voice() {
        return voice;
    }

    long anonymousVoice() {
        return anonymousVoice;
    }

    long namedVoice() {
        return voice - anonymousVoice;
    }

    long count(Kind kind) {
        return switch (kind) {
            case VOICE -> voice;
            case CONTRIBUTION -> contributions;
            case ACHIEVEMENT -> achievements;
        };
    }

    int namedVoiceAuthors() {
        return namedVoiceAuthors.size();
    }

    int attributedPeople() {
        return attributedPeople.size();
    }

    LocalDate firstVoice() {
        return firstVoice;
    }

    LocalDate lastVoice() {
        return lastVoice;
    }

    /**
     * How many attributed people each department has, given each person's department (people without one are
     * not counted here). Departments are sorted by name; whoever shows them applies the minimum group size.
     */
    Map<String, Integer> perDepartment(Function<String, String> departmentOf) {
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String person : attributedPeople) {
            String department = departmentOf.apply(person);
            if (department != null && !department.isBlank()) {
                counts.merge(department.strip(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
