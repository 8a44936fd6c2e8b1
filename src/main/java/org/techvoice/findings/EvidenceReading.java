package org.techvoice.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.understanding.Embedding;

/** Turns the draft's evidence records into what findings read, in one place. */
final class EvidenceReading {

    static final String FREE_TEXT = "free text";

    private EvidenceReading() {
    }

    /** A voice entry with something said, or null for other entries. */
    static Said voice(EvidenceEntry entry) {
        if (entry.kind() != EvidenceEntry.Kind.VOICE || entry.text() == null || entry.text().isBlank()) {
            return null;
        }
        return new Said(entry.reference(), entry.reference(), entry.text().strip(), embedding(entry), entry.themes(),
                entry.authorUserId(), entry.date(), true, entry.placement());
    }

    /** The stored vector of an entry, or null while the embedding job has not reached it. */
    static Embedding embedding(EvidenceEntry entry) {
        return entry.embedding();
    }

    /** The free-text answers of a survey's questions that may be quoted (none from a suppressed question). */
    static List<Said> comments(SurveyEvidence survey) {
        List<Said> said = new ArrayList<>();
        for (QuestionEvidence question : survey.questions()) {
            if (question.suppressed() || question.comments().isEmpty()) {
                continue;
            }
            Set<org.techvoice.themes.Theme> themes = question.theme() == null ? Set.of() : Set.of(question.theme());
            int index = 0;
            for (SurveyEvidence.Comment comment : question.comments()) {
                index++;
                if (comment.text().isBlank()) {
                    continue;
                }
                said.add(new Said(question.reference(), question.reference() + "#" + index, comment.text().strip(), comment.embedding(), themes, null,
                        survey.closesOn() == null ? survey.opensOn() : survey.closesOn(), false, comment.placement()));
            }
        }
        return said;
    }
}
