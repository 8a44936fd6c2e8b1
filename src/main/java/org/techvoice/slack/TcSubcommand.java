package org.techvoice.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * One {@code /tc <name>} sub-command. Implementations stay thin: they parse the text, call a feature
 * service and turn its answer into Block Kit. Help is generated from {@link #usage()} and {@link #example()}.
 */
public interface TcSubcommand {

    /** The word after {@code /tc}, lower case. */
    String name();

    /** What follows the name in the usage line, e.g. {@code <text>}; empty when nothing does. */
    String usage();

    /** One sentence saying what it does, shown in help. */
    String summary();

    /** A realistic example of the full text after {@code /tc}. */
    String example();

    /** Position in help, within its audience: lower first. */
    default int helpOrder() {
        return 100;
    }

    /** Who it is for, as help groups the sub-commands. */
    default Audience audience() {
        return Audience.EVERYONE;
    }

    /** Help's groups, in the order it shows them: what everyone uses first, then what only leads or admins may run. */
    enum Audience {
        EVERYONE("For everyone"), LEADS("For institutional leads"), ADMINS("For workspace admins");

        private final String title;

        Audience(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) throws Exception;
}
