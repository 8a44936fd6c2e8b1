package org.techvoice.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;

import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

/**
 * Answers to button clicks and menu choices, sent after the acknowledgement: the clicked message is replaced
 * through its response_url, or the modal it sits in is updated.
 */
@Component
public class InteractionReplies {

    /** The answer to a button on an entry that has since been deleted. */
    public static final String ENTRY_GONE = ":grey_question: That entry no longer exists: it may have been deleted already.";

    private static final Logger log = LoggerFactory.getLogger(InteractionReplies.class);

    private final Executor afterAck;

    InteractionReplies(@Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.afterAck = afterAck;
    }

    /** Replaces what was clicked (an ephemeral or DM message, or a modal's content) with {@code blocks}. */
    public void replace(BlockActionPayload payload, ActionContext context, String fallback, List<LayoutBlock> blocks) {
        List<LayoutBlock> limited = blocks.size() > SlackReplies.MESSAGE_BLOCK_LIMIT ? blocks.subList(0, SlackReplies.MESSAGE_BLOCK_LIMIT) : blocks;
        if (payload.getContainer() != null && "view".equals(payload.getContainer().getType()) && payload.getView() != null) {
            View current = payload.getView();
            MethodsClient client = context.client();
            View updated = view(v -> v.type("modal").callbackId(current.getCallbackId()).title(current.getTitle())
                    .close(com.slack.api.model.view.Views.viewClose(c -> c.type("plain_text").text("Close"))).privateMetadata(current.getPrivateMetadata()).blocks(limited));
            afterAck.execute(() -> call("views.update", () -> client.viewsUpdate(r -> r.viewId(current.getId()).view(updated)).isOk()));
            return;
        }
        ActionResponse response = ActionResponse.builder().replaceOriginal(true)
                .text(SlackReplies.truncate(fallback, SlackReplies.SECTION_TEXT_LIMIT)).blocks(limited).build();
        afterAck.execute(() -> call("response_url", () -> context.respond(response).getCode() == 200));
    }

    /** A note only the clicker sees, leaving what they clicked as it is. */
    public void note(BlockActionPayload payload, ActionContext context, String mrkdwn) {
        if (payload.getContainer() != null && "view".equals(payload.getContainer().getType())) {
            replace(payload, context, mrkdwn, List.of(section(s -> s.text(markdownText(mrkdwn)))));
            return;
        }
        ActionResponse response = ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                .text(SlackReplies.truncate(mrkdwn, SlackReplies.SECTION_TEXT_LIMIT)).build();
        afterAck.execute(() -> call("response_url", () -> context.respond(response).getCode() == 200));
    }

    private interface SlackCall {
        boolean ok() throws Exception;
    }

    private static void call(String what, SlackCall call) {
        try {
            if (!call.ok()) {
                log.warn("{} was refused by Slack", what);
            }
        } catch (Exception e) {
            log.warn("{} failed: {}", what, e.getMessage());
        }
    }
}
