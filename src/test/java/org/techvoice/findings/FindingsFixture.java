package org.techvoice.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.techvoice.actionlibrary.ActionLibrary;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;
import org.techvoice.understanding.SentenceEmbeddings;

/** Builds findings without Spring: the real library, rules and (when asked) the real model. */
final class FindingsFixture {

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue();
    static final ActionLibrary LIBRARY = new ActionLibrary(CATALOGUE);
    static final ActivityMatcher MATCHER = new ActivityMatcher();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final String TEAM = "T0FIXTURE";
    static final int MINIMUM = 5;

    private static TopicBank withModel;

    /** The bank with the real model, built once per JVM. */
    static synchronized TopicBank modelBank() {
        if (withModel == null) {
            withModel = new TopicBank(LIBRARY, CATALOGUE, MiniLmEmbeddings.INSTANCE, MATCHER);
            withModel.prepare();
        }
        return withModel;
    }

    static TopicBank bank(SentenceEmbeddings model) {
        return new TopicBank(LIBRARY, CATALOGUE, model, MATCHER);
    }

    static FindingsMaker maker(TopicBank bank) {
        return maker(bank, new FindingsProperties(0.35, 0.45, 300, 5000, 3, 20, 2, 50, 5, 24));
    }

    static FindingsMaker maker(TopicBank bank, FindingsProperties properties) {
        return new FindingsMaker(bank, CATALOGUE, MATCHER, properties, 10_000);
    }

    /** The labelled entries as voice entries V-1…, a week apart from a year ago, anonymous unless an author is given. */
    static List<EvidenceEntry> labelledEntries(Map<Integer, String> authors) {
        List<EvidenceEntry> entries = new ArrayList<>();
        int n = 0;
        for (LabelledVoice.Labelled labelled : LabelledVoice.ENTRIES) {
            n++;
            entries.add(voice(n, labelled.text(), authors.get(n), TODAY.minusWeeks(60 - n)));
        }
        return entries;
    }

    /** The entries as a running instance holds them once the embedding job has been: each with its stored vector. */
    static List<EvidenceEntry> withStoredVectors(List<EvidenceEntry> entries) {
        return entries.stream().map(e -> new EvidenceEntry(e.reference(), e.kind(), e.category(), e.themes(), e.text(), e.authorUserId(),
                e.date(), e.link(), e.celebrated(), MiniLmEmbeddings.INSTANCE.embed(e.text()).orElseThrow())).toList();
    }

    /** A survey's free-text answers with their stored vectors. */
    static SurveyEvidence withStoredVectors(SurveyEvidence survey) {
        List<QuestionEvidence> questions = survey.questions().stream().map(q -> new QuestionEvidence(q.reference(), q.theme(), q.text(),
                q.type(), q.respondents(), q.suppressedReason(), q.counts(), q.mean(), q.comments().stream()
                        .map(c -> new SurveyEvidence.Comment(c.text(), MiniLmEmbeddings.INSTANCE.embed(c.text()).orElseThrow())).toList(),
                q.key())).toList();
        return new SurveyEvidence(survey.reference(), survey.title(), survey.anonymous(), survey.opensOn(), survey.closesOn(),
                survey.audienceSize(), survey.respondents(), questions);
    }

    static EvidenceEntry voice(int number, String text, String author, LocalDate date) {
        return new EvidenceEntry("V-" + number, Kind.VOICE, "idea", Set.of(Theme.CAREER_DEVELOPMENT), text, author, date, null, false);
    }

    static EvidenceEntry contribution(int number, String text, LocalDate date) {
        return new EvidenceEntry("C-" + number, Kind.CONTRIBUTION, "outreach", Set.of(Theme.VISIBILITY), text, "U0AUTHOR", date, null, false);
    }

    static PlanFindings make(FindingsMaker maker, List<EvidenceEntry> entries, List<SurveyEvidence> surveys, List<ActionItem> actions,
            List<TechnicianProfile> technicians, Map<String, FindingDecisionRecord> decisions) {
        Consumer<Consumer<EvidenceEntry>> walk = sink -> entries.forEach(sink);
        return maker.make(new FindingsMaker.Inputs(TEAM, LocalDate.EPOCH, TODAY, MINIMUM, walk, surveys, actions, technicians, decisions));
    }

    private FindingsFixture() {
    }
}
