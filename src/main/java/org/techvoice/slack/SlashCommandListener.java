package org.techvoice.slack;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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

    private final ObjectProvider<TcSubcommand> subcommandProvider;
    private final HelpMessage help;
    private volatile Map<String, TcSubcommand> subcommands;

    SlashCommandListener(ObjectProvider<TcSubcommand> subcommandProvider, HelpMessage help) {
        this.subcommandProvider = subcommandProvider;
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
        TcSubcommand subcommand = subcommands().get(name);
        if (subcommand == null) {
            return context.ack(help.unknown(name, subcommands().values()));
        }
        try {
            return subcommand.handle(argument, request, context);
        } catch (Exception e) {
            log.error("/tc {} failed for team {}", name, request.getPayload().getTeamId(), e);
            return context.ack(SlackReplies.ephemeral(SlackReplies.FAILED));
        }
    }

    /** Resolved lazily: sub-commands may depend on beans that depend on the Bolt app. */
    Map<String, TcSubcommand> subcommands() {
        Map<String, TcSubcommand> known = subcommands;
        if (known == null) {
            known = subcommandProvider.orderedStream()
                    .sorted(Comparator.comparingInt(TcSubcommand::helpOrder).thenComparing(TcSubcommand::name))
                    .collect(Collectors.toMap(TcSubcommand::name, Function.identity(), (a, b) -> {
                        throw new IllegalStateException("two sub-commands named " + a.name());
                    }, LinkedHashMap::new));
            subcommands = known;
        }
        return known;
    }

    List<TcSubcommand> ordered() {
        return List.copyOf(subcommands().values());
    }
}
