package org.techvoice.people.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.techvoice.people.PeopleService;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc join}: opens the technician form (filled in when the person registered before). */
@Component
class JoinSubcommand implements TcSubcommand {

    private static final Logger log = LoggerFactory.getLogger(JoinSubcommand.class);

    private final PeopleService people;

    JoinSubcommand(PeopleService people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "join";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "Registers you as a technician (department, job family, professional registration) so your lead can "
                + "count the technician community. Run it again to change your details.";
    }

    @Override
    public String example() {
        return "join";
    }

    @Override
    public int helpOrder() {
        return 700;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) throws Exception {
        var current = people.find(context.getTeamId(), request.getPayload().getUserId());
        // The trigger id expires three seconds after the command, so the form is opened before the ack.
        var opened = context.client().viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId())
                .view(TechnicianForm.modal(current)));
        if (!opened.isOk()) {
            log.warn("views.open for /tc join failed: {}", opened.getError());
            return context.ack(SlackReplies.ephemeral(":warning: I couldn't open the form just now. Please run `/tc join` again."));
        }
        return context.ack();
    }
}
