package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.draft.DocxText.ascii;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.techvoice.draft.DocxText;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.Finding;
import org.techvoice.draft.Finding.Status;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.themes.Theme;

/**
 * The draft's thread from findings to actions, written by the same renderers as the whole draft: the plan's origin
 * column, the table finding → action, the findings not acted on with the lead's reasons, and the appendix of
 * proposals awaiting review, in Word (read back with POI) and Markdown. Pure: no Spring context.
 */
class DraftFindingsSectionsTest {

    private static final DraftDocument.Cover COVER = new DraftDocument.Cover("University of Testing", "University of Testing",
            "Self-assessment", "Draft", "5 December 2026");


    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final String REASON = "Faculties have paid registration fees since 2025; we will say so more clearly instead.";

    final Map<String, EvidenceEntry> entries = IntStream.rangeClosed(1, 30).boxed().collect(Collectors.toMap(i -> "V-" + i,
            i -> new EvidenceEntry("V-" + i, Kind.VOICE, "idea", Set.of(Theme.CAREER_DEVELOPMENT), "What technicians said, number " + i,
                    null, LocalDate.of(2026, 1, 1).plusDays(i * 3L), null, false)));
    final SurveyEvidence survey = new SurveyEvidence("S-2", "Technician voice baseline", true, LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 20), 120, 64, List.of(new QuestionEvidence("S-2/Q5", Theme.CAREER_DEVELOPMENT,
                    "I know how to progress my career here", "rating", 64, null, Map.of(), 2.6, List.of())));

    final Citations citations = new Citations();
    final EvidenceLookup lookup = new EvidenceLookup(refs -> refs.stream().filter(entries::containsKey)
            .collect(java.util.stream.Collectors.toMap(ref -> ref, entries::get, (a, b) -> a)), () -> List.of(survey));
    final FindingWords words = new FindingWords(lookup, citations, 5);

    static Finding concern(String reference, Theme theme, String title, long count, boolean shown, List<String> refs, Status status,
            List<String> actions, String reason, List<Finding.Quote> quotes) {
        return new Finding(reference, Finding.Kind.CONCERN, ActionOrigin.VOICE, List.of(theme), title, count, shown,
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 4, 20), 4, quotes, refs, List.of(), Map.of(), null, null, null, status,
                actions, reason);
    }

    PlanFindings findings() {
        List<String> career = IntStream.rangeClosed(1, 8).mapToObj(i -> "V-" + i).toList();
        Finding accepted = concern("F-CAR-3", Theme.CAREER_DEVELOPMENT, "Clear, documented career pathways", 14, true, career,
                Status.ACCEPTED, List.of("TC-08"), null, List.of());
        Finding dismissed = concern("F-REC-2", Theme.RECOGNITION, "Registration fees", 3, false, List.of("V-20", "V-21", "V-22"),
                Status.DISMISSED, List.of(), REASON, List.of());
        Finding single = concern("F-VIS-4", Theme.VISIBILITY, "Technicians on committees", 1, false, List.of("V-25"), Status.OPEN,
                List.of(), null, List.of(new Finding.Quote("Decisions about the new labs were made without a technician in the room.",
                        "V-25", LocalDate.of(2026, 3, 3), true, null)));
        Finding signal = new Finding("F-S-2/Q5", Finding.Kind.SURVEY_SIGNAL, ActionOrigin.SURVEY, List.of(Theme.CAREER_DEVELOPMENT),
                "I know how to progress my career here", 0, true, null, null, 0, List.of(), List.of("S-2/Q5"), List.of(), Map.of(),
                new Finding.SurveySignal("S-2", "S-2/Q5", "I know how to progress my career here", 38, 64, LocalDate.of(2026, 3, 2), null),
                null, null, Status.COVERED, List.of("TC-01"), null);
        Finding gap = new Finding("F-GAP-SUS-3", Finding.Kind.GAP, ActionOrigin.GAP, List.of(Theme.SUSTAINABILITY),
                "A technician trainee/apprenticeship programme", 0, true, null, null, 0, List.of(), List.of("SUS-3"), List.of(), Map.of(),
                null, "SUS-3", null, Status.OPEN, List.of(), null);
        List<ProposedAction> proposals = List.of(
                proposal("P-CAR-3-1", "F-CAR-3", Theme.CAREER_DEVELOPMENT, "Publish technical career pathways"),
                proposal("P-VIS-4-1", "F-VIS-4", Theme.VISIBILITY, "Reserve a technician seat on each faculty board"),
                proposal("P-GAP-SUS-3-1", "F-GAP-SUS-3", Theme.SUSTAINABILITY, "Start a technical apprenticeship programme"));
        return new PlanFindings(LocalDate.of(2026, 1, 1), TODAY, TODAY.plusMonths(24), 5, true,
                List.of(accepted, dismissed, single, signal, gap), proposals,
                new PlanFindings.Participation(30, 0, 0, false, List.of()), 2);
    }

    static ProposedAction proposal(String reference, String finding, Theme theme, String action) {
        return new ProposedAction(reference, finding, ActionOrigin.VOICE, "tpl", List.of(theme), action,
                List.of("Agree the scope with the steering group", "Consult the technician network"), "Steering group",
                TODAY.plusMonths(1), TODAY.plusMonths(12), "Baseline to collect; target agreed with the steering group",
                List.of("V-25"), "Technicians asked for it in their own words.");
    }

    List<ActionItem> actions() {
        return List.of(
                new ActionItem(1, "TC-01", Set.of(Theme.CAREER_DEVELOPMENT), "Publish career pathways for every job family", "HR",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), "Pathways published", Rag.AMBER, null, List.of("S-2/Q5"),
                        ActionOrigin.LEAD, List.of()),
                new ActionItem(8, "TC-08", Set.of(Theme.CAREER_DEVELOPMENT), "Career pathway workshops in every faculty",
                        "Faculty technical managers", TODAY, TODAY.plusMonths(12), "80% know how to progress", Rag.GREEN, null, List.of("V-1"),
                        ActionOrigin.VOICE, List.of("F-CAR-3")));
    }

    DraftDocument document() {
        PlanFindings findings = findings();
        List<Section> sections = new ArrayList<>();
        sections.add(ActionPlanSection.build(actions(), TODAY, lookup, citations));
        sections.add(new Section(VoiceSection.HEADING, FindingsTrace.build(findings, actions(), words)));
        Section proposals = ProposalsAppendix.build(findings, words);
        lookup.citeRemaining(citations);
        sections.add(EvidenceAppendix.build(citations));
        sections.add(proposals);
        return new DraftDocument("Draft", COVER, sections);
    }

    @Test
    void thePlanShowsEachActionsOriginInWordAndMarkdown() throws IOException {
        DraftDocument document = document();
        try (XWPFDocument doc = word(document)) {
            XWPFTable plan = tables(doc, ActionPlanSection.HEADING).get(0);
            assertThat(row(plan, 0)).isEqualTo("Ref|Theme|Action|Lead|Timescale|Success measure|RAG|Evidence|Origin");
            assertThat(row(plan, 1)).startsWith("TC-01|").endsWith("|Lead");
            assertThat(row(plan, 2)).startsWith("TC-08|").endsWith("|Technician voice (F-CAR-3)");
            assertThat(text(doc, ActionPlanSection.HEADING)).contains("By origin (the table's last column): 1 from technician voice, "
                    + "1 of the lead's own.");
        }
        assertThat(new MarkdownRenderer().render(document))
                .contains("| Ref | Theme | Action | Lead | Timescale | Success measure | RAG | Evidence | Origin |")
                .contains("| Technician voice (F-CAR-3) |");
    }

    @Test
    void theVoiceSectionTracesFindingsToActionsAndGivesTheLeadsReasonsForTheRest() throws IOException {
        DraftDocument document = document();
        try (XWPFDocument doc = word(document)) {
            String section = text(doc, VoiceSection.HEADING);
            assertThat(section).contains("into 5 findings").contains("2 led to actions").contains("1 was dismissed by the lead")
                    .contains("and 2 await the lead's review")
                    .contains("2 remarks fitted no finding");
            XWPFTable trace = tables(doc, VoiceSection.HEADING).get(0);
            assertThat(row(trace, 0)).isEqualTo("Finding|What it rests on|Actions|How");
            assertThat(row(trace, 1)).isEqualTo("F-CAR-3: Clear, documented career pathways (Career Development)"
                    + "|14 entries over 4 months, Jan 2026 to Apr 2026: V-1, V-2, V-3, V-4, V-5, V-6 and 8 more"
                    + "|TC-08: Career pathway workshops in every faculty|Accepted or linked by the lead");
            assertThat(row(trace, 2)).startsWith("F-S-2/Q5: I know how to progress my career here (Career Development)"
                    + "|38% agree with \u201CI know how to progress my career here\u201D (S-2/Q5, n=64, Mar 2026)")
                    .endsWith("|Already answered by the plan");

            XWPFTable dismissed = tables(doc, VoiceSection.HEADING).get(1);
            assertThat(row(dismissed, 0)).isEqualTo("Finding|What it rests on|The lead's reason");
            // three entries is below the minimum group size: the count is withheld, one reference shows the thread
            assertThat(row(dismissed, 1)).isEqualTo("F-REC-2: Registration fees (Recognition)|Fewer than 5 entries (for example V-20)|" + REASON);
            assertThat(section).doesNotContain("3 entries").doesNotContain("V-21");
        }
        String md = new MarkdownRenderer().render(document);
        assertThat(md).contains("### " + FindingsTrace.HEADING).contains("### " + FindingsTrace.NOT_ACTED_ON)
                .contains("| F-REC-2: Registration fees (Recognition) | Fewer than 5 entries (for example V-20) | " + REASON + " |");
    }

    @Test
    void proposalsAwaitingReviewAreInTheirOwnAppendixMarkedAsProposalsWithTheirEvidenceCited() throws IOException {
        DraftDocument document = document();
        try (XWPFDocument doc = word(document)) {
            String appendix = text(doc, ProposalsAppendix.HEADING);
            assertThat(appendix).startsWith(ProposalsAppendix.MARK).contains("none is part of the action plan").contains("/tc plan");
            List<XWPFTable> tables = tables(doc, ProposalsAppendix.HEADING);
            String all = tables.stream().map(XWPFTable::getText).map(DocxText::ascii).collect(Collectors.joining("\n"));
            // the accepted finding's proposal is no longer awaiting review
            assertThat(all).contains("P-VIS-4-1 (proposal), for F-VIS-4").contains("P-GAP-SUS-3-1 (proposal)").doesNotContain("P-CAR-3-1");
            // a finding from one entry is that entry's quote, never "many technicians"
            assertThat(all).contains("One entry: \u201CDecisions about the new labs were made without a technician in the room.\u201D (V-25)")
                    .contains("Steps: 1) Agree the scope with the steering group; 2) Consult the technician network.")
                    .contains("No evidence yet for the Appendix A example activity SUS-3");
            List<String> cited = tables(doc, EvidenceAppendix.HEADING).get(0).getRows().stream().skip(1)
                    .map(r -> ascii(r.getCell(0).getText())).toList();
            assertThat(cited).contains("V-1", "V-20", "V-25", "S-2/Q5").doesNotContain("SUS-3");
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).map(DocxText::ascii).toList();
            assertThat(headings).endsWith(EvidenceAppendix.HEADING, ProposalsAppendix.HEADING);
        }
        assertThat(new MarkdownRenderer().render(document)).contains("## Appendix C: Proposed actions awaiting the lead's review")
                .contains("Proposals, not commitments.").contains("| P-VIS-4-1 (proposal), for F-VIS-4: Technicians on committees (Visibility) |");
    }

    @Test
    void withoutFindingsTheSectionsSayWhatWouldFillThem() throws IOException {
        DraftDocument document = new DraftDocument("Draft", COVER, List.of(
                new Section(VoiceSection.HEADING, FindingsTrace.build(null, List.of(), words)), ProposalsAppendix.build(null, words)));
        try (XWPFDocument doc = word(document)) {
            assertThat(text(doc, VoiceSection.HEADING)).contains("No evidence recorded yet. Voice entries, survey comments and survey results");
            assertThat(text(doc, ProposalsAppendix.HEADING)).contains("No proposals yet");
        }
    }

    // --- reading the Word file ----------------------------------------------------------------------------

    @Test
    void referencesNeverWrapAtTheirHyphenInWordButStayPlainInMarkdown() throws IOException {
        DraftDocument document = document();
        try (XWPFDocument doc = word(document)) {
            XWPFTable plan = tables(doc, ActionPlanSection.HEADING).get(0);
            String raw = plan.getRow(2).getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining("|"));
            assertThat(raw).startsWith("TC\u201108|").contains("(F\u2011CAR\u20113)").doesNotContain("TC-08").doesNotContain("F-CAR");
            // ordinary hyphenated words still break where Word likes
            assertThat(DocxRenderer.shown("self-assessment, 24-month plan, P-GAP-SUS-3-1 and S-2/Q5"))
                    .isEqualTo("self-assessment, 24-month plan, P\u2011GAP\u2011SUS\u20113\u20111 and S\u20112/Q5");
        }
        String md = new MarkdownRenderer().render(document);
        assertThat(md).contains("| TC-08 |").doesNotContain("\u2011");
    }

    static XWPFDocument word(DraftDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(document)));
    }

    static List<IBodyElement> section(XWPFDocument doc, String heading) {
        List<IBodyElement> inSection = new ArrayList<>();
        boolean inside = false;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && "Heading1".equals(p.getStyle())) {
                inside = ascii(p.getText()).equals(heading);
                continue;
            }
            if (inside) {
                inSection.add(element);
            }
        }
        assertThat(inSection).as("section " + heading).isNotEmpty();
        return inSection;
    }

    static String text(XWPFDocument doc, String heading) {
        return section(doc, heading).stream().map(e -> e instanceof XWPFParagraph p ? ascii(p.getText()) : ascii(((XWPFTable) e).getText()))
                .filter(t -> !t.isBlank()).collect(Collectors.joining("\n"));
    }

    static List<XWPFTable> tables(XWPFDocument doc, String heading) {
        return section(doc, heading).stream().filter(XWPFTable.class::isInstance).map(XWPFTable.class::cast).toList();
    }

    static String row(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> ascii(c.getText())).collect(Collectors.joining("|"));
    }
}
