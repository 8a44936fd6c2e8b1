package org.techvoice.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.SentenceEmbeddings;
import org.techvoice.draft.Finding;
import org.techvoice.draft.Finding.Kind;
import org.techvoice.draft.Finding.Method;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.themes.Theme;

/** The trust rules, coverage, decisions and proposals of findings, on a small institution with the real model. */
class FindingsTrustTest {

    private static final List<String> MENTORING = List.of(
            "I wish someone more experienced could mentor me",
            "A mentoring scheme for technicians would really help",
            "Early-career researchers get mentors, why don't we?",
            "Could the network pair new technicians with experienced mentors?",
            "I'd love a mentor to guide my development",
            "Is there a mentoring programme technicians can join?",
            "A mentor would help me plan my next career move",
            "Having a mentor outside my team would help me think about my future");
    private static final List<String> MENTORING_AUTHORS = java.util.Arrays.asList("U01", "U02", "U03", "U04", "U05", "G01", "G02", null);
    private static final List<String> APPRENTICES = List.of(
            "We should take on apprentices again like we used to",
            "Our apprentices from years ago are now our best technicians, why did we stop?",
            "I would happily train an apprentice if the scheme existed");

    private final List<EvidenceEntry> entries = new ArrayList<>();
    private final List<TechnicianProfile> technicians = new ArrayList<>();
    private final List<SurveyEvidence> surveys = new ArrayList<>();
    private final List<ActionItem> actions = new ArrayList<>();

    FindingsTrustTest() {
        for (int i = 1; i <= 6; i++) {
            technicians.add(new TechnicianProfile("U0" + i, "Chemistry", null, null));
        }
        technicians.add(new TechnicianProfile("G01", "Glassblowing", null, null));
        technicians.add(new TechnicianProfile("G02", "Glassblowing", null, null));
        int n = 0;
        for (int i = 0; i < MENTORING.size(); i++) {
            entries.add(FindingsFixture.voice(++n, MENTORING.get(i), MENTORING_AUTHORS.get(i), LocalDate.of(2026, 1 + i, 10)));
        }
        entries.add(FindingsFixture.voice(++n, "Professional registration is too expensive on my salary", "G01", LocalDate.of(2026, 4, 2)));
        for (String text : APPRENTICES) {
            entries.add(FindingsFixture.voice(++n, text, null, LocalDate.of(2026, 5, n)));
        }
        entries.add(FindingsFixture.contribution(1, "Ran a school outreach day in the teaching labs", LocalDate.of(2026, 6, 1)));
        surveys.add(survey("S-1", LocalDate.of(2025, 3, 3), counts(2, 2, 2, 3, 3), List.of()));
        surveys.add(survey("S-2", LocalDate.of(2026, 3, 2), counts(10, 20, 10, 16, 8),
                List.of("Nobody has told me how I could get promoted", "There is no career path for technicians here")));
        actions.add(new ActionItem(1, "TC-01", Set.of(Theme.SUSTAINABILITY), "Start an apprenticeship programme", "HR",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "Two apprentices in post", Rag.GREEN, null, List.of("V-10")));
    }

    @Test
    void aDepartmentOfTwoNeverAppears() {
        PlanFindings findings = make(Map.of());
        Finding mentoring = byTemplate(findings, "mentoring");
        assertThat(mentoring.entryCount()).isEqualTo(8);
        assertThat(mentoring.countShown()).isTrue();
        assertThat(mentoring.departments()).containsExactly(new Finding.DepartmentCount("Chemistry", 5));
        assertThat(findings.participation().departments()).extracting(Finding.DepartmentCount::department).containsExactly("Chemistry");
        assertThat(findings.toString()).doesNotContain("Glassblowing");
    }

    @Test
    void anonymousVoiceIsNeverAttributed() {
        PlanFindings findings = make(Map.of());
        List<Finding.Quote> quotes = findings.findings().stream().flatMap(f -> f.quotes().stream()).toList();
        assertThat(quotes).isNotEmpty();
        assertThat(quotes).filteredOn(Finding.Quote::anonymous).allSatisfy(quote -> assertThat(quote.department()).isNull());
        assertThat(quotes).filteredOn(quote -> quote.reference().startsWith("S-")).allSatisfy(quote -> assertThat(quote.anonymous()).isTrue());
    }

    @Test
    void aSmallFindingShowsNoCountAndASingleEntryOnlyItsOwnQuote() {
        PlanFindings findings = make(Map.of());
        Finding single = byTemplate(findings, "registration-fees");
        assertThat(single.single()).isTrue();
        assertThat(single.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo("Professional registration is too expensive on my salary");
            assertThat(quote.department()).isNull();
        });
        assertThat(single.countShown()).isFalse();
        assertThat(single.departments()).isEmpty();
        assertThat(findings.proposalsFor(single.reference())).first()
                .satisfies(p -> assertThat(p.why()).startsWith("One entry (" + single.evidenceReferences().get(0) + ")"));
        Finding apprentices = byTemplate(findings, "apprenticeship-programme");
        assertThat(apprentices.countShown()).isFalse();
        assertThat(apprentices.departments()).isEmpty();
    }

    @Test
    void aFindingTheActionPlanAlreadyAnswersIsCoveredNotProposedAgain() {
        PlanFindings findings = make(Map.of());
        Finding apprentices = byTemplate(findings, "apprenticeship-programme");
        assertThat(apprentices.status()).isEqualTo(Finding.Status.COVERED);
        assertThat(apprentices.actionReferences()).containsExactly("TC-01");
        assertThat(findings.proposalsFor(apprentices.reference())).isEmpty();
    }

    /**
     * A finding's further proposals ("another action for the same concern") leave out what the plan already does: an
     * action made from the same template (an accepted proposal of another finding, say) is not proposed a second time.
     */
    @Test
    void aFurtherProposalThePlanAlreadyHasIsNotProposedAgain() {
        Finding mentoring = byTemplate(make(Map.of()), "mentoring");
        List<ProposedAction> before = make(Map.of()).proposalsFor(mentoring.reference());
        assertThat(before).as("the fixture's mentoring finding has a further proposal").hasSizeGreaterThan(1);
        ProposedAction further = before.get(1);
        actions.add(new ActionItem(2, "TC-02", Set.copyOf(further.themes()), further.action() + ": " + String.join("; ", further.steps()),
                further.owner(), further.startsOn(), further.deadline(), further.successMeasure(), Rag.GREEN, null, List.of()));

        PlanFindings findings = make(Map.of());

        Finding still = byTemplate(findings, "mentoring");
        assertThat(still.status()).as("its own proposal is not in the plan").isEqualTo(Finding.Status.OPEN);
        assertThat(findings.proposalsFor(still.reference())).extracting(ProposedAction::templateId)
                .contains(before.get(0).templateId()).doesNotContain(further.templateId());
    }

    @Test
    void aFallingLowSurveyFigureIsASignalAndItsProposalCitesItsSource() {
        PlanFindings findings = make(Map.of());
        Finding signal = findings.finding("F-S-2/Q1").orElseThrow();
        assertThat(signal.kind()).isEqualTo(Kind.SURVEY_SIGNAL);
        assertThat(signal.origin()).isEqualTo(ActionOrigin.SURVEY);
        assertThat(signal.signal().agreePercent()).isEqualTo(38);
        assertThat(signal.signal().respondents()).isEqualTo(64);
        assertThat(signal.signal().previous().agreePercent()).isEqualTo(50);
        assertThat(signal.signal().fell()).isTrue();
        ProposedAction proposal = findings.proposalsFor(signal.reference()).get(0);
        assertThat(proposal.successMeasure()).contains("from 38% agree (S-2/Q1, n=64, 2026-03) to 60% at the next survey");
        assertThat(proposal.why()).contains("38% agreed").contains("(S-2/Q1, n=64)").contains("down from 50% (S-1/Q1, n=12)");
    }

    /**
     * A standard question (keyed) is matched to what the library says it measures, not to whichever template shares a
     * word with it: "My contribution to research is acknowledged" shares "research" with research grant costing, but
     * measures the authorship policy; and that question is the authorship policy's baseline wherever it is proposed.
     */
    @Test
    void aStandardQuestionsSignalProposesTheActionTheLibrarySaysItMeasures() {
        surveys.add(new SurveyEvidence("S-3", "Technician voice baseline", true, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 18),
                100, 40, List.of(new QuestionEvidence("S-3/Q3", Theme.RECOGNITION, "My contribution to research is acknowledged", "rating",
                        40, null, counts(8, 12, 10, 6, 4), 2.6, List.of(), "baseline.research-acknowledged"))));

        PlanFindings findings = make(Map.of());

        Finding signal = findings.finding("F-S-3/Q3").orElseThrow();
        ProposedAction proposal = findings.proposalsFor(signal.reference()).get(0);
        assertThat(proposal.templateId()).isEqualTo("authorship-policy");
        assertThat(proposal.successMeasure()).contains("from 25% agree (S-3/Q3, n=40, 2026-05)");
    }

    @Test
    void everyProposalCitesOnlyEvidenceThatExistsAndFallsInsideThePlan() {
        PlanFindings findings = make(Map.of());
        Set<String> existing = new HashSet<>();
        entries.forEach(entry -> existing.add(entry.reference()));
        surveys.forEach(survey -> survey.questions().forEach(question -> existing.add(question.reference())));
        FindingsFixture.CATALOGUE.activities().forEach(activity -> existing.add(activity.id()));
        assertThat(findings.proposals()).isNotEmpty();
        assertThat(findings.proposals()).allSatisfy(proposal -> {
            assertThat(existing).containsAll(proposal.evidenceReferences());
            assertThat(proposal.startsOn()).isAfterOrEqualTo(FindingsFixture.TODAY);
            assertThat(proposal.deadline()).isBeforeOrEqualTo(findings.horizon()).isAfterOrEqualTo(proposal.startsOn());
            if (proposal.successMeasure().contains("% agree (")) {
                assertThat(proposal.successMeasure()).containsPattern("\\(S-\\d+/Q\\d+, n=\\d+, \\d{4}-\\d{2}\\)");
            } else {
                assertThat(proposal.successMeasure()).contains(ProposalMaker.NO_BASELINE);
            }
        });
        assertThat(findings.findings()).allSatisfy(finding -> assertThat(existing).containsAll(finding.evidenceReferences()));
        assertThat(findings.horizon()).isEqualTo(FindingsFixture.TODAY.plusMonths(24));
    }

    @Test
    void appendixAActivitiesWithoutEvidenceAreGaps() {
        PlanFindings findings = make(Map.of());
        assertThat(findings.finding("F-GAP-SUS-2")).hasValueSatisfying(gap -> {
            assertThat(gap.kind()).isEqualTo(Kind.GAP);
            assertThat(gap.origin()).isEqualTo(ActionOrigin.GAP);
            assertThat(findings.proposalsFor(gap.reference())).singleElement()
                    .satisfies(p -> assertThat(FindingsFixture.LIBRARY.template(p.templateId()).orElseThrow().activityIds()).contains("SUS-2"));
        });
    }

    @Test
    void aDismissedFindingStaysDismissedUntilNewEvidenceAddsToIt() {
        Finding mentoring = byTemplate(make(Map.of()), "mentoring");
        Map<String, FindingDecisionRecord> dismissed = Map.of(mentoring.reference(), new FindingDecisionRecord(mentoring.reference(), false,
                null, null, "Already part of the staff mentoring scheme", 8, mentoring.lastDay(), "U0LEAD", Instant.EPOCH));
        PlanFindings after = make(dismissed);
        Finding stillDismissed = after.finding(mentoring.reference()).orElseThrow();
        assertThat(stillDismissed.status()).isEqualTo(Finding.Status.DISMISSED);
        assertThat(stillDismissed.dismissalReason()).isEqualTo("Already part of the staff mentoring scheme");
        assertThat(after.proposalsFor(mentoring.reference())).isEmpty();

        entries.add(FindingsFixture.voice(99, "I really need a mentor to talk through my options", null, LocalDate.of(2026, 11, 30)));
        Finding back = make(dismissed).finding(mentoring.reference()).orElseThrow();
        assertThat(back.status()).isEqualTo(Finding.Status.OPEN);
        assertThat(back.entryCount()).isEqualTo(9);
    }

    @Test
    void withoutTheModelTheKeywordRulesPlaceEntriesAndSaySo() {
        FindingsMaker keywords = FindingsFixture.maker(FindingsFixture.bank(MiniLmEmbeddings.NOT_READY));
        PlanFindings findings = FindingsFixture.make(keywords, entries, surveys, actions, technicians, Map.of());
        assertThat(findings.modelUsed()).isFalse();
        List<Finding> concerns = findings.findings().stream().filter(f -> f.kind() == Kind.CONCERN).toList();
        assertThat(concerns).isNotEmpty();
        assertThat(concerns).allSatisfy(f -> assertThat(f.grouping()).containsOnlyKeys(Method.KEYWORDS));
        assertThat(byTemplate(findings, "mentoring").entryCount()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aReviewNeverEmbedsTextsWithoutAStoredVectorGoToTheKeywordRules() {
        java.util.concurrent.atomic.AtomicInteger embedded = new java.util.concurrent.atomic.AtomicInteger();
        SentenceEmbeddings counting = new SentenceEmbeddings() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public java.util.Optional<Embedding> embed(String text) {
                embedded.incrementAndGet();
                return MiniLmEmbeddings.INSTANCE.embed(text);
            }
        };
        TopicBank bank = FindingsFixture.bank(counting);
        assertThat(bank.modelReady()).as("built only when asked, on the model's thread").isFalse();
        assertThat(bank.prepare()).isTrue();
        int bankSize = embedded.get();
        List<EvidenceEntry> mixed = new ArrayList<>(FindingsFixture.withStoredVectors(entries.subList(0, 4)));
        mixed.addAll(entries.subList(4, entries.size()));

        PlanFindings findings = FindingsFixture.make(FindingsFixture.maker(bank), mixed, surveys, actions, technicians, Map.of());

        assertThat(embedded.get()).as("texts embedded while the review ran").isEqualTo(bankSize);
        assertThat(findings.modelUsed()).isTrue();
        Map<Method, Long> methods = new java.util.EnumMap<>(Method.class);
        findings.findings().forEach(f -> f.grouping().forEach((method, n) -> methods.merge(method, n, Long::sum)));
        assertThat(methods).containsKeys(Method.STORED_VECTOR, Method.KEYWORDS);
    }

    /** With the model, as a running instance reads them: every text with its stored vector. */
    private PlanFindings make(Map<String, FindingDecisionRecord> decisions) {
        return FindingsFixture.make(FindingsFixture.maker(FindingsFixture.modelBank()), FindingsFixture.withStoredVectors(entries),
                surveys.stream().map(FindingsFixture::withStoredVectors).toList(), actions, technicians, decisions);
    }

    private static Finding byTemplate(PlanFindings findings, String templateId) {
        return findings.findings().stream().filter(f -> templateId.equals(f.templateId())).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + templateId + " in " + findings.findings().stream()
                        .map(f -> f.reference() + "=" + f.templateId() + "/" + f.entryCount()).toList()));
    }

    private static Map<String, Long> counts(long... perRating) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < perRating.length; i++) {
            counts.put(Integer.toString(i + 1), perRating[i]);
        }
        return counts;
    }

    private static SurveyEvidence survey(String reference, LocalDate opens, Map<String, Long> rating, List<String> comments) {
        long n = rating.values().stream().mapToLong(Long::longValue).sum();
        List<QuestionEvidence> questions = new ArrayList<>();
        questions.add(new QuestionEvidence(reference + "/Q1", Theme.CAREER_DEVELOPMENT, "I know how to progress my career here", "rating",
                (int) n, null, rating, 3.0, List.of()));
        if (!comments.isEmpty()) {
            questions.add(new QuestionEvidence(reference + "/Q2", Theme.CAREER_DEVELOPMENT, "What would help your career?", "free text",
                    comments.size(), null, Map.of(), null, comments.stream().map(SurveyEvidence.Comment::of).toList()));
        }
        return new SurveyEvidence(reference, "Technician survey", true, opens, opens.plusDays(14), 100, (int) n, questions);
    }
}
