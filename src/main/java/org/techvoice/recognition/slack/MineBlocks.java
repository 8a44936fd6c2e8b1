package org.techvoice.recognition.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import java.util.ArrayList;
import java.util.List;

import org.techvoice.voice.slack.VoiceBlocks;
import org.techvoice.entry.EntryText;
import org.techvoice.recognition.OwnEntry;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;

/** Block Kit of {@code /tc mine}: the list with edit and delete, and the edit form. */
final class MineBlocks {

    static final String EDIT = "entry_edit";
    static final String DELETE = "entry_delete";
    static final String EDIT_MODAL = "entry_edit_modal";
    static final String ONLY_THE_SUBJECT_MAY_REWORD = "Only the person celebrated can change these words: they agreed to them. "
            + "To say it differently, withdraw it and celebrate again; they will be asked again.";
    /** Two blocks per entry, within Slack's 50 per message with room for the intro and the footer. */
    static final int SHOWN = 20;

    private MineBlocks() {
    }

    static List<LayoutBlock> list(List<OwnEntry> entries, String notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (notice != null) {
            blocks.add(section(s -> s.text(markdownText(notice))));
        }
        if (entries.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("You have no entries with your name yet. Try `/tc log`, `/tc celebrate` "
                    + "or `/tc voice`. (Anonymous voice is linked to nobody, so it never appears here.)"))));
            return blocks;
        }
        blocks.add(section(s -> s.text(markdownText("*Your TechVoice entries* (newest first). Anonymous voice is linked to nobody, "
                + "so it never appears here."))));
        entries.stream().limit(SHOWN).forEach(e -> {
            String state = e.state().isEmpty() ? "" : " · _" + e.state() + "_";
            String line = "*" + e.reference() + "* · " + e.kind() + " · " + DateMarkup.day(e.date()) + state + "\n" + UserText.preview(e.text(), 280)
                    + "\n" + ThemeBlocks.line(e.themes(), List.of()) + (e.editable() ? "" : "\n_" + ONLY_THE_SUBJECT_MAY_REWORD + "_");
            blocks.add(section(s -> s.text(markdownText(line))));
            List<BlockElement> buttons = new ArrayList<>();
            if (e.editable()) {
                buttons.add(button(b -> b.actionId(EDIT).text(plainText("Edit")).value(e.reference())));
            }
            buttons.add(button(b -> b.actionId(DELETE).style("danger").text(plainText("Delete"))
                    .value(e.reference())
                    .confirm(confirmationDialog(d -> d.title(plainText("Delete " + e.reference() + "?"))
                            .text(markdownText(e.posted() ? "It is removed for good, and its post in the network channel is "
                                    + "changed to say it was withdrawn." : "It is removed for good."))
                            .confirm(plainText("Delete")).deny(plainText("Keep it"))))));
            blocks.add(actions(a -> a.blockId("entry:" + e.reference()).elements(buttons)));
        });
        if (entries.size() > SHOWN) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + (entries.size() - SHOWN) + " older entries.")))));
        }
        return blocks;
    }

    static View editModal(OwnEntry entry) {
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId(VoiceBlocks.TEXT).label(plainText("Text"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(EntryText.MAX_CHARACTERS)
                                .initialValue(SlackReplies.truncate(entry.text(), EntryText.MAX_CHARACTERS))))),
                input(i -> i.blockId(VoiceBlocks.THEMES).label(plainText("Themes"))
                        .element(multiStaticSelect(m -> m.actionId(Modals.VALUE).options(ThemeBlocks.options())
                                .initialOptions(ThemeBlocks.options(entry.themes()))))),
                context(c -> c.elements(List.of(markdownText("Editing *" + entry.reference() + "* (" + entry.kind() + ")."
                        + (entry.posted() ? " Its post in the network channel is updated to match." : ""))))));
        return Modals.form(EDIT_MODAL, "Edit " + entry.reference(), "Save", entry.reference(), blocks);
    }
}
