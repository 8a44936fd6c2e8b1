package org.techvoice.draft.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;

/**
 * Checks that a reference names real evidence of the workspace, asking whichever features implement the
 * draft's ports (none, one or several: voice and surveys are separate features).
 */
@Component
class EvidenceReferences {

    /** Surveys are looked up from the beginning: an action may cite a survey from before the last draft. */
    private static final LocalDate EVER = LocalDate.EPOCH;

    private final ObjectProvider<EntryEvidenceSource> entries;
    private final ObjectProvider<SurveyEvidenceSource> surveys;

    EvidenceReferences(ObjectProvider<EntryEvidenceSource> entries, ObjectProvider<SurveyEvidenceSource> surveys) {
        this.entries = entries;
        this.surveys = surveys;
    }

    /** The references, of those given, that name nothing in this workspace. */
    List<String> unknown(String teamId, List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        List<SurveyEvidence> known = surveys.orderedStream().flatMap(s -> s.surveys(teamId, EVER).stream()).toList();
        return references.stream().filter(ref -> !exists(teamId, ref, known)).toList();
    }

    private boolean exists(String teamId, String reference, List<SurveyEvidence> knownSurveys) {
        boolean isEntry = entries.orderedStream()
                .map(source -> source.byReference(teamId, reference))
                .flatMap(Optional::stream)
                .findFirst()
                .isPresent();
        return isEntry || knownSurveys.stream().anyMatch(survey -> names(survey, reference));
    }

    private static boolean names(SurveyEvidence survey, String reference) {
        return equalsIgnoreCase(survey.reference(), reference)
                || survey.questions().stream().anyMatch(q -> equalsIgnoreCase(q.reference(), reference));
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return Objects.nonNull(a) && a.equalsIgnoreCase(b);
    }
}
