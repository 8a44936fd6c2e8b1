package org.techvoice.slack;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** Routes {@code /tc <sub-command> <text>} to the matching {@link TcSubcommand}. */
@Component
class SlashCommandListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);

    static final String COMMAND = "/tc";

    private final TcSubcommands subcommands;
    private final HelpMessage help;

    SlashCommandListener(TcSubcommands subcommands, HelpMessage help) {
        this.subcommands = subcommands;
        this.help = help;
    }

    @Override
    public void register(App app) {
        app.command(COMMAND, this::handle);
    }

    Response handle(SlashCommandRequest request, SlashCommandContext context) {
        String text = request.getPayload().getText() == null ? "" : request.getPayload().getText().strip();
        String[] parts = text.split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        if (name.isEmpty()) {
            name = HelpSubcommand.NAME;
        }
        TcSubcommand subcommand = subcommands.find(name).orElse(null);
        if (subcommand == null) {
            return context.ack(help.unknown(name));
        }
        try {
            return subcommand.handle(argument, request, context);
        } catch (Exception e) {
            log.error("/tc {} failed for team {}", name, request.getPayload().getTeamId(), e);
            return context.ack(SlackReplies.ephemeral(SlackReplies.FAILED));
        }
    }
}
