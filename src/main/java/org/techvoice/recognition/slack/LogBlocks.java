package org.techvoice.recognition.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.techvoice.entry.EntryText;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.recognition.ContributionView;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;

/** Block Kit of {@code /tc log}: the confirmation and the form. */
final class LogBlocks {

    static final String MODAL = "log_modal";

    private LogBlocks() {
    }

    static List<LayoutBlock> confirmation(ContributionService.Logged logged) {
        ContributionView c = logged.contribution();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":white_check_mark: Logged your " + c.kind().label() + " as *" + c.reference()
                + "* (" + c.happenedOn() + ")."))));
        blocks.add(section(s -> s.text(MarkdownTextObject.builder().text(UserText.section(c.text())).verbatim(true).build())));
        List<String> details = new ArrayList<>();
        details.add(ThemeBlocks.line(c.themes(), logged.suggestions()));
        if (c.link() != null) {
            details.add("Evidence: " + SlackReplies.escape(c.link()));
        }
        if (!c.collaborators().isEmpty()) {
            details.add("With " + String.join(", ", c.collaborators().stream().map(id -> "<@" + id + ">").toList()));
        }
        details.add("Edit or delete it with `/tc mine`.");
        blocks.add(context(x -> x.elements(List.of(markdownText(SlackReplies.truncate(String.join("\n", details), SlackReplies.SECTION_TEXT_LIMIT))))));
        return blocks;
    }

    static View modal(LocalDate today) {
        List<OptionObject> kinds = Arrays.stream(ContributionKind.values()).map(LogBlocks::kindOption).toList();
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId("kind").label(plainText("What kind of contribution?"))
                        .element(staticSelect(s -> s.actionId(Modals.VALUE).options(kinds).initialOption(kindOption(ContributionKind.OTHER))))),
                input(i -> i.blockId("text").label(plainText("What did you do?"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(EntryText.MAX_CHARACTERS)))),
                input(i -> i.blockId("date").label(plainText("When"))
                        .element(datePicker(d -> d.actionId(Modals.VALUE).initialDate(today.toString())))),
                input(i -> i.blockId("link").optional(true).label(plainText("Evidence link"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).placeholder(plainText("https://...")).maxLength(1000)))),
                input(i -> i.blockId("collaborators").optional(true).label(plainText("Collaborators"))
                        .element(multiUsersSelect(m -> m.actionId(Modals.VALUE).placeholder(plainText("Who worked on it with you"))))),
                input(i -> i.blockId("themes").optional(true).label(plainText("Themes"))
                        .hint(plainText("Leave empty and TechVoice suggests them from what you wrote."))
                        .element(multiStaticSelect(m -> m.actionId(Modals.VALUE).placeholder(plainText("Choose themes"))
                                .options(ThemeBlocks.options())))),
                context(c -> c.elements(List.of(markdownText(
                        "Logged with your name. The TechVoice lead and admins see it and may cite it in the self-assessment.")))));
        return Modals.form(MODAL, "Log a contribution", "Log it", "", blocks);
    }

    static OptionObject kindOption(ContributionKind kind) {
        String label = kind.label().substring(0, 1).toUpperCase() + kind.label().substring(1);
        return OptionObject.builder().text(plainText(label)).value(kind.name()).build();
    }

    static ContributionKind kind(String value) {
        return Arrays.stream(ContributionKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(ContributionKind.OTHER);
    }
}
