package org.techvoice.mydata.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.mydata.MyDataService;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc forget-me}: asks for confirmation; {@link ForgetMeActionListener} does the erasing. */
@Component
class ForgetMeSubcommand implements TcSubcommand {

    static final String CONFIRM = "tc_forget_me_confirm";
    static final String CANCEL = "tc_forget_me_cancel";

    private final MyDataService myData;

    ForgetMeSubcommand(MyDataService myData) {
        this.myData = myData;
    }

    @Override
    public String name() {
        return "forget-me";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "Erases or anonymises everything TechVoice holds about you, after you confirm.";
    }

    @Override
    public String example() {
        return "forget-me";
    }

    @Override
    public int helpOrder() {
        return 910;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        String question = ":warning: *Erase everything TechVoice holds about you?* This covers: "
                + String.join(", ", myData.sections()) + ". Your technician profile and roles are deleted, your entries "
                + "are erased or anonymised and your name is removed from the audit log. It cannot be undone. "
                + "Want a copy first? Use `/tc my-data`.";
        return context.ack(SlackReplies.ephemeral("Erase everything TechVoice holds about you?", List.of(
                section(s -> s.text(markdownText(question))),
                actions(a -> a.blockId("tc_forget_me").elements(List.of(
                        button(b -> b.actionId(CONFIRM).style("danger").value("erase").text(plainText("Erase my data"))
                                .confirm(confirmationDialog(c -> c.title(plainText("Erase your data?"))
                                        .text(plainText("This cannot be undone."))
                                        .confirm(plainText("Erase"))
                                        .deny(plainText("Keep it"))
                                        .style("danger")))),
                        button(b -> b.actionId(CANCEL).value("keep").text(plainText("Keep my data")))))))));
    }
}
