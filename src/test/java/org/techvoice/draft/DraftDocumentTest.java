package org.techvoice.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.draft.DocxText.ascii;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.document.CompiledDraft;
import org.techvoice.draft.document.DraftCompiler;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.support.SlackAppTest;

/** A realistic institution compiled to Word and Markdown; the Word file opened again with POI and read section by section. */
@SlackAppTest
class DraftDocumentTest {

    static final List<String> FORM_ORDER = List.of(
            "Organisation and institutional lead",
            "Organisation profile",
            "How the organisation defines its technicians",
            "Number of technicians and how they are structured",
            "Initiatives in place before becoming a signatory",
            "Initiatives since becoming a signatory",
            "24-month action plan",
            "How the technician voice was present in the development and formation of the action plan",
            "Cross-references to other sector reviews",
            "Technician Commitment web page",
            "Sign-off",
            "Appendix A: Gap analysis against the example activities",
            "Appendix B: Evidence cited",
            "Appendix C: Proposed actions awaiting the lead's review");

    static final String VOICE = FORM_ORDER.get(7);

    private static final AtomicInteger teams = new AtomicInteger();

    @Autowired
    DraftCompiler compiler;
    @Autowired
    FixtureEvidence evidence;
    @Autowired
    PeopleService people;
    @Autowired
    ProfileService profiles;
    @Autowired
    ActionPlanService actions;

    static String newTeam() {
        return "T0DOC" + teams.incrementAndGet();
    }

    CompiledDraft fixtureDraft(String teamId) {
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        return compiler.compile(teamId, null);
    }

    @Test
    void sectionsFollowTheFormsOrderInWordAndMarkdown() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).map(DocxText::ascii).toList();
            assertThat(headings).containsExactlyElementsOf(FORM_ORDER);
            assertThat(ascii(doc.getParagraphs().get(0).getText())).startsWith("Technician Commitment self-assessment").contains("University of Fixtures");
        }
        List<String> mdHeadings = draft.markdown().lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).replace("\\", "")).toList();
        assertThat(mdHeadings).containsExactlyElementsOf(FORM_ORDER);
    }

    @Test
    void headerProfileAndSignOffComeFromTheLeadsProfile() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            XWPFTable header = tablesOf(doc, "Organisation and institutional lead").get(0);
            assertThat(rowText(header, 1)).contains("University of Fixtures");
            assertThat(rowText(header, 2)).contains("Dr Ada Lead");
            assertThat(rowText(header, 3)).contains("ada.lead@fixtures.ac.uk");
            assertThat(rowText(header, 5)).contains("15 January 2025");
            assertThat(textOf(doc, "Number of technicians and how they are structured")).contains("121 technicians have registered");
            assertThat(textOf(doc, "Technician Commitment web page")).contains("https://www.fixtures.ac.uk/technician-commitment");
            assertThat(textOf(doc, "Sign-off")).contains("Nominated Institutional Lead, Dr Ada Lead").contains("Leader of Institution");
        }
    }

    @Test
    void initiativesPerThemeHaveCountsItemsAndCelebratedAchievementsByKind() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            String initiatives = textOf(doc, "Initiatives since becoming a signatory");
            assertThat(initiatives).contains("technicians logged 183 contributions and 37 achievements")
                    .doesNotContain("(s)");
            assertThat(initiatives).contains("Visibility").contains("Recognition").contains("Career Development").contains("Sustainability");
            // nothing is logged against Evaluating Impact: it says so and what would fill it
            assertThat(initiatives).contains("No evidence recorded yet. Contributions and achievements that technicians log in TechVoice against Evaluating Impact");
            List<XWPFTable> tables = tablesOf(doc, "Initiatives since becoming a signatory");
            assertThat(tables).anySatisfy(t -> assertThat(rowText(t, 0)).isEqualTo("Ref|Date|Kind|What was done"));
            assertThat(tables).anySatisfy(t -> {
                assertThat(rowText(t, 0)).isEqualTo("Kind|Celebrated");
                assertThat(t.getRows().stream().map(r -> ascii(r.getCell(0).getText())).toList()).contains("professional registration", "award", "promotion");
            });
            assertThat(doc.getAllPictures()).as("entries per theme over time, survey results per theme").hasSize(2);
            assertThat(doc.getAllPictures().get(0).getData()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void actionPlanTableListsEveryActionWithTimescaleRagAndEvidence() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            XWPFTable plan = tablesOf(doc, "24-month action plan").get(0);
            assertThat(rowText(plan, 0)).isEqualTo("Ref|Theme|Action|Lead|Timescale|Success measure|RAG|Evidence|Origin");
            assertThat(plan.getRows()).hasSize(11);
            assertThat(rowText(plan, 1)).startsWith("TC-01|Recognition|Action number 1").contains("1 January 2026 to 30 June 2027")
                    .contains("|Amber|3 (C-1, V-2, S-1/Q1)|Lead");
            assertThat(rowText(plan, 10)).startsWith("TC-10|");
            assertThat(textOf(doc, "24-month action plan")).contains("TC-01 (Amber): Workshops booked");
        }
    }

    /** Issue 22: "Technician, School of Chemistry" named the only chemist; a small department is not printed. */
    @Test
    void aNamedQuoteGivesNoDepartmentSmallerThanTheMinimumGroupSize() throws IOException {
        String teamId = newTeam();
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        people.register(teamId, new org.techvoice.people.TechnicianProfile(FixtureInstitution.NAMED_AUTHOR, "Glassblowing", "Technical", null));
        CompiledDraft draft = compiler.compile(teamId, null);
        try (XWPFDocument doc = open(draft)) {
            XWPFParagraph named = quote(doc, FixtureInstitution.NAMED_QUOTE);
            assertThat(ascii(named.getText())).containsPattern("— Technician, \\d").doesNotContain("Glassblowing");
        }
        assertThat(draft.markdown()).doesNotContain("Glassblowing");
    }

    @Test
    void technicianVoiceShowsSurveysResultsAndQuotesButNeverAttributesAnonymousVoice() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            XWPFTable surveys = tableStartingWith(doc, VOICE, "Ref|Survey|");
            assertThat(rowText(surveys, 1)).isEqualTo("S-1|Technician voice survey 2025 (anonymous)|1 March 2025|120|40|33%");
            assertThat(rowText(surveys, 2)).isEqualTo("S-2|Pulse survey on training|1 October 2025|120|55|46%");
            String voice = textOf(doc, VOICE);
            assertThat(voice).contains("Mean 3.4 of 5 from 40 answers").contains("Yes: 31, No: 9 (40 answers)")
                    .contains("Clear promotion criteria");

            XWPFParagraph anonymous = quote(doc, FixtureInstitution.ANONYMOUS_QUOTE);
            assertThat(ascii(anonymous.getText())).contains("Anonymous technician").doesNotContain("Technician, ")
                    .doesNotContain(FixtureInstitution.ANONYMOUS_AUTHOR_DEPARTMENT);
            XWPFParagraph named = quote(doc, FixtureInstitution.NAMED_QUOTE);
            assertThat(ascii(named.getText())).contains("Technician, Chemistry");
            assertThat(allText(doc)).doesNotContain("U0TECH").doesNotContain(FixtureInstitution.NAMED_AUTHOR);
        }
        assertThat(draft.markdown()).contains("> " + FixtureInstitution.ANONYMOUS_QUOTE + "\n>\n> — Anonymous technician");
    }

    @Test
    void suppressedSurveyCellsNeverAppear() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            String all = allText(doc);
            assertThat(all).contains(FixtureInstitution.SUPPRESSED_QUESTION).contains("Withheld: " + FixtureInstitution.SUPPRESSED_REASON);
            assertThat(all).doesNotContain(FixtureInstitution.SUPPRESSED_SECRET).doesNotContain("4.9");
        }
        assertThat(draft.markdown()).doesNotContain(FixtureInstitution.SUPPRESSED_SECRET).doesNotContain("4.9")
                .contains("Withheld: " + FixtureInstitution.SUPPRESSED_REASON);
        // the survey chart's figures (shown as a table in Markdown) leave the suppressed Sustainability question out
        String surveyChart = draft.markdown().substring(draft.markdown().indexOf("**Survey results per theme"));
        surveyChart = surveyChart.substring(0, surveyChart.indexOf("\n\n", surveyChart.indexOf("| Theme |")));
        assertThat(surveyChart).contains("| Visibility | 3.4 | 40 |").contains("| Career Development | 2.8 | 55 |")
                .doesNotContain("Sustainability");
    }

    @Test
    void gapAnalysisShowsWhichExampleActivitiesHaveEvidence() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            String gaps = textOf(doc, "Appendix A: Gap analysis against the example activities");
            assertThat(gaps).containsPattern("\\d+ of the form's \\d+ example activities have evidence");
            List<XWPFTable> tables = tablesOf(doc, "Appendix A: Gap analysis against the example activities");
            assertThat(tables).isNotEmpty();
            List<String> rows = tables.stream().flatMap(t -> t.getRows().stream().skip(1))
                    .map(r -> ascii(r.getCell(0).getText()) + "|" + ascii(r.getCell(1).getText())).toList();
            assertThat(rows).anyMatch(r -> r.contains("|Yes ("));
            assertThat(rows).anyMatch(r -> r.endsWith("|None yet"));
            assertThat(draft.summary().activitiesWithEvidence()).isPositive().isLessThan(draft.summary().activitiesTotal());
        }
    }

    @Test
    void everyCitedReferenceIsInTheEvidenceAppendixWithoutAuthors() throws IOException {
        CompiledDraft draft = fixtureDraft(newTeam());
        try (XWPFDocument doc = open(draft)) {
            XWPFTable appendix = tablesOf(doc, "Appendix B: Evidence cited").get(0);
            List<String> refs = appendix.getRows().stream().skip(1).map(r -> ascii(r.getCell(0).getText())).toList();
            assertThat(refs).contains("C-1", "V-2", "S-1/Q1", "S-1", "S-1/Q4").doesNotHaveDuplicates();
            // every reference in the items tables and quotes is listed
            String body = allText(doc);
            java.util.regex.Matcher cited = java.util.regex.Pattern.compile("\\(([CAV]-\\d+)\\)").matcher(body);
            while (cited.find()) {
                assertThat(refs).contains(cited.group(1));
            }
        }
    }

    @Test
    void anEmptyWorkspaceGetsADraftThatSaysWhatIsMissing() throws IOException {
        String teamId = newTeam();
        CompiledDraft draft = compiler.compile(teamId, null);
        try (XWPFDocument doc = open(draft)) {
            assertThat(textOf(doc, "Organisation profile")).contains("Not given yet").contains("/tc profile");
            assertThat(textOf(doc, "24-month action plan")).contains("No evidence recorded yet.").contains("/tc action add");
            assertThat(textOf(doc, VOICE)).contains("No evidence recorded yet. Surveys run with TechVoice")
                    .contains("No evidence recorded yet. Ideas and views technicians share");
            assertThat(textOf(doc, "Appendix B: Evidence cited")).contains("No evidence recorded yet.");
            assertThat(doc.getAllPictures()).isEmpty();
        }
        assertThat(draft.summary().missing()).anyMatch(m -> m.startsWith("Profile not complete"))
                .anyMatch(m -> m.contains("No action plan yet")).anyMatch(m -> m.equals("No evidence yet for Visibility."));
    }

    @Test
    void sinceNarrowsTheEvidenceAndWorkspacesNeverMix() throws IOException {
        String teamId = newTeam();
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        CompiledDraft late = compiler.compile(teamId, LocalDate.of(2025, 9, 1));
        assertThat(late.summary().surveys()).isEqualTo(1);
        long contributions = late.summary().perTheme().values().stream().mapToLong(c -> c.contributions()).sum();
        assertThat(contributions).isBetween(1L, 182L);
        try (XWPFDocument doc = open(late)) {
            assertThat(rowText(tablesOf(doc, "Organisation and institutional lead").get(0), 6)).contains("from 1 September 2025");
        }
        CompiledDraft other = compiler.compile(newTeam(), null);
        assertThat(other.summary().perTheme().values().stream().mapToLong(c -> c.contributions() + c.voice()).sum()).isZero();
        assertThat(other.markdown()).doesNotContain("University of Fixtures");
    }

    @Test
    void theOrderEntriesArriveInDoesNotChangeTheDraft() {
        String teamId = newTeam();
        CompiledDraft asLogged = fixtureDraft(teamId);
        List<EvidenceEntry> entries = evidence.entries(teamId);
        List<EvidenceEntry> reversed = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        evidence.put(teamId, reversed);
        CompiledDraft backwards = compiler.compile(teamId, null);
        List<EvidenceEntry> shuffled = new java.util.ArrayList<>(entries);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        evidence.put(teamId, shuffled);
        CompiledDraft mixed = compiler.compile(teamId, null);

        assertThat(entries).hasSizeGreaterThan(100);
        assertThat(backwards.markdown()).isEqualTo(asLogged.markdown());
        assertThat(mixed.markdown()).isEqualTo(asLogged.markdown());
    }

    // --- reading the Word file ----------------------------------------------------------------------------

    static XWPFDocument open(CompiledDraft draft) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(draft.docx()));
    }

    /** The body elements between the Heading1 with this text and the next Heading1. */
    static List<IBodyElement> sectionOf(XWPFDocument doc, String heading) {
        List<IBodyElement> inSection = new java.util.ArrayList<>();
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

    static String textOf(XWPFDocument doc, String heading) {
        return sectionOf(doc, heading).stream().map(e -> e instanceof XWPFParagraph p ? ascii(p.getText()) : ascii(((XWPFTable) e).getText()))
                .collect(Collectors.joining("\n"));
    }

    static List<XWPFTable> tablesOf(XWPFDocument doc, String heading) {
        return sectionOf(doc, heading).stream().filter(XWPFTable.class::isInstance).map(XWPFTable.class::cast).toList();
    }

    static String rowText(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> ascii(c.getText())).collect(Collectors.joining("|"));
    }

    static XWPFTable tableStartingWith(XWPFDocument doc, String heading, String header) {
        return tablesOf(doc, heading).stream().filter(t -> rowText(t, 0).startsWith(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + header + " under " + heading));
    }

    static XWPFParagraph quote(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle()) && ascii(p.getText()).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + text));
    }

    static String allText(XWPFDocument doc) {
        return doc.getBodyElements().stream().map(e -> e instanceof XWPFParagraph p ? ascii(p.getText()) : ascii(((XWPFTable) e).getText()))
                .collect(Collectors.joining("\n"));
    }
}
