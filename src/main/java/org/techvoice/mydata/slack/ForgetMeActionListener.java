package org.techvoice.mydata.slack;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.mydata.MyDataService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.slack.SlackReplies;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;

/**
 * The buttons under {@code /tc forget-me}: erase (confirmed) or keep. Erasing touches every feature's tables in one
 * transaction, so it is stored before the acknowledgement and done by a job after it (someone with years of entries
 * must not make Slack show "this app did not respond", and a restart must not lose it); the question is replaced by
 * what happens next, and the person gets a DM saying what was erased.
 */
@Component
class ForgetMeActionListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(ForgetMeActionListener.class);

    private final MyDataService myData;
    private final Executor afterAck;

    ForgetMeActionListener(MyDataService myData, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.myData = myData;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        app.blockAction(ForgetMeSubcommand.CONFIRM, (request, context) -> {
            var payload = request.getPayload();
            String userId = payload.getUser().getId();
            // The button sits in an ephemeral message only its caller sees, and it erases whoever clicks it:
            // nobody can erase someone else.
            String teamId = context.getTeamId();
            String actionTs = payload.getActions().get(0).getActionTs();
            String reply;
            try {
                myData.requestErasure(teamId, userId, actionTs);
                reply = ":hourglass_flowing_sand: Erasing everything TechVoice holds about you. I'll send you a direct "
                        + "message saying what was done.";
            } catch (RuntimeException e) {
                log.error("forget-me could not be recorded for a user of team {}; nothing will be erased", teamId, e);
                reply = ":warning: Sorry, something went wrong and nothing was erased. Please run `/tc forget-me` again.";
            }
            String outcome = reply;
            afterAck.execute(() -> replaceQuestion(context, teamId, outcome));
            return context.ack();
        });
        app.blockAction(ForgetMeSubcommand.CANCEL, (request, context) -> {
            String teamId = context.getTeamId();
            afterAck.execute(() -> replaceQuestion(context, teamId, "Nothing was erased. Your data stays as it was."));
            return context.ack();
        });
    }

    private static void replaceQuestion(ActionContext context, String teamId, String reply) {
        try {
            context.respond(r -> r.responseType("ephemeral").replaceOriginal(true).text(reply)
                    .blocks(SlackReplies.ephemeral(reply).getBlocks()));
        } catch (Exception e) {
            // what was chosen stands either way; an erasure's outcome also reaches the person by DM
            log.warn("Could not replace the forget-me question of a user of team {}: {}", teamId, e.getMessage());
        }
    }
}
