package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import java.time.LocalDate;
import java.util.List;

import org.techvoice.slack.ModalState;
import org.techvoice.slack.Modals;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/** {@code /tc submission add}: an earlier submission typed in by hand, its plan pasted as CSV. */
final class SubmissionModal {

    static final String CALLBACK_ID = "tc_submission_add";
    static final String DATE = "submitted_on";
    static final String STAGE = "stage";
    static final String PLAN = "plan";

    record Answers(LocalDate submittedOn, String stage, String plan) {
    }

    private SubmissionModal() {
    }

    static View open(LocalDate today) {
        List<OptionObject> stages = List.of(option(plainText("Stage 1"), "1"), option(plainText("Stage 2"), "2"),
                option(plainText("Stage 3"), "3"));
        List<LayoutBlock> blocks = List.of(
                context(c -> c.elements(List.of(markdownText("For a self-assessment submitted before you used TechVoice: its plan "
                        + "becomes the one your next draft reflects on.")))),
                input(i -> i.blockId(DATE).label(plainText("Date submitted")).element(datePicker(d -> d.actionId(Modals.VALUE)))),
                input(i -> i.blockId(STAGE).label(plainText("Stage submitted"))
                        .element(staticSelect(s -> s.actionId(Modals.VALUE).options(stages)))),
                input(i -> i.blockId(PLAN).label(plainText("The plan's actions, one per line (CSV)"))
                        .hint(plainText("reference, action, themes (separated by ;), status, RAG, deadline, what was achieved, e.g. "
                                + "TC-01, Technician profiles on the web, Visibility, done, green, " + today.minusYears(1) + ", 40 profiles live"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(3000)))));
        return Modals.form(CALLBACK_ID, "Earlier submission", "Record", null, blocks);
    }

    static Answers read(ViewState state) {
        ModalState values = new ModalState(state);
        return new Answers(values.date(DATE), values.selected(STAGE), values.text(PLAN));
    }
}
