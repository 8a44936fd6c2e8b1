package org.techvoice.recognition.slack;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.recognition.EvidenceRequest;
import org.techvoice.recognition.EvidenceRequests;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.SlackExecutors;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.model.Message;

/** The message shortcut "Log as TechVoice evidence": asks the message's author before anything is stored. */
@Component
class EvidenceShortcutListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(EvidenceShortcutListener.class);

    static final String CALLBACK_ID = "log_as_evidence";

    private final EvidenceRequests requests;
    private final Executor afterAck;

    EvidenceShortcutListener(EvidenceRequests requests, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.requests = requests;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        app.messageShortcut(CALLBACK_ID, (request, context) -> {
            var payload = request.getPayload();
            String answer = answer(payload.getTeam().getId(), payload.getUser().getId(), payload.getChannel().getId(), payload.getMessage());
            tell(context, answer);
            return context.ack();
        });
    }

    private String answer(String teamId, String requesterId, String channelId, Message message) {
        if (message == null || message.getUser() == null || message.getBotId() != null) {
            return ":robot_face: I can only log messages people wrote, not ones from bots or apps.";
        }
        if (message.getTeam() != null && !message.getTeam().equals(teamId)) {
            return ":globe_with_meridians: That message's author is in another organisation's workspace, so I can't log it here.";
        }
        try {
            var result = requests.request(teamId, new EvidenceRequest(requesterId, message.getUser(), channelId, message.getTs(),
                    day(message.getTs()), message.getText()));
            return switch (result.outcome()) {
                case ASKED_AUTHOR -> ":envelope: I've asked <@" + message.getUser() + "> by DM whether they'd like this logged as "
                        + "evidence of their work. Nothing is stored unless they agree.";
                case LOGGED -> ":white_check_mark: Logged your message as your contribution *" + result.reference()
                        + "*. Edit or delete it with `/tc mine`.";
                case ALREADY_LOGGED -> ":information_source: That message is already logged (" + result.reference() + ").";
                case DECLINED, NOT_YOURS -> ":grey_question: Nothing to do.";
            };
        } catch (EntryRejected rejected) {
            return ":warning: I can't log that message: " + (rejected.problem() == EntryRejected.Problem.EMPTY
                    ? "it has no text (files alone can't be logged)." : EntryRefusals.text(rejected));
        }
    }

    /** The day a message was posted, from its ts (seconds since the epoch, as Slack gives it). */
    static LocalDate day(String ts) {
        try {
            return Instant.ofEpochSecond(new BigDecimal(ts).longValue()).atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void tell(MessageShortcutContext context, String text) {
        ActionResponse response = ActionResponse.builder().responseType("ephemeral").text(text).build();
        afterAck.execute(() -> {
            try {
                context.respond(response);
            } catch (Exception e) {
                log.warn("response_url for the evidence shortcut failed: {}", e.getMessage());
            }
        });
    }
}
