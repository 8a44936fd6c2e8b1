package org.techvoice.people.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.List;

import org.techvoice.people.JobFamily;
import org.techvoice.people.ProfessionalRegistration;
import org.techvoice.slack.Counted;
import org.techvoice.slack.Modals;

import com.slack.api.model.view.View;

/** The {@code /tc import} modal: one multi-line box to paste CSV into. */
final class ImportForm {

    static final String CALLBACK_ID = "tc_import";
    static final String BLOCK_ID = "csv";
    /** Slack's own limit for a plain-text input. */
    static final int MAX_CHARS = 3000;

    private ImportForm() {
    }

    static View modal() {
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text("Import technicians")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Import")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText("Paste one technician per line: *user, department, job family, "
                                + "registration*. The user is a Slack user id (`U0123ABCD`) or their email; registration may be "
                                + "left empty. A first line of column names is skipped. If any line has a problem, nobody is "
                                + "imported and you get the list to fix."))),
                        input(i -> i.blockId(BLOCK_ID)
                                .label(plainText("Technicians (CSV)"))
                                .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(MAX_CHARS)
                                        .placeholder(plainText("user,department,job family,registration\n"
                                                + "alex@uni.ac.uk,School of Chemistry,laboratory,RSciTech"))))),
                        context(c -> c.elements(List.of(markdownText("*Job families:* " + JobFamily.codes()
                                + "\n*Registrations:* " + ProfessionalRegistration.codes())))))));
    }

    static View accepted(int rows) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Import technicians")))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(List.of(section(s -> s.text(markdownText(":hourglass_flowing_sand: Checking " + Counted.of(rows, "technician")
                        + " with Slack. I'll send you a direct message with the result."))))));
    }
}
