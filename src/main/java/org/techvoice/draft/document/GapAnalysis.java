package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

/** Appendix A gap analysis: for each theme, which of the form's example activities have evidence and which have none. */
@Component
class GapAnalysis {

    static final String HEADING = "Appendix A: Gap analysis against the example activities";
    /** "A mechanism for celebrating technician achievements across the organisation" */
    static final String CELEBRATING_ACHIEVEMENTS = "VIS-7";
    /** "A vibrant 'Technician Network'" */
    static final String TECHNICIAN_NETWORK = "VIS-9";

    private final ThemeCatalogue catalogue;
    private final ActivityMatches matches;

    private final DraftProperties properties;

    GapAnalysis(ThemeCatalogue catalogue, ActivityMatches matches, DraftProperties properties) {
        this.catalogue = catalogue;
        this.matches = matches;
        this.properties = properties;
    }

    /** Collects, as the entries stream past, which activities each entry speaks to (rules and model, less the lead's corrections). */
    ActivityEvidence collector(String teamId, long seed) {
        return new ActivityEvidence(matches.forTeam(teamId), properties.gapAnalysisEntries(), seed);
    }

    Result result(String teamId, ActivityEvidence evidence, EvidenceTally tally, List<ActionItem> actions, ProfileDetails profile,
            Citations citations, int surveys) {
        Result result = result(evidence, tally, actions, profile, citations, matches.dropped(teamId));
        if (surveys == 0) {
            return result;
        }
        // TechVoice's surveys are a mechanism too, but of the theme Appendix A has no examples for: say so rather than
        // count them where they show nothing
        List<Block> blocks = new ArrayList<>(result.section().blocks());
        blocks.add(2, new Paragraph("TechVoice's " + Words.count(surveys, "survey") + " of technicians in the period "
                + (surveys == 1 ? "evidences" : "evidence") + " Evaluating Impact, which Appendix A gives no example activities for; "
                + "the technician voice section reports " + (surveys == 1 ? "it." : "them."), false));
        return new Result(new Section(result.section().heading(), blocks, result.section().layout()), result.withEvidence(), result.total());
    }

    /**
     * @param tally   what TechVoice itself did in the period: its celebrations are a mechanism for celebrating
     *                technicians' achievements (VIS-7), posted in the network's channel (VIS-9), whatever the entries' words say
     * @param dropped the matches the lead marked wrong: left out wherever they come from
     */
    Result result(ActivityEvidence evidence, EvidenceTally tally, List<ActionItem> actions, ProfileDetails profile,
            Citations citations, MatchCorrections.Dropped dropped) {
        // what the lead wrote in the profile is the organisation's own account of what is in place: it counts
        Map<String, List<String>> described = new TreeMap<>();
        profileAnswer(described, "organisation profile", profile.profile());
        profileAnswer(described, "definition of technicians", profile.technicianDefinition());
        profileAnswer(described, "number and structure of technicians", profile.technicianNumbers());
        profileAnswer(described, "initiatives before signing", profile.initiativesBefore());
        profileAnswer(described, "cross-references", profile.crossReferences());
        // an action done is the institution's own activity in place: it counts; any other is a plan, named beside the
        // activity but not yet evidence. Actions have no stored vector, so the rules match them.
        Map<String, List<String>> done = new TreeMap<>();
        Map<String, List<String>> planned = new TreeMap<>();
        for (ActionItem action : actions) {
            String words = action.description() + "\n" + (action.successMeasure() == null ? "" : action.successMeasure());
            for (String id : matches.ofText(words)) {
                if (!dropped.dropped(id, action.reference())) {
                    (action.status() == ActionStatus.DONE ? done : planned).computeIfAbsent(id, key -> new ArrayList<>()).add(action.reference());
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        int total = 0;
        int withEvidence = 0;
        List<Block> themes = new ArrayList<>();
        String none = evidence.sampled() ? "None found in the sample" : "None yet";
        for (Theme theme : Theme.values()) {
            List<ExampleActivity> activities = catalogue.activities(theme);
            if (activities.isEmpty()) {
                continue;
            }
            themes.add(new SubHeading(theme.displayName()));
            List<List<String>> rows = new ArrayList<>();
            for (ExampleActivity activity : activities) {
                ActivityEvidence.Hits hits = evidence.hits(activity.id());
                String mechanism = mechanism(activity, tally, citations, dropped);
                List<String> actionsDone = done.getOrDefault(activity.id(), List.of());
                if (!actionsDone.isEmpty()) {
                    String completed = (actionsDone.size() == 1 ? "Action " : "Actions ") + String.join(", ", actionsDone) + " done";
                    mechanism = mechanism == null ? completed : mechanism + "; " + completed;
                }
                List<String> inProfile = dropped.dropped(activity.id(), MatchCorrection.Mechanism.PROFILE) ? List.of()
                        : described.getOrDefault(activity.id(), List.of());
                if (!inProfile.isEmpty()) {
                    String stated = "Profile (" + String.join(", ", inProfile) + ")";
                    mechanism = mechanism == null ? stated : mechanism + "; " + stated;
                }
                total++;
                if (hits.count() > 0 || mechanism != null) {
                    withEvidence++;
                }
                String found = hits.count() > 0 ? "Yes (" + Words.count(hits.count(), "entry", "entries") + ")"
                        : mechanism != null ? "Yes" : none;
                String examples = examples(hits, citations);
                if (mechanism != null) {
                    examples = examples.isEmpty() ? mechanism : mechanism + "; " + examples;
                }
                List<String> plannedBy = planned.getOrDefault(activity.id(), List.of());
                if (!plannedBy.isEmpty()) {
                    String plan = "Action plan: " + String.join(", ", plannedBy);
                    examples = examples.isEmpty() ? plan : examples + "; " + plan;
                }
                rows.add(List.of(activity.text(), found, examples));
            }
            themes.add(new Table(List.of("Example activity", "Evidence", "For example"), rows));
        }
        blocks.add(new Paragraph(withEvidence + " of the form's " + total + " example activities " + (withEvidence == 1 ? "has" : "have")
                + " evidence in TechVoice. "
                + "Activities with none are candidates for the action plan, or may be happening without being logged.", false));
        String matched = evidence.sampled()
                ? "Matched against an even random sample of " + evidence.matched() + " of the " + evidence.seen()
                        + " contributions and achievements in the period; counts are within the sample."
                : "Matched against " + (evidence.seen() == 1 ? "the one contribution or achievement"
                        : "all " + evidence.seen() + " contributions and achievements") + " in the period.";
        String how = matches.byMeaning() ? " Entries are matched by their words and, once the language model has read them, by "
                + "their meaning." : " Entries are matched by their words.";
        blocks.add(new Paragraph(matched + how + " Voice entries are views, "
                + "not activities, and are not counted. TechVoice's own celebrations count as a mechanism for celebrating "
                + "achievements and, posted in the network's channel, as part of the Technician Network; what the organisation "
                + "profile describes as in place and the plan's actions already done count too. Actions still to do are named "
                + "beside the activity they address, but a plan is not yet evidence."
                // every mark of the workspace, whether or not its evidence falls in this period: what the lead decided, said plainly
                + (dropped.keys().isEmpty() ? "" : " The lead marked " + Words.count(dropped.keys().size(), "match", "matches")
                        + " as not showing the activity; " + (dropped.keys().size() == 1 ? "it is" : "they are") + " left out."), false));
        blocks.addAll(themes);
        return new Result(new Section(HEADING, blocks), withEvidence, total);
    }

    private void profileAnswer(Map<String, List<String>> described, String answer, String text) {
        if (text != null) {
            for (String id : matches.ofText(text)) {
                described.computeIfAbsent(id, key -> new ArrayList<>()).add(answer);
            }
        }
    }

    /** TechVoice's own part in an activity, or null when it has none. */
    private static String mechanism(ExampleActivity activity, EvidenceTally tally, Citations citations, MatchCorrections.Dropped dropped) {
        if (tally.celebrated() == 0) {
            return null;
        }
        String cited = tally.firstCelebrated().stream().map(citations::cite).collect(Collectors.joining(", "))
                + (tally.celebrated() > tally.firstCelebrated().size() ? ", \u2026" : "");
        if (CELEBRATING_ACHIEVEMENTS.equals(activity.id()) && !dropped.dropped(activity.id(), MatchCorrection.Mechanism.CELEBRATIONS)) {
            return "TechVoice celebrations: " + Words.count(tally.celebrated(), "achievement") + " celebrated in the "
                    + "technician network channel (" + cited + ")";
        }
        if (TECHNICIAN_NETWORK.equals(activity.id()) && !dropped.dropped(activity.id(), MatchCorrection.Mechanism.CHANNEL)) {
            return "TechVoice network channel: " + Words.count(tally.celebrated(), "celebration") + " posted for the network ("
                    + cited + ")";
        }
        return null;
    }

    private static String examples(ActivityEvidence.Hits hits, Citations citations) {
        if (hits.count() == 0) {
            return "";
        }
        String shown = hits.examples().stream().map(citations::cite).collect(Collectors.joining(", "));
        long more = hits.count() - hits.examples().size();
        return more > 0 ? shown + " and " + more + " more" : shown;
    }

    record Result(Section section, int withEvidence, int total) {
    }

}
