package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.DraftSummary;
import org.techvoice.draft.document.DraftSummaryMessage;
import org.techvoice.outbox.MessageContent;
import org.techvoice.slack.Counted;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.Mrkdwn;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.Theme;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;

/** The short Block Kit summary DMed with the draft (counts per theme and what is missing), and the draft's other words. */
@Component
class DraftSummaryBlocks implements DraftSummaryMessage {

    @Override
    public String filesComment() {
        return "Your Technician Commitment self-assessment draft, as Word and as Markdown.";
    }

    @Override
    public String canvasTitle(DraftSummary summary) {
        // a plain-text title: the organisation name as typed in /tc profile must not read as a mention, a link or reversed text
        return "Technician Commitment self-assessment draft — " + Mrkdwn.plain(summary.organisation()) + " — " + DateMarkup.day(summary.until());
    }

    @Override
    public String canvasShared() {
        return ":page_facing_up: Your self-assessment draft is also a Slack canvas, which you can edit and share:";
    }

    @Override
    public String compileFailed() {
        return ":warning: Sorry, I could not compile your draft: something went wrong on our side. Nothing was changed; "
                + "please try `/tc draft` again in a few minutes.";
    }

    @Override
    public MessageContent summary(DraftSummary summary) {
        return new MessageContent(text(summary), blocksJson(summary));
    }

    String text(DraftSummary summary) {
        return "Your Technician Commitment draft for " + SlackReplies.escape(summary.organisation()) + " is ready: " + totals(summary) + ".";
    }

    String blocksJson(DraftSummary summary) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your self-assessment draft is ready"))));
        blocks.add(section(s -> s.text(markdownText("*" + SlackReplies.escape(summary.organisation()) + "*, evidence "
                + (summary.since() == null ? "up to " : "from " + DateMarkup.day(summary.since()) + " to ") + DateMarkup.day(summary.until())
                + ". The Word and Markdown files are in this conversation."))));
        StringBuilder themes = new StringBuilder("*Per theme* (contributions · achievements · voice)\n");
        for (Theme theme : Theme.values()) {
            DraftSummary.ThemeCounts c = summary.perTheme().get(theme);
            themes.append("• ").append(theme.displayName()).append(": ").append(c.contributions()).append(" · ")
                    .append(c.achievements()).append(" · ").append(c.voice()).append('\n');
        }
        themes.append("*Surveys:* ").append(summary.surveys()).append("   *Actions:* ").append(summary.actions());
        if (summary.actions() > 0) {
            themes.append(" (").append(List.of(Rag.values()).stream()
                    .map(r -> r.label() + " " + summary.actionsByRag().getOrDefault(r, 0L)).collect(Collectors.joining(", "))).append(')');
        }
        themes.append("\n*Appendix A activities with evidence:* ").append(summary.activitiesWithEvidence()).append(" of ").append(summary.activitiesTotal());
        String themesText = themes.toString();
        blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(themesText, SlackReplies.SECTION_TEXT_LIMIT)))));
        String missing = summary.missing().isEmpty() ? ":white_check_mark: Nothing obvious is missing."
                : "*What is missing*\n" + summary.missing().stream().map(m -> "• " + SlackReplies.escape(m)).collect(Collectors.joining("\n"));
        blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(missing, SlackReplies.SECTION_TEXT_LIMIT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Every figure and quote is traced to its reference in Appendix B. Anonymous voice is never attributed.")))));
        return GsonFactory.createSnakeCase().toJson(blocks);
    }

    private static String totals(DraftSummary summary) {
        long contributions = summary.perTheme().values().stream().mapToLong(DraftSummary.ThemeCounts::contributions).sum();
        long achievements = summary.perTheme().values().stream().mapToLong(DraftSummary.ThemeCounts::achievements).sum();
        long voice = summary.perTheme().values().stream().mapToLong(DraftSummary.ThemeCounts::voice).sum();
        return Counted.of(contributions, "contribution") + ", " + Counted.of(achievements, "achievement") + " and "
                + Counted.of(voice, "voice mention") + " by theme, " + Counted.of(summary.surveys(), "survey") + ", "
                + Counted.of(summary.actions(), "action");
    }
}
