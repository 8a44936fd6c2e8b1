package org.techvoice.draft.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;

/** Finds what an action's evidence reference names, so the appendix can describe it. */
final class EvidenceLookup {

    private final Function<String, Optional<EvidenceEntry>> entries;
    private final List<SurveyEvidence> surveys;

    EvidenceLookup(Function<String, Optional<EvidenceEntry>> entries, List<SurveyEvidence> surveys) {
        this.entries = entries;
        this.surveys = surveys;
    }

    /** Cites the reference; false when it names nothing any more (withdrawn, deleted, or a survey outside the period). */
    boolean cite(String reference, Citations citations) {
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
        Optional<EvidenceEntry> entry = entries.apply(reference);
        entry.ifPresent(citations::cite);
        return entry.isPresent();
    }
}
