package org.techvoice.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.FindingsSource;
import org.techvoice.draft.document.ActivityEvidence;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.actionplan.ActionOrigin;

/** The draft's and the action plan's way to the findings. */
@Component
class FindingsPort implements FindingsSource {

    private final PlanReviewService reviews;
    private final FindingsEngine engine;

    FindingsPort(PlanReviewService reviews, FindingsEngine engine) {
        this.reviews = reviews;
        this.engine = engine;
    }

    @Override
    public PlanFindings findings(String teamId, LocalDate since, LocalDate asOf) {
        return reviews.findings(teamId, since, asOf);
    }

    @Override
    public Collector collect(String teamId, LocalDate since, LocalDate asOf) {
        return collect(teamId, since, asOf, null);
    }

    @Override
    public Collector collect(String teamId, LocalDate since, LocalDate asOf, ActivityEvidence appendixA) {
        FindingsMaker.Run run = engine.start(teamId, since, asOf, appendixA);
        return new Collector() {
            @Override
            public void accept(EvidenceEntry entry) {
                run.accept(entry);
            }

            @Override
            public PlanFindings finish(List<SurveyEvidence> surveys) {
                return run.finish(surveys);
            }
        };
    }

    @Override
    public Optional<ActionOrigin> originOf(String teamId, String findingReference) {
        return engine.references().origin(findingReference);
    }
}
