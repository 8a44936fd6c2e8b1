package org.techvoice.people.slack;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.audit.AuditLog;
import org.techvoice.audit.AuditRecord;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc audit [n]}: admins see the latest lead and admin actions. */
@Component
class AuditSubcommand implements TcSubcommand {

    static final int DEFAULT_SHOWN = 20;

    private final AuditLog audit;
    private final RoleService roles;

    AuditSubcommand(AuditLog audit, RoleService roles) {
        this.audit = audit;
        this.roles = roles;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "[how many]";
    }

    @Override
    public String summary() {
        return "Admins: the latest lead and admin actions (role changes, imports, drafts pulled), newest first.";
    }

    @Override
    public String example() {
        return "audit 10";
    }

    @Override
    public int helpOrder() {
        return 820;
    }

    @Override
    public Audience audience() {
        return Audience.ADMINS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        String teamId = context.getTeamId();
        if (!roles.hasRole(teamId, request.getPayload().getUserId(), Role.ADMIN)) {
            return context.ack(SlackReplies.ephemeral(":lock: " + RoleRefusals.text(roles.whoCan(teamId, Role.ADMIN), "see the audit log")));
        }
        int shown = DEFAULT_SHOWN;
        if (!argument.isBlank()) {
            try {
                shown = Integer.parseInt(argument.strip());
            } catch (NumberFormatException notANumber) {
                shown = -1;
            }
            if (shown < 1 || shown > AuditLog.MAX_SHOWN) {
                return context.ack(SlackReplies.ephemeral("Say how many entries to show, from 1 to " + AuditLog.MAX_SHOWN
                        + ", e.g. `/tc audit 10`; `/tc audit` shows the latest " + DEFAULT_SHOWN + "."));
            }
        }
        List<AuditRecord> entries = audit.latest(teamId, shown);
        if (entries.isEmpty()) {
            return context.ack(SlackReplies.ephemeral("The audit log is empty: no lead or admin action has been recorded yet."));
        }
        StringBuilder text = new StringBuilder("*Audit log*, latest " + entries.size() + ", newest first:\n");
        for (AuditRecord entry : entries) {
            // each reader sees the time in their own zone
            String line = "• " + DateMarkup.of(entry.occurredAt()) + " " + person(entry.actorUserId()) + " *"
                    + entry.action() + "*" + (entry.subjectUserId() == null ? "" : " " + person(entry.subjectUserId()))
                    + (entry.detail().isEmpty() ? "" : ": " + SlackReplies.escape(entry.detail())) + "\n";
            if (text.length() + line.length() > SlackReplies.SECTION_TEXT_LIMIT - 40) {
                text.append("…more with a smaller number, e.g. `/tc audit 10`.");
                break;
            }
            text.append(line);
        }
        return context.ack(SlackReplies.ephemeral(text.toString().strip()));
    }

    private static String person(String userId) {
        if (userId == null) {
            return "_TechVoice_";
        }
        return AuditRecord.FORGOTTEN.equals(userId) ? "_(someone since forgotten)_" : "<@" + userId + ">";
    }
}
