package org.techvoice.slack;

import static com.slack.api.model.view.Views.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** Publishes the App Home tab: what TechVoice is and the commands, whenever someone opens it. */
@Component
public class AppHomeListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(AppHomeListener.class);

    /** Slack's limit for blocks in a Home tab view. */
    static final int HOME_BLOCK_LIMIT = 100;

    private final HelpMessage help;
    private final ObjectProvider<HomeSection> sections;
    private final Executor afterAck;

    AppHomeListener(HelpMessage help, ObjectProvider<HomeSection> sections, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.help = help;
        this.sections = sections;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                MethodsClient client = context.client();
                String teamId = payload.getTeamId();
                afterAck.execute(() -> publish(client, teamId, event.getUser()));
            }
            return context.ack();
        });
    }

    /**
     * Publishes the person's Home tab again after the ack, e.g. once a button on it changed what a section shows
     * (a feature cannot update only its own part: Slack replaces the whole tab).
     */
    public void refresh(MethodsClient client, String teamId, String userId) {
        afterAck.execute(() -> publish(client, teamId, userId));
    }

    private void publish(MethodsClient client, String teamId, String userId) {
        try {
            List<LayoutBlock> blocks = new ArrayList<>();
            sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).forEach(section -> {
                try {
                    blocks.addAll(section.blocks(teamId, userId));
                } catch (RuntimeException e) {
                    // one feature's trouble must not cost the whole tab
                    log.warn("App Home section {} failed: {}", section.getClass().getSimpleName(), e.getMessage());
                }
            });
            blocks.addAll(help.homeBlocks());
            List<LayoutBlock> limited = blocks.size() > HOME_BLOCK_LIMIT ? blocks.subList(0, HOME_BLOCK_LIMIT) : blocks;
            var response = client.viewsPublish(r -> r.userId(userId)
                    .view(view(v -> v.type("home").blocks(limited))));
            if (!response.isOk()) {
                log.warn("views.publish for the App Home failed: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("views.publish for the App Home failed: {}", e.getMessage());
        }
    }
}
