package org.techvoice.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;

/**
 * Opens a modal with the request's trigger_id. Done before the acknowledgement on purpose: the trigger expires
 * within three seconds, and a failure can then still be answered in the command's own reply.
 */
public final class ModalOpener {

    private static final Logger log = LoggerFactory.getLogger(ModalOpener.class);

    public static final String COULD_NOT_OPEN = ":warning: Sorry, I couldn't open the form just now. Please try again, "
            + "or type the text straight after the command.";

    private ModalOpener() {
    }

    /** @return true when Slack opened it */
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
