package org.techvoice.recognition.slack;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.techvoice.people.slack.RoleRefusals;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.recognition.CelebrationService.ChannelSet;
import org.techvoice.slack.SlackMentions;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc config network #channel}: where celebrations are posted (admins only). */
@Component
class ConfigSubcommand implements TcSubcommand {

    static final String USAGE = "Usage: `/tc config network #channel` sets the technician-network channel where approved "
            + "celebrations are posted (admins only).";

    private final CelebrationService celebrations;

    ConfigSubcommand(CelebrationService celebrations) {
        this.celebrations = celebrations;
    }

    @Override
    public String name() {
        return "config";
    }

    @Override
    public String usage() {
        return "network #channel";
    }

    @Override
    public String summary() {
        return "Admins: set the technician-network channel where approved celebrations are posted.";
    }

    @Override
    public String example() {
        return "config network #technician-network";
    }

    @Override
    public int helpOrder() {
        return 80;
    }

    @Override
    public Audience audience() {
        return Audience.ADMINS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        String[] parts = argument.split("\\s+", 2);
        if (!parts[0].toLowerCase(Locale.ROOT).equals("network")) {
            String current = celebrations.networkChannel(payload.getTeamId()).map(c -> "Now: <#" + c + ">.").orElse("Not set yet.");
            return context.ack(SlackReplies.ephemeral(USAGE + "\n" + current));
        }
        var channel = SlackMentions.channel(parts.length > 1 ? parts[1] : "");
        if (channel.isEmpty()) {
            return context.ack(SlackReplies.ephemeral(":thinking_face: Name the channel with #, picking it from Slack's list as you "
                    + "type, e.g. `/tc config network #technician-network`."));
        }
        var result = celebrations.setNetworkChannel(payload.getTeamId(), payload.getUserId(), channel.get());
        if (result instanceof ChannelSet.Refused refused) {
            return context.ack(SlackReplies.ephemeral(":lock: " + RoleRefusals.text(refused.whoCan(), "set the network channel")));
        }
        int postedNow = ((ChannelSet.Changed) result).postedNow();
        String waiting = postedNow == 0 ? "" : " " + postedNow + (postedNow == 1 ? " celebration that was" : " celebrations that were")
                + " waiting will be posted there now.";
        return context.ack(SlackReplies.ephemeral(":white_check_mark: Approved celebrations will be posted in <#" + channel.get() + ">."
                + waiting + " If it is a private channel, invite @techvoice to it first."));
    }
}
