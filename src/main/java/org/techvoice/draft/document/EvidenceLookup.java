package org.techvoice.draft.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;

/**
 * Finds what an evidence reference names, so the appendix can describe it. Entries are read from their tables, each
 * at most once a draft, and together: those the plans cite ahead of their sections ({@link #readAhead}), those a section
 * only shows (the findings' quotes and examples) once every section has named them: one read per table instead of a
 * transaction and a query for each of the dozens a draft cites.
 */
final class EvidenceLookup {

    private final Function<Collection<String>, Map<String, EvidenceEntry>> entries;
    private final Supplier<List<SurveyEvidence>> surveySource;
    private List<SurveyEvidence> surveys;
    /** Every entry reference read so far, with what it names (absent: nothing any more). */
    private final Map<String, Optional<EvidenceEntry>> read = new HashMap<>();
    private final Set<String> later = new LinkedHashSet<>();

    /**
     * @param entries the entries the references name, read together (a reference naming none is left out)
     * @param surveys read on the first citation only: most drafts cite nothing, and reading surveys costs a pass over their answers
     */
    EvidenceLookup(Function<Collection<String>, Map<String, EvidenceEntry>> entries, Supplier<List<SurveyEvidence>> surveys) {
        this.entries = entries;
        this.surveySource = surveys;
    }

    /** Cites the reference; false when it names nothing any more (withdrawn, deleted, or a survey outside the period). */
    boolean cite(String reference, Citations citations) {
        if (citeSurvey(reference, citations)) {
            return true;
        }
        Optional<EvidenceEntry> entry = read.computeIfAbsent(reference, r -> Optional.ofNullable(entries.apply(List.of(r)).get(r)));
        entry.ifPresent(citations::cite);
        return entry.isPresent();
    }

    /**
     * Cites the reference when it names something, by {@link #citeRemaining} at the latest: for a reference shown whether
     * or not it still names anything.
     */
    void citeLater(String reference, Citations citations) {
        if (!citeSurvey(reference, citations)) {
            later.add(reference);
        }
    }

    /** Cites what the references given to {@link #citeLater} name, reading those not read yet together. */
    void citeRemaining(Citations citations) {
        readAhead(later);
        later.forEach(reference -> read.get(reference).ifPresent(citations::cite));
        later.clear();
    }

    /**
     * Reads together what these references name, those not read yet, for {@link #cite} to find without a read of its own:
     * the sections that must know at once whether a reference still names something (the plans' evidence) cite one at a
     * time, dozens in a large plan.
     */
    void readAhead(Collection<String> references) {
        List<String> unread = references.stream().filter(reference -> !read.containsKey(reference)).distinct().toList();
        if (!unread.isEmpty()) {
            Map<String, EvidenceEntry> found = entries.apply(unread);
            unread.forEach(reference -> read.put(reference, Optional.ofNullable(found.get(reference))));
        }
    }

    private boolean citeSurvey(String reference, Citations citations) {
        if (surveys == null) {
            surveys = surveySource.get();
        }
        for (SurveyEvidence survey : surveys) {
            if (survey.reference().equalsIgnoreCase(reference)) {
                citations.cite(survey);
                return true;
            }
            for (QuestionEvidence question : survey.questions()) {
                if (question.reference().equalsIgnoreCase(reference)) {
                    citations.cite(survey, question);
                    return true;
                }
            }
        }
        return false;
    }
}
