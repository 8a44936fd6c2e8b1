package org.techvoice.people.slack;

import org.springframework.stereotype.Component;
import org.techvoice.people.PeopleService;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc join}: opens the technician form (filled in when the person registered before). */
@Component
class JoinSubcommand implements TcSubcommand {

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
        return ModalOpener.openForCommand(context, request.getPayload().getTriggerId(), TechnicianForm.modal(current), "/tc join");
    }
}
