package org.techvoice.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.document.ActivityEvidence;
import org.techvoice.draft.document.ActivityMatches;
import org.techvoice.draft.document.MatchCorrections;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.understanding.ActivityBank;
import org.techvoice.understanding.Placement;

/**
 * The placement the embedding job stores with each vector (issue 16) gives the draft exactly what measuring the vectors
 * gives: the same findings, proposals and Appendix A gaps on the fixture institution's voice entries, survey comments
 * and contributions, with the real model. Contributions come without their vector, as the draft reads them when their
 * placement is current; a placement made against another bank is not trusted.
 */
class StoredPlacementTest {

    private static final List<String> DEEDS = List.of(
            "Ran the technician network coffee morning for 40 colleagues",
            "Organised the technician showcase: 23 technical teams showed their work to 300 staff and students",
            "Took the first technician seat on the Faculty Research Committee",
            "Mentored two apprentices through their Level 4 Digital Support Technician apprenticeship",
            "achieved Incorporated Engineer (IEng) registration",
            "was shortlisted for a THE Technician of the Year award",
            "Fixed the centrifuge again",
            "Led the lighting design workshops for the second-year theatre production",
            "Completed the HEaTED Technical Management course and started the RSci application");

    private static final List<String> COMMENTS = List.of(
            "Nobody explains how to move up a grade",
            "A clear promotion route for technicians",
            "There is no time for training in my week",
            "The car park is always full",
            "Our names never appear on the papers we help write",
            "More coffee machines please");

    private static TopicBank topics;
    private static ActivityBank activities;
    private static List<EvidenceEntry> measured;
    private static SurveyEvidence measuredSurvey;

    @BeforeAll
    static void embed() {
        topics = FindingsFixture.modelBank();
        activities = new ActivityBank(FindingsFixture.CATALOGUE, MiniLmEmbeddings.INSTANCE);
        assertThat(activities.prepare()).isTrue();
        List<EvidenceEntry> entries = new ArrayList<>(FindingsFixture.labelledEntries(Map.of(3, "U0AUTHOR3", 7, "U0AUTHOR7")));
        for (int i = 0; i < DEEDS.size(); i++) {
            entries.add(FindingsFixture.contribution(i + 1, DEEDS.get(i), FindingsFixture.TODAY.minusDays(i + 1)));
        }
        measured = FindingsFixture.withStoredVectors(entries);
        measuredSurvey = FindingsFixture.withStoredVectors(survey());
    }

    @Test
    void storedPlacementGivesTheSameFindingsProposalsAndGapsAsMeasuringTheVectors() {
        List<EvidenceEntry> stored = measured.stream().map(StoredPlacementTest::asTheDraftReadsIt).toList();
        SurveyEvidence storedSurvey = placed(measuredSurvey, comment -> topics.place(comment.embedding()).orElseThrow());

        PlanFindings fromVectors = make(measured, measuredSurvey);
        PlanFindings fromPlacements = make(stored, storedSurvey);

        assertThat(fromPlacements).isEqualTo(fromVectors);
        assertThat(fromVectors.modelUsed()).isTrue();
        assertThat(fromVectors.findings()).extracting(f -> f.kind()).contains(org.techvoice.draft.Finding.Kind.CONCERN,
                org.techvoice.draft.Finding.Kind.GAP);
        // the gap analysis sees the same activities, with the same examples, though no contribution came with its vector
        assertThat(stored).filteredOn(e -> e.kind() == Kind.CONTRIBUTION).allSatisfy(e -> assertThat(e.embedding()).isNull());
        assertThat(hits(stored)).isEqualTo(hits(measured));
        assertThat(hits(measured)).containsKey("VIS-9");
    }

    @Test
    void aStoredPlacementIsWhatTheFindingsUseAndOneAgainstAnotherBankIsNot() {
        // every voice entry stored as "nearest the first topic, very close": if the findings read the stored placement,
        // they must now find one big concern of that topic
        String first = FindingsFixture.LIBRARY.templates().get(0).id();
        Placement forced = new Placement(first, 0.99, topics.stamp());
        List<EvidenceEntry> forcedEntries = measured.stream().map(e -> e.kind() == Kind.VOICE ? withPlacement(e, e.embedding(), forced) : e)
                .toList();
        PlanFindings fromForced = make(forcedEntries, measuredSurvey);
        long voiceEntries = measured.stream().filter(e -> e.kind() == Kind.VOICE).count();
        assertThat(fromForced.findings()).anySatisfy(f -> {
            assertThat(f.templateId()).isEqualTo(first);
            assertThat(f.entryCount()).isGreaterThanOrEqualTo(voiceEntries);
        });

        // the same placement made against another bank (the library since changed) is measured again from the vector
        Placement stale = new Placement(first, 0.99, "another-bank");
        List<EvidenceEntry> staleEntries = measured.stream().map(e -> e.kind() == Kind.VOICE ? withPlacement(e, e.embedding(), stale) : e)
                .toList();
        assertThat(make(staleEntries, measuredSurvey)).isEqualTo(make(measured, measuredSurvey));
    }

    /** A contribution as the draft reads it once the job has placed it: its placement, no vector; a voice entry keeps both. */
    private static EvidenceEntry asTheDraftReadsIt(EvidenceEntry entry) {
        if (entry.kind() == Kind.VOICE) {
            return withPlacement(entry, entry.embedding(), topics.place(entry.embedding()).orElseThrow());
        }
        return withPlacement(entry, null, activities.place(entry.embedding()).orElseThrow());
    }

    private static EvidenceEntry withPlacement(EvidenceEntry e, org.techvoice.understanding.Embedding vector, Placement placement) {
        return new EvidenceEntry(e.reference(), e.kind(), e.category(), e.themes(), e.text(), e.authorUserId(), e.date(), e.link(),
                e.celebrated(), vector, placement);
    }

    private static PlanFindings make(List<EvidenceEntry> entries, SurveyEvidence survey) {
        FindingsMaker maker = new FindingsMaker(topics, FindingsFixture.CATALOGUE, FindingsFixture.MATCHER,
                new FindingsProperties(0.35, 0.45, 300, 5000, 3, 20, 2, 50, 5, 24), 10_000,
                team -> ActivityMatches.matching(FindingsFixture.MATCHER, activities, MatchCorrections.Dropped.NONE));
        return FindingsFixture.make(maker, entries, List.of(survey), List.of(), List.of(), Map.of());
    }

    /** Each activity's count and example references, as the gap analysis shows them. */
    private static Map<String, String> hits(List<EvidenceEntry> entries) {
        ActivityEvidence evidence = new ActivityEvidence(ActivityMatches.matching(FindingsFixture.MATCHER, activities,
                MatchCorrections.Dropped.NONE), 10_000, 42);
        entries.forEach(evidence);
        Map<String, String> shown = new java.util.TreeMap<>();
        for (ExampleActivity activity : FindingsFixture.CATALOGUE.activities()) {
            ActivityEvidence.Hits hits = evidence.hits(activity.id());
            if (hits.count() > 0) {
                shown.put(activity.id(), hits.count() + " " + hits.examples().stream().map(EvidenceEntry::reference).toList());
            }
        }
        return shown;
    }

    private static SurveyEvidence survey() {
        LocalDate opens = FindingsFixture.TODAY.minusMonths(2);
        List<QuestionEvidence> questions = List.of(new QuestionEvidence("S-1/Q1", Theme.CAREER_DEVELOPMENT, "What would help?", "free text",
                COMMENTS.size(), null, Map.of(), null, COMMENTS.stream().map(SurveyEvidence.Comment::of).toList()));
        return new SurveyEvidence("S-1", "Technician survey", true, opens, opens.plusDays(14), 100, COMMENTS.size(), questions);
    }

    private static SurveyEvidence placed(SurveyEvidence survey, Function<SurveyEvidence.Comment, Placement> place) {
        List<QuestionEvidence> questions = survey.questions().stream().map(q -> new QuestionEvidence(q.reference(), q.theme(), q.text(),
                q.type(), q.respondents(), q.suppressedReason(), q.counts(), q.mean(), q.comments().stream()
                        .map(c -> new SurveyEvidence.Comment(c.text(), c.embedding(), place.apply(c))).toList())).toList();
        return new SurveyEvidence(survey.reference(), survey.title(), survey.anonymous(), survey.opensOn(), survey.closesOn(),
                survey.audienceSize(), survey.respondents(), questions);
    }
}
