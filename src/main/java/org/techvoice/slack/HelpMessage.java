package org.techvoice.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;

/** The Block Kit help for {@code /tc}, built from the sub-commands that really exist. */
@Component
class HelpMessage {

    private final TcSubcommands subcommands;

    HelpMessage(TcSubcommands subcommands) {
        this.subcommands = subcommands;
    }

    SlashCommandResponse full() {
        return SlackReplies.ephemeral("TechVoice commands: " + names(), blocks(null));
    }

    SlashCommandResponse unknown(String typed) {
        String shown = SlackReplies.escape(SlackReplies.truncate(typed, 40));
        String intro = closest(typed, subcommands.all())
                .map(match -> "I don't know `/tc " + shown + "`. Did you mean `/tc " + match.name() + "`?")
                .orElse("I don't know `/tc " + shown + "`. Here is what I can do:");
        return SlackReplies.ephemeral(intro.replace("`", ""), blocks(":thinking_face: " + intro));
    }

    /** The App Home shows the same list, under a welcome. */
    List<LayoutBlock> homeBlocks() {
        return blocks(":wave: *Welcome to TechVoice.* Technicians log contributions, celebrate colleagues and "
                + "say what would help; the institutional lead turns it into the Technician Commitment self-assessment.");
    }

    private List<LayoutBlock> blocks(String intro) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (intro != null) {
            blocks.add(section(s -> s.text(markdownText(intro))));
        }
        blocks.add(header(h -> h.text(plainText("TechVoice: /tc commands"))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Log what technicians do and say against the Technician Commitment themes: "
                        + "Visibility, Recognition, Career Development, Sustainability and Evaluating Impact.")))));
        TcSubcommand.Audience group = null;
        for (TcSubcommand sub : subcommands.all()) {
            if (blocks.size() >= SlackReplies.MESSAGE_BLOCK_LIMIT - 2) {
                break;
            }
            if (sub.audience() != group) {
                group = sub.audience();
                blocks.add(divider());
                String title = group.title();
                blocks.add(context(c -> c.elements(List.of(markdownText("*" + title + "*")))));
            }
            blocks.add(section(s -> s.text(markdownText(describe(sub)))));
        }
        return blocks;
    }

    private static String describe(TcSubcommand sub) {
        String usage = sub.usage().isEmpty() ? "/tc " + sub.name() : "/tc " + sub.name() + " " + sub.usage();
        return "*`" + usage + "`*\n" + sub.summary() + "\n_Example:_ `/tc " + sub.example() + "`";
    }

    private String names() {
        return String.join(", ", subcommands.all().stream().map(TcSubcommand::name).toList());
    }

    /** The known sub-command nearest to what was typed, if it is close enough to be a slip. */
    static Optional<TcSubcommand> closest(String typed, Collection<TcSubcommand> subcommands) {
        return subcommands.stream()
                .filter(sub -> sub.name().startsWith(typed) && typed.length() >= 2
                        || editDistance(typed, sub.name()) <= Math.max(1, sub.name().length() / 3))
                .min(Comparator.comparingInt(sub -> editDistance(typed, sub.name())));
    }

    /** Optimal string alignment distance: a swap of two neighbouring letters ("hlep") counts as one slip. */
    static int editDistance(String a, String b) {
        if (a.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
