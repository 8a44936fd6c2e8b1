package org.techvoice.slack;

import org.springframework.stereotype.Component;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc help} (and {@code /tc} alone). */
@Component
class HelpSubcommand implements TcSubcommand {

    static final String NAME = "help";

    private final HelpMessage help;

    HelpSubcommand(HelpMessage help) {
        this.help = help;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "Shows this list. `/tc` on its own does the same.";
    }

    @Override
    public String example() {
        return NAME;
    }

    @Override
    public int helpOrder() {
        return 1000;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        return context.ack(help.full());
    }
}
