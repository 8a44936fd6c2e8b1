package org.techvoice.slack;

import static com.slack.api.model.view.Views.view;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** Publishes the App Home tab: what TechVoice is and the commands, whenever someone opens it. */
@Component
class AppHomeListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(AppHomeListener.class);

    private final HelpMessage help;
    private final Executor afterAck;

    AppHomeListener(HelpMessage help, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.help = help;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                MethodsClient client = context.client();
                afterAck.execute(() -> publish(client, event.getUser()));
            }
            return context.ack();
        });
    }

    private void publish(MethodsClient client, String userId) {
        try {
            var response = client.viewsPublish(r -> r.userId(userId)
                    .view(view(v -> v.type("home").blocks(help.homeBlocks()))));
            if (!response.isOk()) {
                log.warn("views.publish for the App Home failed: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("views.publish for the App Home failed: {}", e.getMessage());
        }
    }
}
