package org.techvoice.recognition.slack;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.recognition.EvidenceRequest;
import org.techvoice.recognition.EvidenceRequests;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;

/**
 * The author's answer in the "may I log your message?" DM. The request comes back inside the DM's own payload
 * (Slack signs it): the text from the plain-text block, the rest from the button value.
 */
@Component
class EvidenceConsentListener implements BoltListener {

    private static final ObjectMapper json = new ObjectMapper();

    private final EvidenceRequests requests;
    private final InteractionReplies replies;

    EvidenceConsentListener(EvidenceRequests requests, InteractionReplies replies) {
        this.requests = requests;
        this.replies = replies;
    }

    @Override
    public void register(App app) {
        app.blockAction(RecognitionBlocks.EVIDENCE_APPROVE, (request, context) -> answer(request.getPayload(), context, true));
        app.blockAction(RecognitionBlocks.EVIDENCE_DECLINE, (request, context) -> answer(request.getPayload(), context, false));
    }

    private Response answer(BlockActionPayload payload, ActionContext context, boolean approve) {
        EvidenceRequest request = read(payload);
        if (request == null) {
            replies.note(payload, context, ":grey_question: This request can't be read any more; ask for it to be sent again.");
            return context.ack();
        }
        try {
            var result = requests.answer(payload.getTeam().getId(), payload.getUser().getId(), request, approve);
            switch (result.outcome()) {
                case ALREADY_LOGGED -> replies.note(payload, context, ":information_source: That message is already logged ("
                        + result.reference() + ").");
                case NOT_YOURS -> replies.note(payload, context, ":lock: Only the message's author can answer this.");
                default -> { } // the DM is rewritten by the outbox update
            }
        } catch (EntryRejected rejected) {
            replies.note(payload, context, ":warning: " + EntryRefusals.text(rejected));
        }
        return context.ack();
    }

    private static EvidenceRequest read(BlockActionPayload payload) {
        try {
            JsonNode value = json.readTree(payload.getActions().get(0).getValue());
            String text = null;
            if (payload.getMessage() != null && payload.getMessage().getBlocks() != null) {
                for (LayoutBlock block : payload.getMessage().getBlocks()) {
                    if (block instanceof SectionBlock section && RecognitionBlocks.EVIDENCE_TEXT_BLOCK.equals(section.getBlockId())
                            && section.getText() != null) {
                        text = section.getText().getText();
                    }
                }
            }
            if (text == null || !value.hasNonNull("a") || !value.hasNonNull("r") || !value.hasNonNull("c") || !value.hasNonNull("ts")) {
                return null;
            }
            return new EvidenceRequest(value.get("r").asText(), value.get("a").asText(), value.get("c").asText(), value.get("ts").asText(),
                    value.hasNonNull("d") ? LocalDate.parse(value.get("d").asText()) : null, text);
        } catch (Exception unreadable) {
            return null;
        }
    }
}
