package org.techvoice.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.techvoice.mydata.MyDataService;

import com.slack.api.bolt.App;

/** The buttons under {@code /tc forget-me}: erase (confirmed) or keep. The message is replaced by the outcome. */
@Component
class ForgetMeActionListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(ForgetMeActionListener.class);

    private final MyDataService myData;

    ForgetMeActionListener(MyDataService myData) {
        this.myData = myData;
    }

    @Override
    public void register(App app) {
        app.blockAction(ForgetMeSubcommand.CONFIRM, (request, context) -> {
            var payload = request.getPayload();
            String userId = payload.getUser().getId();
            // The button sits in an ephemeral message only its caller sees, and it erases whoever clicks it:
            // nobody can erase someone else.
            String text;
            try {
                var reports = myData.forget(context.getTeamId(), userId, payload.getActions().get(0).getActionTs());
                text = MyDataService.confirmation(reports);
            } catch (RuntimeException e) {
                log.error("forget-me failed for a user of team {}; nothing was erased", context.getTeamId(), e);
                text = ":warning: Sorry, something went wrong and nothing was erased. Please run `/tc forget-me` again.";
            }
            String reply = text;
            context.respond(r -> r.responseType("ephemeral").replaceOriginal(true).text(reply)
                    .blocks(SlackReplies.ephemeral(reply).getBlocks()));
            return context.ack();
        });
        app.blockAction(ForgetMeSubcommand.CANCEL, (request, context) -> {
            context.respond(r -> r.responseType("ephemeral").replaceOriginal(true)
                    .text("Nothing was erased. Your data stays as it was."));
            return context.ack();
        });
    }
}
