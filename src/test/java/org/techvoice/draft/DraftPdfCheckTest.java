package org.techvoice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.CompiledDraft;
import org.techvoice.draft.document.DraftCompiler;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.support.SlackAppTest;
import org.techvoice.themes.Theme;

/**
 * Issue 19's "done when", on the rendered pages: the fixture institution's draft (with actions worded as long as a
 * real plan's) rendered to PDF by LibreOffice, read back with PDFBox: every page A4, the action plan on landscape
 * pages, "Page X of Y" on every page but the cover, a contents table, and no word broken inside a table cell.
 *
 * <p>Skipped, saying why, where LibreOffice ({@code soffice}) is not installed. The rendering takes 10–20 s.
 */
@SlackAppTest
class DraftPdfCheckTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    /** A4 in PDF points, and what rounding in the Word and PDF writers may change it by. */
    private static final float A4_SHORT = 595.3f;
    private static final float A4_LONG = 841.9f;
    private static final float TOLERANCE = 2f;

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

    @Test
    void theRenderedDraftIsA4WithALandscapePlanPageNumbersContentsAndNoBrokenWord() throws Exception {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice) is not installed, so the draft is not rendered to PDF: install libreoffice-writer to run this check");
        String team = DraftDocumentTest.newTeam();
        FixtureInstitution.seed(team, evidence, people, profiles, actions);
        // actions worded as a real plan words them: long words in every column the issue saw broken
        addAction(team, "TC-11", "Establish a technician apprenticeship programme with interdisciplinary rotations across the "
                + "faculties, recruiting two apprentices a year", "Director of Technical Services and Human Resources",
                "Apprenticeships recruited, retained and completed; professional registration of every completed apprentice");
        addAction(team, "TC-12", "Professionalisation: fund professional registration (RSciTech, RSci, EngTech) for every technician",
                "Technician Commitment Steering Group", "Registrations doubled from the baseline survey's 12 per cent");
        CompiledDraft draft = compiler.compile(team, null);

        Path dir = Files.createDirectories(Path.of("target/draft-check/pdf"));
        Path docx = dir.resolve("pdf-check-draft.docx");
        Files.write(docx, draft.docx());
        Path pdf = render(soffice, docx, dir);

        BrokenWords words = new BrokenWords(documentText(draft.docx()));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("pages").isGreaterThan(5);
            List<Integer> planPages = new ArrayList<>();
            boolean contents = false;
            List<String> broken = new ArrayList<>();
            for (int number = 1; number <= pages; number++) {
                PDPage page = document.getPage(number - 1);
                String text = text(document, number);
                boolean landscape = isA4(page.getMediaBox(), number);
                if (text.contains("Success measure") && text.contains("Timescale")) {
                    planPages.add(number);
                    assertThat(landscape).as("page %d, with the action plan's table, is landscape", number).isTrue();
                }
                if (number > 1) {
                    assertThat(text).as("page %d shows its number", number).contains("Page " + number + " of " + pages);
                }
                if (text.lines().anyMatch(line -> line.strip().equals("Contents"))) {
                    contents = contents || text.contains("Appendix A") && text.contains("Initiatives since becoming a signatory");
                }
                for (String fragment : words.fragments(text)) {
                    broken.add("page " + number + ": " + fragment);
                }
            }
            assertThat(planPages).as("pages with the action plan").isNotEmpty();
            assertThat(contents).as("a contents table listing the sections").isTrue();
            assertThat(broken).as("words broken across lines").isEmpty();
        }
    }

    @Test
    void theBrokenWordCheckFindsABrokenWord() {
        BrokenWords words = new BrokenWords("Technical staff and the Success measure of each action, co-authored.");
        assertThat(words.fragments("Technica\nl staff and the Succes\ns measur\ne")).hasSize(6);
        assertThat(words.fragments("Technical staff and the Success\nmeasure, co-\nauthored")).isEmpty();
    }

    private void addAction(String team, String reference, String description, String lead, String measure) {
        Map<?, ?> errors = actions.add(team, "U0ADMIN01", new ActionInput(reference, Set.of(Theme.SUSTAINABILITY), description, lead,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), measure, Rag.AMBER, "Interviewing for the first cohort", "C-1"));
        assertThat(errors).isEmpty();
    }

    /** @return whether the page is landscape; fails unless it is A4 either way */
    private static boolean isA4(PDRectangle box, int number) {
        float width = box.getWidth();
        float height = box.getHeight();
        boolean portrait = Math.abs(width - A4_SHORT) < TOLERANCE && Math.abs(height - A4_LONG) < TOLERANCE;
        boolean landscape = Math.abs(width - A4_LONG) < TOLERANCE && Math.abs(height - A4_SHORT) < TOLERANCE;
        assertThat(portrait || landscape).as("page %d is A4 (%.1f x %.1f pt)", number, width, height).isTrue();
        return landscape;
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static Path soffice() {
        if (Files.isExecutable(SOFFICE)) {
            return SOFFICE;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (!dir.isBlank() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** LibreOffice headless, with a profile of its own (so a desktop instance or another test run cannot block it), time-boxed. */
    private static Path render(Path soffice, Path docx, Path dir) throws IOException, InterruptedException {
        Path pdf = dir.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        Files.deleteIfExists(pdf); // a PDF of an earlier run must not pass for this one's
        Path profile = Files.createTempDirectory("techvoice-soffice");
        try {
            Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("LibreOffice did not render the draft within 3 minutes");
            }
            assertThat(process.exitValue()).as("soffice's exit code (see %s)", dir.resolve("soffice.log")).isZero();
            assertThat(pdf).as("the PDF LibreOffice wrote").exists();
            return pdf;
        } finally {
            // LibreOffice's profile for this run only: a few megabytes not to leave in /tmp
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Every paragraph's text of the Word file (body, header, footer), as the document's dictionary. */
    private static String documentText(byte[] docx) throws IOException {
        StringBuilder text = new StringBuilder();
        Pattern paragraph = Pattern.compile("<w:p[ >].*?</w:p>", Pattern.DOTALL);
        Pattern run = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("word/") && entry.getName().endsWith(".xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher p = paragraph.matcher(xml);
                    while (p.find()) {
                        Matcher r = run.matcher(p.group());
                        while (r.find()) {
                            text.append(unescape(r.group(1)));
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
