package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Issue 22: the organisation name and typed text reach the canvas title and the draft neutralised. */
class HostileTextInDraftTest {

    static final String HOSTILE = "<!channel> Uni <https://evil.example|payroll> \u202Efdp.exe\u2066x\u2069";

    @Test
    void theCanvasTitleNeitherPingsNorLinksNorReverses() {
        DraftSummary summary = new DraftSummary(HOSTILE, null, LocalDate.of(2026, 12, 5), Map.of(), 0, 0, Map.of(), List.of(), 0, 0);
        String title = DraftCanvas.title(new CompiledDraft(new DraftDocument("t", cover(), List.of()), new byte[0], "", summary, "f"));

        assertThat(title).doesNotContain("<").doesNotContain(">").doesNotContain("\u202E").doesNotContain("\u2066")
                .contains("‹!channel› Uni ‹https://evil.example|payroll› fdp.exe");
    }

    @Test
    void theMarkdownDraftCarriesNoBidiControls() {
        DraftDocument document = new DraftDocument("Draft: " + HOSTILE, cover(), List.of(new DraftDocument.Section("Voice", List.of(
                new DraftDocument.Paragraph("said \u202Eevil", false), new DraftDocument.Quote("q \u202Dx", "Technician"),
                new DraftDocument.Table(List.of("h\u2067"), List.of(List.of("c\u202A")))))));

        String markdown = new MarkdownRenderer().render(document);

        assertThat(markdown).doesNotContain("\u202E").doesNotContain("\u202D").doesNotContain("\u2067").doesNotContain("\u202A")
                .doesNotContain("\u2066").contains("\\<!channel\\>");
    }

    private static DraftDocument.Cover cover() {
        return new DraftDocument.Cover(HOSTILE, HOSTILE, "Self-assessment", "Draft", "5 December 2026");
    }
}
