package org.techvoice.slack;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;

/** Opens a modal from a slash command; the trigger id expires three seconds after the command, so before the ack. */
public final class ModalOpening {

    private static final Logger log = LoggerFactory.getLogger(ModalOpening.class);

    private ModalOpening() {
    }

    /** @return the empty ack once the modal is open, or an ephemeral explanation when Slack would not open it */
    public static Response open(SlashCommandContext context, String triggerId, View view) throws IOException, SlackApiException {
        var opened = context.client().viewsOpen(r -> r.triggerId(triggerId).view(view));
        if (!opened.isOk()) {
            log.warn("views.open for {} failed: {}", view.getCallbackId(), opened.getError());
            return context.ack(SlackReplies.ephemeral(":warning: Slack would not open the form (" + opened.getError() + "). Please try again."));
        }
        return context.ack();
    }
}
