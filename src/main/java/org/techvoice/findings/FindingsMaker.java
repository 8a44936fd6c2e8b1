package org.techvoice.findings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.techvoice.actionlibrary.ActionTemplate;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.Finding;
import org.techvoice.draft.Finding.DepartmentCount;
import org.techvoice.draft.Finding.Kind;
import org.techvoice.draft.Finding.Quote;
import org.techvoice.draft.Finding.Status;
import org.techvoice.draft.Finding.SurveySignal;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.PlanFindings.Participation;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.document.ActivityEvidence;
import org.techvoice.draft.document.ActivityMatches;
import org.techvoice.draft.document.MatchCorrections;
import org.techvoice.findings.Clusters.Cluster;
import org.techvoice.findings.FindingTally.Unplaced;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

/**
 * Makes the findings of a period in one read of the evidence: voice entries and survey comments placed in library
 * topics (then what fitted none grouped), survey signals, Appendix A gaps (the draft's own gap analysis), each marked
 * covered when the plan already answers it and with the lead's decisions applied, and proposals for the open ones.
 * Pure: {@link FindingsEngine} gathers what it reads.
 */
final class FindingsMaker {

    private static final Map<Kind, Integer> KIND_ORDER = Map.of(Kind.CONCERN, 0, Kind.SURVEY_SIGNAL, 1, Kind.GAP, 2);

    /** What one review reads: the workspace's evidence walk, surveys, plan, technicians and the lead's decisions. */
    record Inputs(String teamId, LocalDate since, LocalDate asOf, int minimumGroupSize, Consumer<Consumer<EvidenceEntry>> entries,
            List<SurveyEvidence> surveys, List<ActionItem> actions, List<TechnicianProfile> technicians,
            Map<String, FindingDecisionRecord> decisions, Integer planMonths) {

        /** With the horizon of the setting {@code techvoice.findings.plan-months}. */
        Inputs(String teamId, LocalDate since, LocalDate asOf, int minimumGroupSize, Consumer<Consumer<EvidenceEntry>> entries,
                List<SurveyEvidence> surveys, List<ActionItem> actions, List<TechnicianProfile> technicians,
                Map<String, FindingDecisionRecord> decisions) {
            this(teamId, since, asOf, minimumGroupSize, entries, surveys, actions, technicians, decisions, null);
        }
    }

    private final TopicBank bank;
    private final ThemeCatalogue catalogue;
    private final ActivityMatcher matcher;
    private final FindingsProperties properties;
    private final int gapAnalysisEntries;
    private final FindingReferences references;
    /** for a workspace, the Appendix A activities an entry evidences: the draft's own gap analysis's matching */
    private final Function<String, Function<EvidenceEntry, ? extends Collection<String>>> entryActivities;

    /** Matching entries to Appendix A activities by the rules alone (tests without the model or a lead's corrections). */
    FindingsMaker(TopicBank bank, ThemeCatalogue catalogue, ActivityMatcher matcher, FindingsProperties properties, int gapAnalysisEntries) {
        this(bank, catalogue, matcher, properties, gapAnalysisEntries,
                team -> ActivityMatches.matching(matcher, null, MatchCorrections.Dropped.NONE));
    }

    FindingsMaker(TopicBank bank, ThemeCatalogue catalogue, ActivityMatcher matcher, FindingsProperties properties, int gapAnalysisEntries,
            Function<String, Function<EvidenceEntry, ? extends Collection<String>>> entryActivities) {
        this.entryActivities = entryActivities;
        this.bank = bank;
        this.catalogue = catalogue;
        this.matcher = matcher;
        this.properties = properties;
        this.gapAnalysisEntries = gapAnalysisEntries;
        this.references = new FindingReferences(bank, catalogue);
    }

    FindingReferences references() {
        return references;
    }

    /** Reads the evidence walk and the surveys of the inputs and makes the findings: {@link #start}, every entry, {@link Run#finish}. */
    PlanFindings make(Inputs inputs) {
        Run run = start(new Reading(inputs.teamId(), inputs.since(), inputs.asOf(), inputs.minimumGroupSize(), inputs.actions(),
                inputs.technicians(), inputs.decisions(), inputs.planMonths()), null);
        inputs.entries().accept(run);
        return run.finish(inputs.surveys());
    }

    /** What a making of findings reads besides the evidence: the workspace, the period, the plan, the technicians and the decisions. */
    /** @param planMonths the plan's length from the lead's stage, or null for the setting's */
    record Reading(String teamId, LocalDate since, LocalDate asOf, int minimumGroupSize, List<ActionItem> actions,
            List<TechnicianProfile> technicians, Map<String, FindingDecisionRecord> decisions, Integer planMonths) {
    }

    /**
     * Starts making findings from evidence fed as it streams past, so that a caller that reads the evidence anyway (the
     * draft) reads it once for both: give it every entry, then {@link Run#finish} with the surveys.
     */
    Run start(Reading reading, ActivityEvidence appendixA) {
        return new Run(reading, appendixA);
    }

    /** One making of findings: a consumer of the period's entries, finished with its surveys. */
    final class Run implements Consumer<EvidenceEntry> {

        private final Reading reading;
        private final Map<String, String> departments = new HashMap<>();
        private final Map<String, Long> departmentSizes = new HashMap<>();
        private final Map<String, Set<String>> actionsByEvidence = new HashMap<>();
        private final FindingTally tally;
        private final ActivityEvidence activities;
        /** false when the caller's Appendix A evidence is used: the caller feeds it */
        private final boolean feedsActivities;

        /** @param appendixA the caller's Appendix A evidence of the same entries, sample size and seed, or null to keep one */
        private Run(Reading reading, ActivityEvidence appendixA) {
            this.reading = reading;
            for (TechnicianProfile technician : reading.technicians()) {
                if (technician.department() != null && !technician.department().isBlank()) {
                    departments.put(technician.userId(), technician.department().strip());
                    departmentSizes.merge(technician.department().strip(), 1L, Long::sum);
                }
            }
            for (ActionItem action : reading.actions()) {
                action.evidenceReferences().forEach(ref -> actionsByEvidence.computeIfAbsent(ref, r -> new HashSet<>()).add(action.reference()));
            }
            long seed = reading.teamId().hashCode();
            this.tally = new FindingTally(bank, properties, seed, departments, actionsByEvidence);
            this.feedsActivities = appendixA == null;
            this.activities = appendixA != null ? appendixA : new ActivityEvidence(entryActivities.apply(reading.teamId()), gapAnalysisEntries, seed);
        }

        @Override
        public void accept(EvidenceEntry entry) {
            if (feedsActivities) {
                activities.accept(entry);
            }
            Said said = EvidenceReading.voice(entry);
            if (said != null) {
                tally.accept(said);
            }
        }

        /** The findings, once every entry has been given, from these surveys of the period. */
        PlanFindings finish(List<SurveyEvidence> surveys) {
            return FindingsMaker.this.finish(reading, tally, activities, departments, departmentSizes, actionsByEvidence, surveys);
        }
    }

    private PlanFindings finish(Reading reading, FindingTally tally, ActivityEvidence activities, Map<String, String> departments,
            Map<String, Long> departmentSizes, Map<String, Set<String>> actionsByEvidence, List<SurveyEvidence> periodSurveys) {
        LocalDate since = reading.since();
        LocalDate asOf = reading.asOf();
        int minimum = reading.minimumGroupSize();
        // the lead's stage sets the horizon (24 or 36 months, or their own); the setting is the default
        LocalDate horizon = asOf.plusMonths(reading.planMonths() != null ? reading.planMonths() : properties.planMonths());
        List<ActionItem> actions = reading.actions();
        List<SurveyEvidence> surveys = periodSurveys.stream().sorted(Comparator.comparing(SurveyEvidence::opensOn)).toList();
        surveys.forEach(survey -> EvidenceReading.comments(survey).forEach(tally));

        Context context = new Context(minimum, departmentSizes, departments);
        List<Made> made = new ArrayList<>();
        tally.topics().forEach((index, group) -> {
            ActionTemplate template = bank.template(index);
            String activity = template.activityIds().isEmpty() ? null : template.activityIds().get(0);
            made.add(new Made(concern(references.topic(index), template.themes(), template.topic(), group, activity, template.id(), context),
                    group, index));
        });
        long ungrouped = tally.unplacedWithoutVector();
        if (bank.modelReady()) {
            List<Unplaced> unplaced = tally.unplaced();
            List<Cluster> clusters = Clusters.of(unplaced, properties.clusterSample(), properties.clusterThreshold());
            long clustered = clusters.stream().mapToLong(c -> c.members().size()).sum();
            ungrouped += unplaced.size() - clustered;
            made.addAll(groups(clusters, tally, departments, actionsByEvidence, context));
        } else {
            ungrouped += tally.unplaced().size();
        }
        Map<Integer, SurveySignal> baselines = baselines(surveys);
        for (SurveySignals.Rated rated : SurveySignals.signals(surveys, properties.lowAgreementPercent(), properties.fallPoints())) {
            made.add(new Made(signal(rated), null, measuring(rated.questionKey(), rated.theme())));
        }
        for (ExampleActivity activity : catalogue.activities()) {
            if (activities.hits(activity.id()).count() == 0) {
                made.add(new Made(gap(activity), null, -1));
            }
        }

        Map<String, FindingDecisionRecord> decided = reading.decisions();
        Map<Integer, Set<String>> actionsByTemplate = actionsByTemplate(actions);
        ProposalMaker maker = new ProposalMaker(bank, asOf, horizon, minimum, baselines);
        List<Finding> findings = new ArrayList<>();
        List<ProposedAction> proposals = new ArrayList<>();
        Set<Integer> proposed = new HashSet<>();
        for (Made m : made) {
            List<Integer> templates = templatesFor(m, proposed);
            Finding finding = status(m, templates, actions, actionsByEvidence, actionsByTemplate, decided);
            findings.add(finding);
            if (finding.status() == Status.OPEN) {
                List<Integer> notInPlan = notInPlan(templates, actionsByTemplate);
                proposals.addAll(maker.propose(finding, notInPlan, null));
                proposed.addAll(notInPlan);
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.mainTheme().ordinal())
                .thenComparing(f -> KIND_ORDER.get(f.kind()))
                .thenComparing(Comparator.comparingLong(Finding::entryCount).reversed())
                .thenComparing(Finding::reference));
        return new PlanFindings(since, asOf, horizon, minimum, tally.modelUsed(), findings, proposals,
                participation(tally, minimum, departmentSizes), ungrouped);
    }

    /** A finding being made, with what its proposals are matched from. */
    private record Made(Finding finding, EvidenceGroup group, int template) {
    }

    private record Context(int minimum, Map<String, Long> departmentSizes, Map<String, String> departments) {

        boolean departmentShown(String department) {
            return department != null && departmentSizes.getOrDefault(department, 0L) >= minimum;
        }
    }

    private Finding concern(String reference, List<Theme> themes, String title, EvidenceGroup group, String activityId,
            String templateId, Context context) {
        long count = group.count();
        boolean countShown = count >= context.minimum();
        List<DepartmentCount> split = new ArrayList<>();
        if (countShown) {
            group.peopleByDepartment().forEach((department, people) -> {
                if (people.size() >= context.minimum() && context.departmentShown(department)) {
                    split.add(new DepartmentCount(department, people.size()));
                }
            });
            split.sort(Comparator.comparingLong(DepartmentCount::people).reversed().thenComparing(DepartmentCount::department));
        }
        List<Quote> quotes = group.quotes().sorted(Said.OLDEST_FIRST).stream()
                .map(said -> new Quote(said.text(), said.reference(), said.date(), said.anonymous(),
                        said.anonymous() ? null : department(said, context)))
                .toList();
        int months = group.first() == null ? 0
                : (int) ChronoUnit.MONTHS.between(YearMonth.from(group.first()), YearMonth.from(group.last())) + 1;
        return new Finding(reference, Kind.CONCERN, ActionOrigin.VOICE, themes, title, count, countShown, group.first(), group.last(),
                months, quotes, group.references(), split, group.methods(), null, activityId, templateId, Status.OPEN, List.of(), null);
    }

    /** An attributed author's department, only when the department is at or above the minimum group size. */
    private static String department(Said said, Context context) {
        String department = context.departments().get(said.authorUserId());
        return context.departmentShown(department) ? department : null;
    }

    private List<Made> groups(List<Cluster> clusters, FindingTally tally, Map<String, String> departments,
            Map<String, Set<String>> actionsByEvidence, Context context) {
        Map<String, List<Cluster>> byActivity = new TreeMap<>();
        Map<Cluster, ExampleActivity> nearest = new LinkedHashMap<>();
        for (Cluster cluster : clusters) {
            ExampleActivity activity = bank.nearestActivity(cluster.centroid());
            nearest.put(cluster, activity);
            byActivity.computeIfAbsent(activity.id(), id -> new ArrayList<>()).add(cluster);
        }
        List<Made> made = new ArrayList<>();
        byActivity.forEach((activityId, group) -> {
            group.sort(Comparator.comparingInt((Cluster c) -> c.members().size()).reversed()
                    .thenComparing(c -> c.members().get(0).said().key()));
            int rank = 0;
            for (Cluster cluster : group) {
                rank++;
                ExampleActivity activity = nearest.get(cluster);
                EvidenceGroup evidence = new EvidenceGroup(properties.quotesPerFinding(), properties.referencesPerFinding(),
                        tally.seed() + 1000 + rank);
                for (Unplaced member : cluster.members()) {
                    Said said = member.said();
                    evidence.add(said, member.method(), member.vector(), said.anonymous() ? null : departments.get(said.authorUserId()),
                            actionsByEvidence.get(said.reference()));
                }
                made.add(new Made(concern(FindingReferences.group(activityId, rank), List.of(activity.theme()), activity.text(), evidence,
                        activityId, null, context), evidence, -1));
            }
        });
        return made;
    }

    private static Finding signal(SurveySignals.Rated rated) {
        SurveySignal signal = rated.signal();
        List<String> evidence = new ArrayList<>(List.of(signal.questionReference()));
        if (signal.previous() != null) {
            evidence.add(signal.previous().questionReference());
        }
        Theme theme = rated.theme() == null ? Theme.EVALUATING_IMPACT : rated.theme();
        return new Finding(FindingReferences.signal(signal.questionReference()), Kind.SURVEY_SIGNAL, ActionOrigin.SURVEY, List.of(theme),
                signal.question(), 0, true, signal.surveyDate(), signal.surveyDate(), 1, List.of(), evidence, List.of(), Map.of(), signal,
                null, null, Status.OPEN, List.of(), null);
    }

    private static Finding gap(ExampleActivity activity) {
        return new Finding(FindingReferences.gap(activity.id()), Kind.GAP, ActionOrigin.GAP, List.of(activity.theme()), activity.text(), 0,
                true, null, null, 0, List.of(), List.of(activity.id()), List.of(), Map.of(), null, activity.id(), null, Status.OPEN,
                List.of(), null);
    }

    /** The finding's best templates, best first, at most the proposals per finding. */
    /** @param proposed templates already proposed for what technicians said: a gap is not given the same action again */
    private List<Integer> templatesFor(Made made, Set<Integer> proposed) {
        Finding finding = made.finding();
        int limit = properties.proposalsPerFinding();
        List<Integer> chosen = new ArrayList<>();
        switch (finding.kind()) {
            case CONCERN -> {
                if (made.template() >= 0) {
                    chosen.add(made.template());
                }
                double[] centroid = made.group() == null ? null : made.group().centroid();
                if (centroid != null && bank.modelReady()) {
                    for (TopicBank.Ranked ranked : bank.ranked(centroid, finding.mainTheme())) {
                        if (chosen.size() >= limit) {
                            break;
                        }
                        boolean sameTheme = bank.template(ranked.template()).serves(finding.mainTheme());
                        if (!chosen.contains(ranked.template()) && sameTheme && ranked.similarity() >= properties.topicThreshold()) {
                            chosen.add(ranked.template());
                        }
                    }
                }
                if (chosen.isEmpty() && finding.activityId() != null) {
                    bank.templates().stream().filter(t -> t.activityIds().contains(finding.activityId())).findFirst()
                            .ifPresent(t -> chosen.add(bank.indexOf(t.id())));
                }
            }
            case SURVEY_SIGNAL -> {
                int best = made.template() >= 0 ? made.template() : bestFor(finding.signal().question(), finding.mainTheme());
                if (best >= 0) {
                    chosen.add(best);
                }
            }
            case GAP -> bank.templates().stream()
                    .filter(t -> t.activityIds().contains(finding.activityId()) && !proposed.contains(bank.indexOf(t.id())))
                    .sorted(Comparator.comparing((ActionTemplate t) -> t.mainTheme() != finding.mainTheme())
                            .thenComparingInt(t -> t.activityIds().indexOf(finding.activityId()))
                            .thenComparingInt(t -> t.activityIds().size()))
                    .limit(1)
                    .forEach(t -> chosen.add(bank.indexOf(t.id())));
        }
        return chosen.size() > limit ? chosen.subList(0, limit) : chosen;
    }

    /**
     * The template a survey question speaks to (the keyword rules, else the theme's first template). Questions have no
     * stored vector and nothing is embedded while a draft waits.
     */
    private int bestFor(String text, Theme theme) {
        int keyword = bank.keywordTopic(text, theme == null ? Set.of() : Set.of(theme));
        if (keyword >= 0) {
            return keyword;
        }
        for (int i = 0; i < bank.templates().size(); i++) {
            if (bank.template(i).mainTheme() == theme) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The template a standard question measures (the library's {@code measuredBy}): of those listing its key, the first
     * whose main theme is the question's, else the first serving it, else the first; -1 for a question the lead wrote, or
     * one no template lists, which the keyword rules then match.
     */
    private int measuring(String questionKey, Theme theme) {
        if (questionKey == null) {
            return -1;
        }
        List<ActionTemplate> listing = bank.templates().stream().filter(t -> t.measuredBy().contains(questionKey)).toList();
        return listing.stream().filter(t -> t.mainTheme() == theme).findFirst()
                .or(() -> listing.stream().filter(t -> t.serves(theme)).findFirst())
                .or(() -> listing.stream().findFirst())
                .map(t -> bank.indexOf(t.id())).orElse(-1);
    }

    /**
     * For each template, the latest figure of the rating question that measures it, to be a success measure's baseline:
     * a standard question the library names for it ({@code measuredBy}, the first it lists with a figure), else the
     * question nearest it by the keyword rules.
     */
    private Map<Integer, SurveySignal> baselines(List<SurveyEvidence> surveys) {
        Map<Integer, SurveySignal> baselines = new HashMap<>();
        Map<Integer, Integer> rank = new HashMap<>();
        List<SurveySignals.Rated> latest = SurveySignals.latestRatings(surveys);
        for (SurveySignals.Rated rated : latest) {
            if (rated.questionKey() == null) {
                continue;
            }
            for (int t = 0; t < bank.templates().size(); t++) {
                int position = bank.template(t).measuredBy().indexOf(rated.questionKey());
                if (position >= 0 && position < rank.getOrDefault(t, Integer.MAX_VALUE)) {
                    baselines.put(t, rated.signal());
                    rank.put(t, position);
                }
            }
        }
        for (SurveySignals.Rated rated : latest) {
            String question = rated.signal().question();
            // questions have no stored vector and nothing is embedded while a draft waits: the keyword rules alone, so a
            // baseline is only ever a question that shares the template's words
            int template = bank.keywordTopic(question, rated.theme() == null ? Set.of() : Set.of(rated.theme()));
            if (template >= 0 && !rank.containsKey(template)) {
                baselines.put(template, rated.signal());
            }
        }
        return baselines;
    }

    /**
     * An open finding's templates less the further ones the plan already has an action from (an accepted proposal of
     * another finding, say): proposing those again would put the same action in the plan twice. Its first template is
     * never in the plan, or the finding would be covered.
     */
    private static List<Integer> notInPlan(List<Integer> templates, Map<Integer, Set<String>> actionsByTemplate) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            if (i == 0 || !actionsByTemplate.containsKey(templates.get(i))) {
                kept.add(templates.get(i));
            }
        }
        return kept;
    }

    /** The template each action of the plan is nearest to, for "already covered by similar text". */
    private Map<Integer, Set<String>> actionsByTemplate(List<ActionItem> actions) {
        Map<Integer, Set<String>> byTemplate = new HashMap<>();
        for (ActionItem action : actions) {
            String text = action.description();
            // the plan's actions have no stored vector and nothing is embedded while a draft waits: the keyword rules
            int template = bank.keywordTopic(text, action.themes());
            if (template >= 0) {
                byTemplate.computeIfAbsent(template, t -> new HashSet<>()).add(action.reference());
            }
        }
        return byTemplate;
    }

    private Finding status(Made made, List<Integer> templates, List<ActionItem> actions, Map<String, Set<String>> actionsByEvidence,
            Map<Integer, Set<String>> actionsByTemplate, Map<String, FindingDecisionRecord> decided) {
        Finding finding = made.finding();
        FindingDecisionRecord decision = decided.get(finding.reference());
        if (decision != null && decision.accepted()) {
            return finding.withStatus(Status.ACCEPTED, decision.actionReference() == null ? List.of() : List.of(decision.actionReference()), null);
        }
        Set<String> covering = new java.util.TreeSet<>();
        for (ActionItem action : actions) {
            if (action.findingReferences().contains(finding.reference())) {
                covering.add(action.reference());
            }
        }
        if (made.group() != null) {
            covering.addAll(made.group().linkedActions());
        }
        if (finding.signal() != null) {
            covering.addAll(actionsByEvidence.getOrDefault(finding.signal().questionReference(), Set.of()));
        }
        if (finding.kind() != Kind.GAP && !templates.isEmpty()) {
            covering.addAll(actionsByTemplate.getOrDefault(templates.get(0), Set.of()));
        }
        if (finding.kind() == Kind.GAP) {
            for (ActionItem action : actions) {
                if (matcher.matchingActivities(action.description()).contains(finding.activityId())) {
                    covering.add(action.reference());
                }
            }
        }
        if (!covering.isEmpty()) {
            return finding.withStatus(Status.COVERED, List.copyOf(covering), null);
        }
        if (decision != null && !grewSince(finding, decision)) {
            return finding.withStatus(Status.DISMISSED, List.of(), decision.reason());
        }
        return finding;
    }

    /** New evidence added to a dismissed finding: more entries, a later entry, or a later survey. */
    static boolean grewSince(Finding finding, FindingDecisionRecord decision) {
        if (finding.entryCount() > decision.entryCount()) {
            return true;
        }
        return finding.lastDay() != null && (decision.lastDay() == null || finding.lastDay().isAfter(decision.lastDay()));
    }

    private static Participation participation(FindingTally tally, int minimum, Map<String, Long> departmentSizes) {
        long contributors = tally.attributedPeople().size();
        List<DepartmentCount> departments = new ArrayList<>();
        tally.peopleByDepartment().forEach((department, people) -> {
            if (people.size() >= minimum && departmentSizes.getOrDefault(department, 0L) >= minimum) {
                departments.add(new DepartmentCount(department, people.size()));
            }
        });
        departments.sort(Comparator.comparingLong(DepartmentCount::people).reversed().thenComparing(DepartmentCount::department));
        return new Participation(tally.voiceEntries(), tally.surveyComments(), contributors >= minimum ? contributors : 0,
                contributors >= minimum, departments);
    }
}
