package org.techvoice.themes.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;
import org.techvoice.themes.ThemeSuggester;
import org.techvoice.themes.ThemeSuggestion;
import org.techvoice.themes.ThoroughThemeSuggester;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.LayoutBlock;

/**
 * {@code /tc themes}: the five themes with their aims and Appendix A examples; {@code /tc themes <text>}
 * shows which themes TechVoice would suggest for a text, and why, so people can see how filing works.
 */
@Component
class ThemesSubcommand implements TcSubcommand {

    static final String NAME = "themes";
    private static final Logger log = LoggerFactory.getLogger(ThemesSubcommand.class);

    /** The same limit as every text a user gives TechVoice. */
    static final int MAX_TEXT = 3000;
    /** Enough examples to show what a theme means without a wall of text. */
    private static final int EXAMPLES_PER_THEME = 3;
    /** How much of the user's own text is echoed back above the answer. */
    private static final int ECHO_LIMIT = 300;

    private final ThemeCatalogue catalogue;
    private final ThemeSuggester suggester;
    private final ThoroughThemeSuggester thorough;
    private final ActivityMatcher activities;
    private final Executor afterAck;

    ThemesSubcommand(ThemeCatalogue catalogue, ThemeSuggester suggester, ThoroughThemeSuggester thorough, ActivityMatcher activities,
            @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.catalogue = catalogue;
        this.suggester = suggester;
        this.thorough = thorough;
        this.activities = activities;
        this.afterAck = afterAck;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String usage() {
        return "[text]";
    }

    @Override
    public String summary() {
        return "Lists the Technician Commitment themes with example activities. Add some text to see which themes "
                + "TechVoice would suggest for it, and why.";
    }

    @Override
    public String example() {
        return NAME + " I became RSciTech registered this week";
    }

    @Override
    public int helpOrder() {
        return 900;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        if (argument.isBlank()) {
            return context.ack(SlackReplies.ephemeral("The Technician Commitment themes: " + themeNames(), overview()));
        }
        int length = argument.codePointCount(0, argument.length());
        if (length > MAX_TEXT) {
            return context.ack(SlackReplies.ephemeral(":warning: That text is " + String.format("%,d", length)
                    + " characters long; `/tc themes` reads up to " + String.format("%,d", MAX_TEXT)
                    + ". Try a shorter piece of it."));
        }
        List<ThemeSuggestion> byRules = suggester.suggest(argument);
        afterAck.execute(() -> answerAfterReading(argument, byRules, context));
        return context.ack(trial(argument, byRules));
    }

    /**
     * The ack answers with the rules; reading the text with the sentence model costs an embedding, so it happens here,
     * after the ack, and replaces the answer only when the model changes it.
     */
    private void answerAfterReading(String text, List<ThemeSuggestion> byRules, SlashCommandContext context) {
        try {
            List<ThemeSuggestion> read = thorough.suggest(text);
            if (!read.equals(byRules)) {
                SlashCommandResponse answer = trial(text, read);
                // replace_original: the user sees one answer, the rules' first and the model's once it has read the text
                new Responder(context.getSlack(), context.getResponseUrl()).sendToAction(r -> r.responseType("ephemeral")
                        .replaceOriginal(true).text(answer.getText()).blocks(answer.getBlocks()));
            }
        } catch (Exception e) {
            log.warn("The model's theme suggestion for /tc themes could not be sent; the rules' answer stands: {}", e.getMessage());
        }
    }

    private List<LayoutBlock> overview() {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("The Technician Commitment themes"))));
        for (Theme theme : Theme.values()) {
            blocks.add(section(s -> s.text(markdownText(describe(theme)))));
        }
        blocks.add(divider());
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Examples from Appendix A of the self-assessment template. Try `/tc themes <text>` to see which "
                        + "themes a sentence would be filed under.")))));
        return blocks;
    }

    private String describe(Theme theme) {
        StringBuilder text = new StringBuilder("*").append(theme.displayName()).append("*\n").append(catalogue.description(theme));
        List<ExampleActivity> examples = catalogue.activities(theme);
        if (examples.isEmpty()) {
            text.append("\n_Appendix A has no examples for it: this theme is the self-assessment itself._");
        }
        examples.stream().limit(EXAMPLES_PER_THEME)
                .forEach(example -> text.append("\n• ").append(example.text()).append(" (`").append(example.id()).append("`)"));
        if (examples.size() > EXAMPLES_PER_THEME) {
            text.append("\n_…and ").append(examples.size() - EXAMPLES_PER_THEME).append(" more in Appendix A._");
        }
        return SlackReplies.truncate(text.toString(), SlackReplies.SECTION_TEXT_LIMIT);
    }

    private SlashCommandResponse trial(String text, List<ThemeSuggestion> suggestions) {
        Set<String> evidenced = activities.matchingActivities(text);
        List<LayoutBlock> blocks = new ArrayList<>();
        String asked = SlackReplies.truncate("*Themes TechVoice would suggest for:*\n" + quote(text), SlackReplies.SECTION_TEXT_LIMIT);
        blocks.add(section(s -> s.text(markdownText(asked))));
        String answer;
        if (suggestions.isEmpty()) {
            answer = ":mag: No theme stands out in that text. When you log it you can still pick one yourself: "
                    + themeNames() + ".";
        } else {
            answer = suggestions.stream()
                    .map(s -> "• *" + s.theme().displayName() + "*: " + SlackReplies.escape(ThemeBlocks.reason(s)))
                    .collect(Collectors.joining("\n"));
        }
        blocks.add(section(s -> s.text(markdownText(answer))));
        if (!evidenced.isEmpty()) {
            String examples = evidenced.stream()
                    .map(id -> catalogue.activity(id).map(a -> "`" + id + "` " + a.text()).orElse("`" + id + "`"))
                    .collect(Collectors.joining("\n"));
            blocks.add(context(c -> c.elements(List.of(markdownText(SlackReplies.truncate(
                    "Appendix A examples it speaks to:\n" + examples, SlackReplies.SECTION_TEXT_LIMIT))))));
        }
        String fallback = suggestions.isEmpty() ? "No theme stands out in that text."
                : "Suggested themes: " + suggestions.stream().map(s -> s.theme().displayName()).collect(Collectors.joining(", "));
        return SlackReplies.ephemeral(fallback, blocks);
    }

    /** The user's text, escaped so it is shown and never interpreted, as a block quote. */
    private static String quote(String text) {
        String shown = SlackReplies.escape(SlackReplies.truncate(text.strip(), ECHO_LIMIT));
        return shown.lines().map(line -> "&gt; " + line).collect(Collectors.joining("\n"));
    }

    private static String themeNames() {
        return Arrays.stream(Theme.values()).map(Theme::displayName).collect(Collectors.joining(", "));
    }
}
