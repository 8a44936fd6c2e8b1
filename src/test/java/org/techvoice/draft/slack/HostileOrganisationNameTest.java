package org.techvoice.draft.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.document.DraftSummary;
import org.techvoice.themes.Theme;

/** Issue 22: every text TechVoice posts is escaped and neutralised, the organisation name included. */
class HostileOrganisationNameTest {

    static final String HOSTILE = "<!channel> Uni <https://evil.example|payroll> \u202Efdp.exe";

    @Test
    void theDraftDmsFallbackTextAndBlocksNeitherPingNorLinkNorReverse() {
        Map<Theme, DraftSummary.ThemeCounts> none = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            none.put(theme, new DraftSummary.ThemeCounts(0, 0, 0));
        }
        DraftSummary summary = new DraftSummary(HOSTILE, null, LocalDate.of(2026, 12, 5), none, 0, 0, Map.of(), List.of(), 0, 0);
        DraftSummaryBlocks blocks = new DraftSummaryBlocks();

        assertThat(blocks.text(summary)).contains("&lt;!channel&gt; Uni &lt;https://evil.example|payroll&gt;")
                .doesNotContain("<!channel>").doesNotContain("\u202E");
        assertThat(blocks.blocksJson(summary)).doesNotContain("<!channel>").doesNotContain("\u202E").doesNotContain("\\u202e")
                .doesNotContain("\\u202E");
    }

    @Test
    void theCanvasTitleNeitherPingsNorLinksNorReverses() {
        String hostile = HOSTILE + "\u2066x\u2069";
        DraftSummary summary = new DraftSummary(hostile, null, LocalDate.of(2026, 12, 5), Map.of(), 0, 0, Map.of(), List.of(), 0, 0);

        String title = new DraftSummaryBlocks().canvasTitle(summary);

        assertThat(title).doesNotContain("<").doesNotContain(">").doesNotContain("\u202E").doesNotContain("\u2066")
                .contains("‹!channel› Uni ‹https://evil.example|payroll› fdp.exe");
    }
}
