package org.techvoice.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.draft.DocxText.ascii;
import static org.techvoice.draft.DraftDocumentTest.open;
import static org.techvoice.draft.DraftDocumentTest.rowText;
import static org.techvoice.draft.DraftDocumentTest.tablesOf;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.document.CompiledDraft;
import org.techvoice.draft.document.DraftCompiler;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.support.SlackAppTest;
import org.techvoice.themes.Theme;

/**
 * The draft as a document a university would publish (issue 19): A4 pages, a landscape action plan, a cover and
 * contents, header and footer, properties and language, marked and repeating table headers, alternative text, no
 * meaning by colour alone, and the same draft from the same data. The Word file is opened again with POI.
 *
 * <p>The fixture's Word file is also written to {@code target/draft-check/fixture-draft.docx}, for the visual check
 * described in docs/ARCHITECTURE.md (render it with LibreOffice and look at the pages).
 */
@SlackAppTest
class DraftPublishingTest {

    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;

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

    private CompiledDraft fixtureDraft(String teamId) {
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        return compiler.compile(teamId, null);
    }

    @Test
    void pagesAreA4WithTheActionPlanOnLandscapePagesOfItsOwn() throws IOException {
        CompiledDraft draft = fixtureDraft(DraftDocumentTest.newTeam());
        Files.createDirectories(Path.of("target/draft-check"));
        Files.write(Path.of("target/draft-check/fixture-draft.docx"), draft.docx());
        try (XWPFDocument doc = open(draft)) {
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertPage(last, STPageOrientation.PORTRAIT);
            // a section ends with the paragraph carrying its settings: before the plan's heading (portrait) and after its table
            List<CTSectPr> breaks = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr()).toList();
            assertThat(breaks).hasSize(2);
            assertPage(breaks.get(0), STPageOrientation.PORTRAIT);
            assertPage(breaks.get(1), STPageOrientation.LANDSCAPE);
            List<Object> order = new ArrayList<>();
            for (var element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    order.add("break");
                } else if (element instanceof XWPFParagraph p && "Heading1".equals(p.getStyle())) {
                    order.add(ascii(p.getText()));
                }
            }
            int plan = order.indexOf("24-month action plan");
            assertThat(order.get(plan - 1)).isEqualTo("break");
            assertThat(order.get(plan + 1)).isEqualTo("break");
            // the cover has no header or footer; every section has the running ones
            assertThat(breaks.get(0).isSetTitlePg()).isTrue();
            assertThat(breaks.get(1).sizeOfHeaderReferenceArray()).isPositive();
            assertThat(last.sizeOfFooterReferenceArray()).isPositive();
        }
    }

    private static void assertPage(CTSectPr section, STPageOrientation.Enum orientation) {
        boolean landscape = orientation == STPageOrientation.LANDSCAPE;
        assertThat(new BigInteger(section.getPgSz().getW().toString())).isEqualTo(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        assertThat(new BigInteger(section.getPgSz().getH().toString())).isEqualTo(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        assertThat(section.getPgSz().getOrient()).isEqualTo(orientation);
        assertThat(new BigInteger(section.getPgMar().getLeft().toString())).isBetween(BigInteger.valueOf(1000), BigInteger.valueOf(1500));
    }

    @Test
    void coverContentsHeaderFooterPropertiesAndLanguage() throws IOException {
        CompiledDraft draft = fixtureDraft(DraftDocumentTest.newTeam());
        try (XWPFDocument doc = open(draft)) {
            List<String> cover = doc.getParagraphs().stream().limit(5).map(XWPFParagraph::getText).map(DocxText::ascii).toList();
            assertThat(cover.get(0)).contains("Technician Commitment self-assessment").contains("University of Fixtures");
            assertThat(cover).contains("University of Fixtures", "Draft compiled by TechVoice")
                    .anyMatch(line -> line.startsWith("Draft for the institutional lead"))
                    .anyMatch(line -> line.matches("\\d{1,2} \\p{L}+ \\d{4}"));
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Title");

            // the contents: a TOC field over headings 1 to 3, updated when Word opens the file
            String bodyXml = doc.getDocument().xmlText();
            // Word refuses a file with an element repeated where the schema allows one (e.g. two <w:top> borders)
            assertThat(bodyXml).doesNotContainPattern("<w:top [^>]*/><w:top ").doesNotContainPattern("<w:top/><w:top");
            assertThat(bodyXml).contains("TOC \\o \"1-3\"");
            assertThat(doc.isEnforcedUpdateFields()).isTrue();
            assertThat(doc.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle())).map(XWPFParagraph::getText).map(DocxText::ascii))
                    .containsAll(DraftDocumentTest.FORM_ORDER);

            for (String id : List.of("Heading1", "Heading2", "Heading3")) {
                CTStyle style = doc.getStyles().getStyle(id).getCTStyle();
                assertThat(style.getName().getVal()).isEqualTo("heading " + id.charAt(7));
                assertThat(style.getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(id.charAt(7) - '1');
            }
            assertThat(doc.getParagraphs()).anyMatch(p -> "Heading3".equals(p.getStyle()));

            assertThat(doc.getHeaderList()).anyMatch(h -> ascii(h.getText()).contains("Technician Commitment self-assessment and action plan: University of Fixtures"));
            assertThat(doc.getFooterList()).anySatisfy(f -> {
                String xml = f._getHdrFtr().xmlText();
                assertThat(ascii(f.getText())).contains("Page").contains("of");
                assertThat(xml).contains(" PAGE ").contains(" NUMPAGES ");
            });

            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(draft.document().title());
            assertThat(core.getCreator()).isEqualTo("University of Fixtures");
            assertThat(core.getSubject()).contains("Technician Commitment");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("TechVoice");
            assertThat(doc.getProperties().toString() + core.getCreator() + core.getLastModifiedByUser()).doesNotContain("Apache POI");
            assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("en-GB");
        }
        assertThat(draft.markdown()).startsWith("# Technician Commitment self-assessment")
                .contains("University of Fixtures  \n").contains("Draft compiled by TechVoice");
    }

    @Test
    void tablesMarkTheirHeaderRowsRepeatThemAndKeepRowsWhole() throws IOException {
        CompiledDraft draft = fixtureDraft(DraftDocumentTest.newTeam());
        try (XWPFDocument doc = open(draft)) {
            assertThat(doc.getTables()).hasSizeGreaterThan(5);
            for (XWPFTable table : doc.getTables()) {
                assertThat(table.getRow(0).isRepeatHeader()).as(rowText(table, 0)).isTrue();
                assertThat(table.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
                assertThat(table.getRows().stream().skip(1)).noneMatch(XWPFTableRow::isRepeatHeader);
                assertThat(table.getCTTbl().getTblPr().getTblCaption().getVal()).isNotBlank();
                assertThat(table.getCTTbl().getTblPr().getTblDescription().getVal()).contains("columns");
            }
            XWPFTable plan = tablesOf(doc, "24-month action plan").get(0);
            assertThat(plan.getCTTbl().getTblPr().getTblCaption().getVal()).isEqualTo("24-month action plan");
            List<Integer> widths = plan.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> new BigInteger(c.getW().toString()).intValue()).toList();
            List<String> columns = List.of(rowText(plan, 0).split("\\|"));
            int ref = widths.get(columns.indexOf("Ref"));
            int rag = widths.get(columns.indexOf("RAG"));
            int action = widths.get(columns.indexOf("Action"));
            int success = widths.get(columns.indexOf("Success measure"));
            assertThat(action).isGreaterThan(2 * ref).isGreaterThan(2 * rag);
            assertThat(success).isGreaterThan(ref).isGreaterThan(rag);
            assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(A4_LONG - 2 * 1134);

            // the status is written in every cell; the shading only repeats it
            int status = columns.indexOf("RAG");
            for (XWPFTableRow row : plan.getRows().subList(1, plan.getRows().size())) {
                var cell = row.getCell(status);
                assertThat(ascii(cell.getText())).isIn("Red", "Amber", "Green");
                assertThat(cell.getColor()).isNotNull().isNotEqualTo("auto");
            }
        }
    }

    @Test
    void everyPictureHasAlternativeTextAndChartsDescribeWhatTheSectionSays() throws IOException {
        CompiledDraft draft = fixtureDraft(DraftDocumentTest.newTeam());
        try (XWPFDocument doc = open(draft)) {
            List<CTInline> pictures = new ArrayList<>();
            for (XWPFParagraph paragraph : doc.getParagraphs()) {
                for (CTR run : paragraph.getCTP().getRList()) {
                    for (CTDrawing drawing : run.getDrawingList()) {
                        pictures.addAll(drawing.getInlineList());
                    }
                }
            }
            assertThat(pictures).hasSize(doc.getAllPictures().size()).hasSize(2);
            assertThat(pictures).allSatisfy(p -> assertThat(p.getDocPr().getDescr()).hasSizeGreaterThan(40));
            assertThat(pictures.get(0).getDocPr().getDescr()).contains("contributions and achievements").contains("Visibility");
            assertThat(pictures.get(1).getDocPr().getDescr()).contains("3.4").contains("1 (lowest)");
            assertThat(doc.getParagraphs()).anyMatch(p -> "Caption".equals(p.getStyle()) && ascii(p.getText()).startsWith("Figure 1: "));
        }
        // the month chart counts contributions and achievements, as its section says, and no voice entries
        String md = draft.markdown();
        String chart = md.substring(md.indexOf("**Contributions and achievements logged per theme, by month**"));
        chart = chart.substring(chart.indexOf("| Month"), chart.indexOf("\n\n", chart.indexOf("| Month")));
        List<String> header = List.of(chart.lines().findFirst().orElseThrow().split("\\s*\\|\\s*"));
        int visibility = header.indexOf("Visibility");
        long charted = chart.lines().skip(2).mapToLong(line -> Long.parseLong(line.split("\\s*\\|\\s*")[visibility])).sum();
        var counts = draft.summary().perTheme().get(Theme.VISIBILITY);
        assertThat(charted).isEqualTo(counts.contributions() + counts.achievements());
        assertThat(header).doesNotContain("Evaluating Impact");
    }

    @Test
    void twoDraftsOfTheSameDataAreTheSameEvenWhenSurveyCommentsArriveShuffled() throws IOException {
        String teamId = DraftDocumentTest.newTeam();
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            comments.add("Comment number " + i + " about training time");
        }
        evidence.putSurveys(teamId, withComments(comments));
        CompiledDraft first = compiler.compile(teamId, null);
        List<String> shuffled = new ArrayList<>(comments);
        Collections.shuffle(shuffled, new Random(11));
        evidence.putSurveys(teamId, withComments(shuffled));
        CompiledDraft second = compiler.compile(teamId, null);

        assertThat(second.markdown()).isEqualTo(first.markdown());
        assertThat(first.markdown()).contains("Comment number");
        try (XWPFDocument a = open(first); XWPFDocument b = open(second)) {
            assertThat(DraftDocumentTest.allText(b)).isEqualTo(DraftDocumentTest.allText(a));
        }
        // the quoted comments are in alphabetical order, which says nothing about who answered first
        List<String> quoted = first.markdown().lines().filter(l -> l.startsWith("> Comment number")).toList();
        assertThat(quoted).hasSize(3).isSortedAccordingTo(String::compareTo);
    }

    private static String cellsOf(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> ascii(c.getText())).collect(Collectors.joining("|"));
    }

    private static List<SurveyEvidence> withComments(List<String> comments) {
        List<SurveyEvidence> surveys = new ArrayList<>(FixtureInstitution.surveys());
        SurveyEvidence pulse = surveys.get(1);
        List<QuestionEvidence> questions = new ArrayList<>(pulse.questions());
        questions.add(new QuestionEvidence("S-2/Q2", Theme.CAREER_DEVELOPMENT, "What would give you more training time?", "free text",
                30, null, null, null, comments.stream().map(SurveyEvidence.Comment::of).toList()));
        surveys.set(1, new SurveyEvidence(pulse.reference(), pulse.title(), true, pulse.opensOn(), pulse.closesOn(),
                pulse.audienceSize(), pulse.respondents(), questions));
        return surveys;
    }

    @Test
    void crossReferencesToOtherReviewsAreShownWhenTheLeadGivesThem() throws IOException {
        String teamId = DraftDocumentTest.newTeam();
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        var current = profiles.current(teamId);
        assertThat(compiler.compile(teamId, null).markdown()).contains("## Cross-references to other sector reviews")
                .contains("Not given yet. The institutional lead can add references to Athena SWAN applications");
        assertThat(profiles.save(teamId, "U0ADMIN01", new org.techvoice.draft.profile.ProfileDetails(current.organisationName(),
                current.profile(), current.technicianDefinition(), current.technicianNumbers(), current.initiativesBefore(),
                current.webPageUrl(), current.leadName(), current.leadEmail(), current.leadPhone(), current.signatoryDate(),
                "Athena Swan Silver (2024): technicians on the self-assessment team."))).isEmpty();
        try (XWPFDocument doc = open(compiler.compile(teamId, null))) {
            assertThat(DraftDocumentTest.textOf(doc, "Cross-references to other sector reviews"))
                    .isEqualTo("Athena Swan Silver (2024): technicians on the self-assessment team.");
        }
    }

    @Test
    void wordingHasProperPluralsNamedKindsAndCreditsTechVoiceCelebrations() throws IOException {
        String teamId = DraftDocumentTest.newTeam();
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        assertThat(actions.add(teamId, "U0ADMIN01", new org.techvoice.draft.actionplan.ActionInput("TC-11", java.util.Set.of(Theme.SUSTAINABILITY),
                "Launch a technician apprenticeship programme with two apprentices a year", "Head of Technical Services",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2027, 6, 30), "Four apprentices in post",
                org.techvoice.draft.actionplan.Rag.GREEN, null, ""))).isEmpty();
        var current = profiles.current(teamId);
        assertThat(profiles.save(teamId, "U0ADMIN01", new org.techvoice.draft.profile.ProfileDetails(current.organisationName(),
                current.profile(), current.technicianDefinition(), current.technicianNumbers(),
                "Technicians have been costed into grants through full economic costing since 2015.", current.webPageUrl(),
                current.leadName(), current.leadEmail(), current.leadPhone(), current.signatoryDate()))).isEmpty();
        CompiledDraft draft = compiler.compile(teamId, null);
        String md = draft.markdown();
        assertThat(md).doesNotContain("(s)").doesNotContain("achievement: achievement").doesNotContain("((")
                .doesNotContain("Lead (Dr Ada Lead)");
        assertThat(md).contains("The plan has 11 actions (").contains("Signed by the Technician Commitment Nominated Institutional Lead, Dr Ada Lead");
        // every voice entry a section shows (the findings' quotes and examples among them) is listed in Appendix B
        int appendixB = md.indexOf("## Appendix B");
        int afterB = md.indexOf("\n## ", appendixB + 1);
        String listed = md.substring(appendixB, afterB < 0 ? md.length() : afterB);
        List<String> shown = java.util.regex.Pattern.compile("\\bV-\\d+\\b").matcher(md.substring(0, appendixB)
                + (afterB < 0 ? "" : md.substring(afterB))).results().map(java.util.regex.MatchResult::group).distinct().toList();
        assertThat(shown).isNotEmpty().allSatisfy(reference -> assertThat(listed).contains("| " + reference + " |"));
        try (XWPFDocument doc = open(draft)) {
            String celebrating = tablesOf(doc, "Appendix A: Gap analysis against the example activities").stream()
                    .flatMap(t -> t.getRows().stream()).map(r -> r.getTableCells().stream().map(c -> ascii(c.getText())).collect(Collectors.joining("|")))
                    .filter(r -> r.startsWith("A mechanism for celebrating")).findFirst().orElseThrow();
            assertThat(celebrating).contains("|Yes").contains("TechVoice celebrations:").contains("celebrated in the technician network channel");
            // TechVoice's surveys are a mechanism of Evaluating Impact, which has no example activities: said, not counted
            assertThat(doc.getParagraphs().stream().map(p -> p.getText())).anyMatch(text -> text.contains(
                    "TechVoice's 2 surveys of technicians in the period evidence Evaluating Impact"));
            // the profile is the organisation's own account of what is in place: no entry speaks of grant costings, it does
            List<String> costing = tablesOf(doc, "Appendix A: Gap analysis against the example activities").stream()
                    .flatMap(t -> t.getRows().stream())
                    .filter(r -> ascii(r.getCell(0).getText()).equals("Technicians visible in costing mechanisms for research grants"))
                    .map(r -> cellsOf(r)).toList();
            assertThat(costing).containsExactly("Technicians visible in costing mechanisms for research grants|Yes|"
                    + "Profile (initiatives before signing)");
            // an action that addresses an activity is named beside it, not counted as evidence of it
            assertThat(tablesOf(doc, "Appendix A: Gap analysis against the example activities").stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> ascii(r.getCell(0).getText()).equals("Utilisation of the Apprenticeship Levy to train and upskill existing staff")
                            || ascii(r.getCell(0).getText()).equals("A technician trainee/apprenticeship programme"))
                    .map(r -> ascii(r.getCell(2).getText()))).anyMatch(text -> text.contains("Action plan: TC-11"));
            List<String> appendix = tablesOf(doc, "Appendix B: Evidence cited").get(0).getRows().stream().skip(1)
                    .map(r -> ascii(r.getCell(0).getText())).toList();
            // by reference, numbers as numbers (A-5 before A-31)
            java.util.Comparator<String> byReference = java.util.Comparator.comparing((String r) -> r.replaceAll("[^A-Z].*", ""))
                    .thenComparing(r -> r.startsWith("S-") ? 0 : Integer.parseInt(r.replaceAll("\\D", "")));
            List<String> entries = appendix.stream().filter(r -> !r.startsWith("S-")).toList();
            assertThat(entries).hasSizeGreaterThan(10).isSortedAccordingTo(byReference);
            assertThat(appendix.indexOf("C-1")).isGreaterThan(appendix.indexOf("A-1"));
            assertThat(appendix.indexOf("S-1")).isGreaterThan(appendix.indexOf("C-1")).isLessThan(appendix.indexOf("S-1/Q1"));
            assertThat(appendix.indexOf("V-2")).isGreaterThan(appendix.indexOf("S-1/Q1"));
        }
    }
}
