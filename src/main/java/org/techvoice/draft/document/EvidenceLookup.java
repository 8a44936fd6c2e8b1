package org.techvoice.draft.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;

/** Finds what an action's evidence reference names, so the appendix can describe it. */
final class EvidenceLookup {

    private final Function<String, Optional<EvidenceEntry>> entries;
    private final Supplier<List<SurveyEvidence>> surveySource;
    private List<SurveyEvidence> surveys;

    /** @param surveys read on the first citation only: most drafts cite nothing, and reading surveys costs a pass over their answers */
    EvidenceLookup(Function<String, Optional<EvidenceEntry>> entries, Supplier<List<SurveyEvidence>> surveys) {
        this.entries = entries;
        this.surveySource = surveys;
    }

    /** Cites the reference; false when it names nothing any more (withdrawn, deleted, or a survey outside the period). */
    boolean cite(String reference, Citations citations) {
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
        Optional<EvidenceEntry> entry = entries.apply(reference);
        entry.ifPresent(citations::cite);
        return entry.isPresent();
    }
}
