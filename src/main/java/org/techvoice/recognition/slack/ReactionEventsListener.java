package org.techvoice.recognition.slack;

import org.springframework.stereotype.Component;
import org.techvoice.recognition.CelebrationReactions;
import org.techvoice.slack.BoltListener;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;

/**
 * {@code reaction_added} / {@code reaction_removed}: counted when the message is a celebration post. Two quick
 * database reads and a write, done before the ack so that Slack retries if they fail. Reactions on anything else,
 * and the bot's own, are acknowledged and ignored.
 */
@Component
class ReactionEventsListener implements BoltListener {

    private final CelebrationReactions reactions;

    ReactionEventsListener(CelebrationReactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public void register(App app) {
        app.event(ReactionAddedEvent.class, (payload, context) -> {
            ReactionAddedEvent event = payload.getEvent();
            ReactionAddedEvent.Item item = event.getItem();
            if (item != null && counts(context, item.getType(), event.getUser())) {
                reactions.reactionAdded(payload.getTeamId(), item.getChannel(), item.getTs(), event.getUser(), event.getReaction());
            }
            return context.ack();
        });
        app.event(ReactionRemovedEvent.class, (payload, context) -> {
            ReactionRemovedEvent event = payload.getEvent();
            ReactionRemovedEvent.Item item = event.getItem();
            if (item != null && counts(context, item.getType(), event.getUser())) {
                reactions.reactionRemoved(payload.getTeamId(), item.getChannel(), item.getTs(), event.getUser(), event.getReaction());
            }
            return context.ack();
        });
    }

    /** Only reactions on messages (not files) by people: the bot reacting to its own post is no applause. */
    private static boolean counts(EventContext context, String itemType, String user) {
        return "message".equals(itemType) && user != null && !user.equals(context.getBotUserId());
    }
}
