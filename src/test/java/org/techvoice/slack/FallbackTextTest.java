package org.techvoice.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FallbackTextTest {

    @Test
    void saysWhatTheBlocksSayWithoutEmojiCodesOrEmphasis() {
        String text = FallbackText.of(List.of(
                header(h -> h.text(plainText("Your draft is ready"))),
                section(s -> s.text(markdownText(":white_check_mark: *S-3 \"Lab rota\"* is scheduled: run `/tc survey list`."))),
                actions(a -> a.elements(List.of())),
                context(c -> c.elements(List.of(markdownText("Ask <@U0LEAD001> at 10:30 _today_."))))));

        assertThat(text).isEqualTo("Your draft is ready\nS-3 \"Lab rota\" is scheduled: run /tc survey list.\n"
                + "Ask <@U0LEAD001> at 10:30 today.");
    }

    @Test
    void keepsColonsThatAreNoEmojiCode() {
        assertThat(FallbackText.plain("Time: 10:30 :tada: done :")).isEqualTo("Time: 10:30 done :");
    }

    /** Slack renders its markup in the fallback too, so a date's tokens and a link's address keep every character. */
    @Test
    void keepsSlackMarkupWhole() {
        java.time.Instant closes = java.time.Instant.parse("2026-12-20T14:20:00Z");
        String mrkdwn = "*S-2* closes " + DateMarkup.of(closes) + ": see <https://example.org/tc_results|the_results> _now_ :tada:";

        assertThat(FallbackText.plain(mrkdwn)).isEqualTo("S-2 closes " + DateMarkup.of(closes)
                + ": see <https://example.org/tc_results|the_results> now ");
        assertThat(FallbackText.plain(mrkdwn)).contains("{date_short_pretty}");
        assertThat(FallbackText.plain("a < b and *c*")).as("a lone < is no markup").isEqualTo("a < b and c");
    }
}
