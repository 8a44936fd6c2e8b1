package org.techvoice.draft.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.FindingsSource;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.profile.CommitmentStage;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.draft.submission.KeyFigures.SurveyItem;
import org.techvoice.draft.submission.Submission;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.themes.Theme;

/**
 * Compiles the self-assessment draft of one workspace in the form's order, from the lead's profile and action
 * plan and from whatever the evidence features (voice, surveys) provide through the draft's ports.
 */
@Service
public class DraftCompiler {

    /** The ports take a date; "everything" is every entry since long before TechVoice existed. */
    static final LocalDate EVERYTHING = LocalDate.EPOCH;
    static final String SUBJECT = subject(CommitmentStage.FIRST);

    /** "Technician Commitment Stage 2 self-assessment and 36-month action plan"; Stage 1 reads as it always did. */
    static String subject(CommitmentStage stage) {
        return "Technician Commitment " + (stage.reflectsOnPreviousPlan() ? "Stage " + stage.stage() + " " : "")
                + "self-assessment and " + stage.planMonths() + "-month action plan";
    }

    private final ProfileService profiles;
    private final ActionPlanService actionPlan;
    private final PeopleService people;
    private final ObjectProvider<EntryEvidenceSource> entrySources;
    private final ObjectProvider<SurveyEvidenceSource> surveySources;
    private final ObjectProvider<FindingsSource> findingsSources;
    private final GapAnalysis gapAnalysis;
    private final ChartRenderer charts;
    private final DocxRenderer docx;
    private final MarkdownRenderer markdown;
    private final DraftProperties properties;
    private final Clock clock;
    private final SubmissionService submissions;
    private final KeyFiguresCollector keyFigures;

    DraftCompiler(ProfileService profiles, ActionPlanService actionPlan, PeopleService people,
            ObjectProvider<EntryEvidenceSource> entrySources, ObjectProvider<SurveyEvidenceSource> surveySources,
            ObjectProvider<FindingsSource> findingsSources, GapAnalysis gapAnalysis, ChartRenderer charts, DocxRenderer docx, MarkdownRenderer markdown,
            DraftProperties properties, Clock clock, SubmissionService submissions, KeyFiguresCollector keyFigures) {
        this.submissions = submissions;
        this.keyFigures = keyFigures;
        this.profiles = profiles;
        this.actionPlan = actionPlan;
        this.people = people;
        this.entrySources = entrySources;
        this.surveySources = surveySources;
        this.findingsSources = findingsSources;
        this.gapAnalysis = gapAnalysis;
        this.charts = charts;
        this.docx = docx;
        this.markdown = markdown;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param since first day of evidence; null means since the signatory date in the profile, or everything
     *              when the profile has none
     */
    public CompiledDraft compile(String teamId, LocalDate since) {
        LocalDate today = LocalDate.now(clock);
        ProfileDetails profile = profiles.current(teamId);
        CommitmentStage stage = profiles.stage(teamId);
        LocalDate from = since != null ? since : profile.signatoryDate();
        String period = from == null ? "up to " + Dates.format(today) : "from " + Dates.format(from) + " to " + Dates.format(today);
        LocalDate portSince = from == null ? EVERYTHING : from;

        // every sample (quotes, comments, the gap analysis beyond its limit) is seeded by the workspace, never by the
        // time: the same evidence gives the same draft, so a lead comparing two drafts sees only what changed
        long seed = teamId.hashCode();
        ActivityEvidence activities = gapAnalysis.collector(teamId, seed);
        EvidenceTally tally = new EvidenceTally(properties.itemsPerTheme(), properties.quotesPerTheme(), seed, activities);
        Participation participation = new Participation();
        // the findings are made from this same read of the evidence: reading 100,000 entries and every survey answer twice
        // would double the draft's largest cost; and their Appendix A gaps from the gap analysis's own matching, the same
        // entries, sample and seed, rather than every activity rule run over the same texts twice
        FindingsSource.Collector findingsCollector = findingsSources.orderedStream().findFirst()
                .map(source -> source.collect(teamId, portSince, today, activities)).orElse(null);
        // Stages 2 and 3 also count the period since the last submission: from this same read, and every survey read once
        StageContext stageContext = stage.reflectsOnPreviousPlan() ? stageContext(teamId, profile, today) : null;
        // Beside the entries' read and tallies, on threads of their own: the surveys and their answers (much of either read
        // is the database's work), and the findings, fed the same entries and then made with the surveys, done before
        // the voice section, the first to need them
        Beside<List<SurveyEvidence>> surveysRead = Beside.start("draft-surveys", () -> surveys(teamId, stageContext == null ? portSince : EVERYTHING));
        BesideFeed<EvidenceEntry, PlanFindings> findingsFeed = findingsCollector == null ? null : new BesideFeed<>("draft-findings",
                findingsCollector, () -> findingsCollector.finish(ofPeriod(surveysRead.result(), stageContext, portSince)));
        Consumer<EvidenceEntry> reader = findingsFeed == null ? tally.andThen(participation) : tally.andThen(participation).andThen(findingsFeed);
        try {
            readEntries(teamId, portSince, reader, stageContext);
        } catch (RuntimeException | Error e) {
            if (findingsFeed != null) {
                findingsFeed.abandon();
            }
            throw e;
        }
        // the Appendix A sample is complete: its matching, most of what the findings cost from here, starts at once
        Beside.start("draft-appendix-a", Executors.callable(activities::match));
        if (findingsFeed != null) {
            findingsFeed.end();
        }
        List<SurveyEvidence> read = surveysRead.result();
        List<SurveyEvidence> everySurvey = stageContext == null ? null : read;
        List<SurveyEvidence> surveys = ofPeriod(read, stageContext, portSince);
        List<ActionItem> actions = actionPlan.list(teamId);

        Citations citations = new Citations();
        // action-plan evidence may cite a survey from before the period: at the first citation, add those (only those: the
        // period's are read), when the period cuts some off
        EvidenceLookup lookup = new EvidenceLookup(references -> byReferences(teamId, references),
                () -> portSince.equals(EVERYTHING) ? surveys : everySurvey != null ? everySurvey : withEarlier(teamId, portSince, surveys));
        // the evidence the plan and the previous plan cite, read together: their sections cite it one reference at a time
        lookup.readAhead(Stream.concat(actions.stream().flatMap(action -> action.evidenceReferences().stream()),
                stageContext == null ? Stream.empty() : stageContext.previous().stream()
                        .flatMap(submission -> submission.actions().stream()).flatMap(action -> action.evidenceReferences().stream()))
                .toList());
        TechnicianRegister register = new TechnicianRegister(people.technicians(teamId), properties.minimumGroupSize());
        Function<EvidenceEntry, String> attribution = entry -> register.publishableDepartmentOf(entry.authorUserId())
                .map(department -> "Technician, " + department).orElse("Technician");

        List<Section> sections = new ArrayList<>();
        sections.add(ContextSections.header(profile, stage, period, Dates.format(today)));
        sections.add(ContextSections.profile(profile));
        sections.add(ContextSections.definition(profile));
        sections.add(ContextSections.numbers(profile, people.count(teamId)));
        sections.add(ContextSections.before(profile));
        List<ActionItem> newPlan = actions;
        if (stage.reflectsOnPreviousPlan()) {
            newPlan = stageSections(teamId, stageContext, everySurvey, today, actions, lookup, citations, sections);
        }
        sections.add(InitiativesSection.build(tally, period, citations, charts));
        sections.add(ActionPlanSection.build(newPlan, today, stage.planMonths(), lookup, citations));
        PlanFindings findings = findingsFeed == null ? null : findingsFeed.result();
        FindingWords words = new FindingWords(lookup, citations,
                findings == null ? properties.minimumGroupSize() : findings.minimumGroupSize());
        sections.add(VoiceSection.build(ParticipationSection.build(surveys, participation, period, citations,
                register::departmentOf, properties.minimumGroupSize()), surveys, tally, FindingsTrace.build(findings, actions, words),
                citations, charts, attribution, seed));
        sections.add(ContextSections.crossReferences(profile));
        sections.add(ContextSections.webPage(profile));
        sections.add(ContextSections.signOff(profile));
        GapAnalysis.Result gaps = gapAnalysis.result(teamId, activities, tally, actions, profile, citations, surveys.size());
        // built before the evidence appendix, so the references the proposals cite are listed there too
        Section proposals = ProposalsAppendix.build(findings, words);
        sections.add(gaps.section());
        lookup.citeRemaining(citations);
        sections.add(EvidenceAppendix.build(citations));
        sections.add(proposals);

        String organisation = profile.organisationName() == null ? "Your organisation" : profile.organisationName();
        String author = profile.organisationName() != null ? profile.organisationName()
                : profile.leadName() != null ? profile.leadName() : "Technician Commitment institutional lead";
        DraftDocument.Cover cover = new DraftDocument.Cover(organisation, author, subject(stage),
                "Draft for the institutional lead to review and edit", Dates.format(today));
        DraftDocument document = new DraftDocument(
                "Technician Commitment " + (stage.reflectsOnPreviousPlan() ? "Stage " + stage.stage() + " " : "")
                        + "self-assessment and action plan: " + organisation + " (draft)", cover, sections);
        DraftSummary summary = summary(organisation, from, today, profile, tally, surveys, actions, gaps,
                ProposalsAppendix.awaiting(findings).size());
        return new CompiledDraft(document, docx.render(document), markdown.render(document), summary,
                "technician-commitment-draft-" + today);
    }

    /**
     * One read of the entries: the draft's period for {@code reader} and, at Stages 2 and 3, the counting since the last
     * submission, which may start before the draft's period (a draft asked "since" a later day).
     */
    private void readEntries(String teamId, LocalDate portSince, Consumer<EvidenceEntry> reader, StageContext stageContext) {
        if (stageContext == null) {
            entrySources.orderedStream().forEach(source -> source.forEachEntry(teamId, portSince, reader));
            return;
        }
        KeyFiguresCollector.Counting counting = stageContext.sinceSubmission();
        LocalDate readFrom = counting.since().isBefore(portSince) ? counting.since() : portSince;
        Consumer<EvidenceEntry> inPeriod = readFrom.equals(portSince) ? reader : entry -> {
            if (!entry.date().isBefore(portSince)) {
                reader.accept(entry);
            }
        };
        Consumer<EvidenceEntry> both = inPeriod.andThen(counting);
        entrySources.orderedStream().forEach(source -> source.forEachEntry(teamId, readFrom, both));
    }

    /** The surveys of the draft's period, of those read: at Stages 2 and 3 every survey is read. */
    private static List<SurveyEvidence> ofPeriod(List<SurveyEvidence> read, StageContext stageContext, LocalDate portSince) {
        return stageContext == null ? read : opensFrom(read, portSince);
    }

    private static List<SurveyEvidence> opensFrom(List<SurveyEvidence> surveys, LocalDate from) {
        return from.equals(EVERYTHING) ? surveys : surveys.stream().filter(survey -> !survey.opensOn().isBefore(from)).toList();
    }

    /** What a Stage 2 or 3 draft knows before it reads the evidence: the submissions so far and the counting since the last. */
    private record StageContext(List<Submission> recorded, Optional<Submission> previous, KeyFiguresCollector.Counting sinceSubmission) {
    }

    private StageContext stageContext(String teamId, ProfileDetails profile, LocalDate today) {
        List<Submission> recorded = submissions.all(teamId).stream().filter(s -> !s.submittedOn().isAfter(today)).toList();
        Optional<Submission> previous = recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1));
        LocalDate nowFrom = previous.map(s -> s.submittedOn().plusDays(1)).orElse(profile.signatoryDate());
        return new StageContext(recorded, previous, keyFigures.counting(nowFrom, today));
    }

    /**
     * Stage 2 and 3: the reflection on the previous plan, the progress since its submission and the indicators over time.
     *
     * @param everySurvey every survey of the workspace, whatever its date
     * @return the actions of the new plan: the previous plan's done or dropped actions stay in the reflection
     */
    private List<ActionItem> stageSections(String teamId, StageContext context, List<SurveyEvidence> everySurvey, LocalDate today,
            List<ActionItem> actions, EvidenceLookup lookup, Citations citations, List<Section> sections) {
        Optional<Submission> previous = context.previous();
        KeyFigures now = keyFigures.figures(teamId, context.sinceSubmission(), everySurvey);
        List<SurveyItem> then = previous.map(s -> surveyItemsUpTo(everySurvey, s)).orElse(List.of());
        sections.add(ReflectionSection.build(previous, actions, actionPlan.histories(teamId), lookup, citations));
        sections.add(ProgressSection.build(previous, then, now, today, properties.minimumGroupSize(), lookup, citations));
        sections.add(IndicatorsSection.build(context.recorded(), now, today, charts, citations));
        Set<String> closedBefore = previous.map(s -> s.actions().stream().map(a -> a.reference().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet())).orElse(Set.of());
        return actions.stream().filter(a -> !(a.status().closed() && closedBefore.contains(a.reference().toUpperCase(Locale.ROOT))))
                .toList();
    }

    /** The survey items of the period a submission covered: from the surveys then, else as recorded with it. */
    private List<SurveyItem> surveyItemsUpTo(List<SurveyEvidence> everySurvey, Submission submission) {
        List<SurveyEvidence> before = everySurvey.stream().filter(s -> !s.opensOn().isAfter(submission.submittedOn())).toList();
        List<SurveyItem> items = KeyFiguresCollector.surveyItems(before, properties.minimumGroupSize());
        if (items.isEmpty() && submission.figures() != null) {
            return submission.figures().surveyItems();
        }
        return items;
    }

    /** What the references name, each read from the first source that has it. */
    private Map<String, EvidenceEntry> byReferences(String teamId, Collection<String> references) {
        Map<String, EvidenceEntry> found = new HashMap<>();
        entrySources.orderedStream().forEach(source -> source.byReferences(teamId, references).forEach(found::putIfAbsent));
        return found;
    }

    private static DraftSummary summary(String organisation, LocalDate from, LocalDate today, ProfileDetails profile,
            EvidenceTally tally, List<SurveyEvidence> surveys, List<ActionItem> actions, GapAnalysis.Result gaps, int proposals) {
        Map<Theme, DraftSummary.ThemeCounts> perTheme = new EnumMap<>(Theme.class);
        List<String> missing = new ArrayList<>(missingProfile(profile));
        for (Theme theme : Theme.values()) {
            EvidenceTally.ThemeTally t = tally.theme(theme);
            DraftSummary.ThemeCounts counts = new DraftSummary.ThemeCounts(t.count(Kind.CONTRIBUTION), t.count(Kind.ACHIEVEMENT), t.count(Kind.VOICE));
            perTheme.put(theme, counts);
            if (counts.contributions() + counts.achievements() + counts.voice() == 0) {
                missing.add("No evidence yet for " + theme.displayName() + ".");
            }
        }
        if (surveys.isEmpty()) {
            missing.add("No surveys in the period: the technician voice section relies on voice entries alone.");
        }
        if (actions.isEmpty()) {
            missing.add("No action plan yet: add actions with /tc action add.");
        }
        if (proposals > 0) {
            missing.add(Words.count(proposals, "proposed action") + " from what technicians said " + (proposals == 1 ? "awaits" : "await")
                    + " your review: /tc plan.");
        }
        if (gaps.total() > gaps.withEvidence()) {
            missing.add((gaps.total() - gaps.withEvidence()) + " of the form's " + gaps.total()
                    + " example activities (Appendix A) have no evidence.");
        }
        Map<Rag, Long> byRag = actions.stream().collect(Collectors.groupingBy(ActionItem::rag, () -> new EnumMap<>(Rag.class), Collectors.counting()));
        return new DraftSummary(organisation, from, today, perTheme, surveys.size(), actions.size(), byRag, missing,
                gaps.withEvidence(), gaps.total());
    }

    private static List<String> missingProfile(ProfileDetails profile) {
        List<String> fields = new ArrayList<>();
        addIfMissing(fields, profile.organisationName(), "organisation name");
        addIfMissing(fields, profile.profile(), "organisation profile");
        addIfMissing(fields, profile.technicianDefinition(), "definition of technicians");
        addIfMissing(fields, profile.technicianNumbers(), "number and structure of technicians");
        addIfMissing(fields, profile.initiativesBefore(), "initiatives before signing");
        addIfMissing(fields, profile.webPageUrl(), "public web page");
        addIfMissing(fields, profile.leadName(), "lead's name");
        addIfMissing(fields, profile.leadEmail(), "lead's e-mail");
        if (profile.signatoryDate() == null) {
            fields.add("signatory date");
        }
        return fields.isEmpty() ? List.of() : List.of("Profile not complete (" + String.join(", ", fields) + "): use /tc profile.");
    }

    private static void addIfMissing(List<String> fields, String value, String name) {
        if (value == null) {
            fields.add(name);
        }
    }

    /**
     * The same list as {@code surveys(teamId, EVERYTHING)}, given the surveys since {@code since}: the earlier ones are
     * read, and put first (they opened before), rather than every survey and all its answers read a second time.
     */
    private List<SurveyEvidence> withEarlier(String teamId, LocalDate since, List<SurveyEvidence> fromSince) {
        List<SurveyEvidence> earlier = surveySources.orderedStream().flatMap(source -> source.surveysBefore(teamId, since).stream()).toList();
        if (earlier.isEmpty()) {
            return fromSince;
        }
        List<SurveyEvidence> all = new ArrayList<>(earlier);
        all.addAll(fromSince);
        all.sort(Comparator.comparing(SurveyEvidence::opensOn));
        return List.copyOf(all);
    }

    private List<SurveyEvidence> surveys(String teamId, LocalDate since) {
        return surveySources.orderedStream()
                .flatMap(source -> source.surveys(teamId, since).stream())
                .sorted(Comparator.comparing(SurveyEvidence::opensOn))
                .toList();
    }
}
