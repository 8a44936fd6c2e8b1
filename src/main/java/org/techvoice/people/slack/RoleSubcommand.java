package org.techvoice.people.slack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.people.Role;
import org.techvoice.people.RoleChange;
import org.techvoice.people.RoleRoster;
import org.techvoice.people.RoleService;
import org.techvoice.slack.MentionedUser;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc role add|remove lead|champion @person} and {@code /tc role list}. */
@Component
class RoleSubcommand implements TcSubcommand {

    static final String USAGE = "Use `/tc role add lead @person`, `/tc role remove champion @person` or `/tc role list`.";

    private final RoleService roles;

    RoleSubcommand(RoleService roles) {
        this.roles = roles;
    }

    @Override
    public String name() {
        return "role";
    }

    @Override
    public String usage() {
        return "add|remove lead|champion @person, or list";
    }

    @Override
    public String summary() {
        return "Admins appoint or remove leads (who pull drafts and results) and technician champions "
                + "(who celebrate on behalf of others). `/tc role list` shows who holds which role.";
    }

    @Override
    public String example() {
        return "role add lead @Priya Shah";
    }

    @Override
    public int helpOrder() {
        return 800;
    }

    @Override
    public Audience audience() {
        return Audience.ADMINS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        String teamId = context.getTeamId();
        String actor = request.getPayload().getUserId();
        String[] parts = argument.split("\\s+", 3);
        String verb = parts[0].toLowerCase(Locale.ROOT);
        if (verb.equals("list")) {
            return context.ack(SlackReplies.ephemeral(list(roles.roster(teamId))));
        }
        boolean add = verb.equals("add") || verb.equals("grant");
        boolean remove = verb.equals("remove") || verb.equals("revoke");
        if (!add && !remove) {
            String intro = verb.isEmpty() ? "" : "I don't know `/tc role " + SlackReplies.escape(SlackReplies.truncate(verb, 20)) + "`. ";
            return context.ack(SlackReplies.ephemeral(intro + USAGE));
        }
        if (!roles.hasRole(teamId, actor, Role.ADMIN)) {
            return context.ack(SlackReplies.ephemeral(":lock: " + RoleRefusals.text(roles.whoCan(teamId, Role.ADMIN), "change roles")));
        }
        String roleWord = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "";
        Role role = switch (roleWord) {
            case "lead", "leads" -> Role.LEAD;
            case "champion", "champions" -> Role.CHAMPION;
            case "admin", "admins" -> Role.ADMIN;
            default -> null;
        };
        if (role == null) {
            String said = roleWord.isEmpty() ? "Which role?" : "\"" + SlackReplies.escape(SlackReplies.truncate(roleWord, 30))
                    + "\" is not a role I know.";
            return context.ack(SlackReplies.ephemeral(said + " The roles you can give are `lead` and `champion`. " + USAGE));
        }
        MentionedUser target = MentionedUser.parse(parts.length > 2 ? parts[2] : "");
        if (role != Role.ADMIN && !target.found()) {
            return context.ack(SlackReplies.ephemeral(target.problem() + " For example: `/tc role " + verb + " "
                    + roleWord.replaceAll("s$", "") + " @Priya Shah`."));
        }
        RoleChange change = add ? roles.appoint(teamId, actor, target.userId(), role)
                : roles.dismiss(teamId, actor, target.userId(), role);
        return context.ack(SlackReplies.ephemeral(answer(teamId, change, add, target.userId(), role)));
    }

    private String answer(String teamId, RoleChange change, boolean add, String userId, Role role) {
        String who = "<@" + userId + ">";
        String title = role == Role.LEAD ? "a lead" : "a technician champion";
        return switch (change) {
            case DONE -> add
                    ? ":white_check_mark: " + who + " is now " + title + ". " + powers(role)
                    : ":white_check_mark: " + who + " is no longer " + title + ".";
            case ALREADY_HELD -> who + " is already " + title + ", so nothing changed.";
            case NOT_HELD -> who + " isn't " + title + ", so there was nothing to remove.";
            case NOT_ALLOWED -> ":lock: " + RoleRefusals.text(roles.whoCan(teamId, Role.ADMIN), "change roles");
            case NOT_APPOINTABLE -> "Admins aren't appointed with `/tc role`: they are the workspace's owners and admins, "
                    + "the people in TECHVOICE_ADMINS and whoever installed TechVoice. You can give `lead` or `champion`.";
            case NOT_A_PERSON -> who + " is a bot or a deactivated account. Roles are for people.";
            case UNKNOWN_PERSON -> "I can't find " + who + " in this workspace, so nothing changed.";
            case DIRECTORY_UNAVAILABLE -> ":warning: I couldn't check " + who + " with Slack just now, so nothing changed. "
                    + "Please try again in a minute.";
        };
    }

    private static String powers(Role role) {
        return role == Role.LEAD
                ? "Leads pull drafts and survey results and manage the profile and action plan."
                : "Champions celebrate on behalf of others and see theme counts.";
    }

    static String list(RoleRoster roster) {
        StringBuilder text = new StringBuilder("*TechVoice roles*\n");
        String configured = mentions(roster.configuredAdmins());
        String granted = mentions(roster.grantedAdmins());
        text.append("*Admins:* ");
        if (!configured.isEmpty()) {
            text.append(configured).append(" (TECHVOICE_ADMINS), ");
        }
        if (!granted.isEmpty()) {
            text.append(granted).append(", ");
        }
        text.append("and the workspace's owners and admins. They appoint leads and champions.\n");
        text.append("*Leads:* ").append(roster.leads().isEmpty()
                ? "none yet. An admin can appoint one with `/tc role add lead @person`."
                : mentions(roster.leads()) + ". They pull drafts and survey results.").append('\n');
        text.append("*Technician champions:* ").append(roster.champions().isEmpty()
                ? "none yet. An admin can appoint one with `/tc role add champion @person`."
                : mentions(roster.champions()) + ". They celebrate on behalf of others.");
        return text.toString();
    }

    private static String mentions(List<String> userIds) {
        return userIds.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
    }
}
