package org.techvoice.mydata.slack;

import org.springframework.stereotype.Component;
import org.techvoice.mydata.MyDataService;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc my-data}: a JSON file of everything TechVoice holds about the caller, by DM. */
@Component
class MyDataSubcommand implements TcSubcommand {

    private final MyDataService myData;

    MyDataSubcommand(MyDataService myData) {
        this.myData = myData;
    }

    @Override
    public String name() {
        return "my-data";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "Sends you, by direct message, a JSON file of everything TechVoice holds about you.";
    }

    @Override
    public String example() {
        return "my-data";
    }

    @Override
    public int helpOrder() {
        return 900;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var sections = myData.sendExport(context.getTeamId(), request.getPayload().getUserId());
        return context.ack(SlackReplies.ephemeral(":inbox_tray: I'm sending you a direct message with a JSON file of everything "
                + "TechVoice holds about you (" + String.join(", ", sections) + "). Anonymous answers are not linked to you, "
                + "so they are not in it."));
    }
}
