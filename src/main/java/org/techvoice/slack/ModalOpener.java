package org.techvoice.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;

/**
 * The one way to open a modal: with the request's trigger_id. Done before the acknowledgement on purpose: the trigger expires
 * within three seconds, and a failure can then still be answered in the command's own reply.
 */
public final class ModalOpener {

    private static final Logger log = LoggerFactory.getLogger(ModalOpener.class);

    public static final String COULD_NOT_OPEN = ":warning: Sorry, I couldn't open the form just now. Please try again, "
            + "or type the text straight after the command.";

    private ModalOpener() {
    }

    /**
     * Opens the form a slash command asked for. The trigger id expires three seconds after the command, so this runs
     * before the acknowledgement, and a refusal is answered in it.
     *
     * @param command what to run again, e.g. {@code /tc join}, named in the answer when Slack would not open the form
     * @return the empty ack once the modal is open, or an ephemeral explanation
     */
    public static Response openForCommand(SlashCommandContext context, String triggerId, View view, String command) {
        if (open(context.client(), triggerId, view)) {
            return context.ack();
        }
        return context.ack(SlackReplies.ephemeral(":warning: I couldn't open the form just now. Please run `" + command + "` again."));
    }

    /** @return true when Slack opened it; a refusal or a failure is logged, never thrown */
    public static boolean open(MethodsClient client, String triggerId, View view) {
        try {
            var response = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                log.warn("views.open refused: {} {}", response.getError(), response.getResponseMetadata());
            }
            return response.isOk();
        } catch (Exception e) {
            log.warn("views.open failed: {}", e.getMessage());
            return false;
        }
    }
}
