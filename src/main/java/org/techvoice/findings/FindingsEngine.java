package org.techvoice.findings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.document.ActivityEvidence;
import org.techvoice.draft.document.ActivityMatches;
import org.techvoice.draft.document.DraftProperties;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.surveys.SurveyProperties;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.ThemeCatalogue;

/** Gathers what a review reads (through the draft's evidence ports, the plan, the technicians, the decisions) for {@link FindingsMaker}. */
@Component
class FindingsEngine {

    private final ObjectProvider<EntryEvidenceSource> entrySources;
    private final ObjectProvider<SurveyEvidenceSource> surveySources;
    private final ActionPlanService actionPlan;
    private final PeopleService people;
    private final FindingDecisions decisions;
    private final SurveyProperties surveyProperties;
    private final FindingsMaker maker;
    private final ProfileService profiles;

    FindingsEngine(TopicBank bank, ThemeCatalogue catalogue, ActivityMatcher matcher, ObjectProvider<EntryEvidenceSource> entrySources,
            ObjectProvider<SurveyEvidenceSource> surveySources, ActionPlanService actionPlan, PeopleService people,
            FindingDecisions decisions, SurveyProperties surveyProperties, DraftProperties draftProperties, FindingsProperties properties,
            ProfileService profiles, ActivityMatches activityMatches) {
        this.profiles = profiles;
        this.entrySources = entrySources;
        this.surveySources = surveySources;
        this.actionPlan = actionPlan;
        this.people = people;
        this.decisions = decisions;
        this.surveyProperties = surveyProperties;
        // the gaps are the draft's own: rules and model, less what the lead marked wrong
        this.maker = new FindingsMaker(bank, catalogue, matcher, properties, draftProperties.gapAnalysisEntries(), activityMatches::forTeam);
    }

    FindingReferences references() {
        return maker.references();
    }

    /** Findings from evidence the caller reads and gives, entry by entry (the draft's own read). */
    FindingsMaker.Run start(String teamId, LocalDate since, LocalDate asOf, ActivityEvidence appendixA) {
        return maker.start(new FindingsMaker.Reading(teamId, since, asOf, surveyProperties.minimumGroupSize(), actionPlan.list(teamId),
                people.technicians(teamId), decisions.latest(teamId), planMonths(teamId)), appendixA);
    }

    PlanFindings compute(String teamId, LocalDate since, LocalDate asOf) {
        List<SurveyEvidence> surveys = surveySources.orderedStream().flatMap(source -> source.surveys(teamId, since).stream())
                .sorted(Comparator.comparing(SurveyEvidence::opensOn)).toList();
        return maker.make(new FindingsMaker.Inputs(teamId, since, asOf, surveyProperties.minimumGroupSize(),
                sink -> entrySources.orderedStream().forEach(source -> source.forEachEntry(teamId, since, sink)), surveys,
                actionPlan.list(teamId), people.technicians(teamId), decisions.latest(teamId),
                planMonths(teamId)));
    }

    private Integer planMonths(String teamId) {
        java.util.OptionalInt chosen = profiles.chosenPlanMonths(teamId);
        return chosen.isPresent() ? chosen.getAsInt() : null;
    }
}
