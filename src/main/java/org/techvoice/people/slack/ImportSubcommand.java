package org.techvoice.people.slack;

import org.springframework.stereotype.Component;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc import}: admins open a form to paste a CSV of technicians. */
@Component
class ImportSubcommand implements TcSubcommand {

    private final RoleService roles;

    ImportSubcommand(RoleService roles) {
        this.roles = roles;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "Admins: paste a CSV of technicians (Slack user id or email, department, job family, registration).";
    }

    @Override
    public String example() {
        return "import";
    }

    @Override
    public int helpOrder() {
        return 810;
    }

    @Override
    public Audience audience() {
        return Audience.ADMINS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) throws Exception {
        String teamId = context.getTeamId();
        if (!roles.hasRole(teamId, request.getPayload().getUserId(), Role.ADMIN)) {
            return context.ack(SlackReplies.ephemeral(":lock: " + RoleRefusals.text(roles.whoCan(teamId, Role.ADMIN), "import technicians")));
        }
        return ModalOpener.openForCommand(context, request.getPayload().getTriggerId(), ImportForm.modal(), "/tc import");
    }
}
