package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 22: typed text reaches the draft neutralised (the canvas title: {@code draft.slack.HostileOrganisationNameTest}). */
class HostileTextInDraftTest {

    static final String HOSTILE = "<!channel> Uni <https://evil.example|payroll> \u202Efdp.exe\u2066x\u2069";

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
