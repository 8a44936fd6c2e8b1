package org.techvoice.recognition.slack;

import static com.slack.api.model.block.Blocks.actions;
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
import java.util.Optional;

import org.techvoice.voice.slack.VoiceBlocks;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.EntryText;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.recognition.ContributionView;
import org.techvoice.recognition.KindSuggestion;
import org.techvoice.slack.DateMarkup;
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
    static final String CHANGE_KIND = "log_kind";
    static final String CHANGE_THEME = "log_theme";
    private static final String CONTROLS = "contribution:";
    /** Block ids of the log form, shared with {@link LogModalListener}; each is its {@link EntryRejected.Field}'s id. */
    static final String KIND = "kind";
    static final String DATE = Modals.blockId(EntryRejected.Field.DATE);
    static final String LINK = Modals.blockId(EntryRejected.Field.LINK);
    static final String COLLABORATORS = Modals.blockId(EntryRejected.Field.COLLABORATORS);

    private LogBlocks() {
    }

    /** @param kindChosen the author picked the kind in the form, so there is no reason to give for it */
    static List<LayoutBlock> confirmation(ContributionService.Logged logged, boolean kindChosen) {
        return confirmation(logged.contribution(), kindChosen, logged.kindSuggestion(), logged.suggestions(), logged.fallbackTheme());
    }

    /**
     * What the author sees after logging: the kind and themes with why TechVoice chose them, and the same change
     * menus a voice confirmation has, so a wrong guess is one click from right.
     */
    static List<LayoutBlock> confirmation(ContributionView c, boolean kindChosen, KindSuggestion kind,
            List<org.techvoice.themes.ThemeSuggestion> why, boolean fallbackTheme) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":white_check_mark: Logged your " + c.kind().label() + " as *" + c.reference()
                + "* (" + DateMarkup.day(c.happenedOn()) + ")."))));
        blocks.add(section(s -> s.text(MarkdownTextObject.builder().text(UserText.section(c.text())).verbatim(true).build())));
        List<String> details = new ArrayList<>();
        details.add(kindChosen ? "Kind: *" + c.kind().label() + "*" : kindLine(c.kind(), kind));
        details.add(ThemeBlocks.line(c.themes(), why, fallbackTheme));
        if (c.link() != null) {
            details.add("Evidence: " + SlackReplies.escape(c.link()));
        }
        if (!c.collaborators().isEmpty()) {
            details.add("With " + String.join(", ", c.collaborators().stream().map(id -> "<@" + id + ">").toList()));
        }
        details.add("Edit or delete it with `/tc mine`.");
        blocks.add(context(x -> x.elements(List.of(markdownText(SlackReplies.truncate(String.join("\n", details), SlackReplies.SECTION_TEXT_LIMIT))))));
        List<OptionObject> kinds = Arrays.stream(ContributionKind.values()).map(LogBlocks::kindOption).toList();
        blocks.add(actions(a -> a.blockId(CONTROLS + c.id()).elements(List.of(
                staticSelect(s -> s.actionId(CHANGE_KIND).placeholder(plainText("Change kind")).options(kinds)),
                staticSelect(s -> s.actionId(CHANGE_THEME).placeholder(plainText("Change theme")).options(ThemeBlocks.options()))))));
        return blocks;
    }

    /** e.g. "Kind: *training given* (mentions “trained” → training given)", for a kind TechVoice chose. */
    static String kindLine(ContributionKind kind, KindSuggestion why) {
        String line = "Kind: *" + kind.label() + "*";
        if (why != null && why.kind() == kind) {
            String cues = why.cues().stream().map(cue -> "“" + UserText.shown(cue) + "”").collect(java.util.stream.Collectors.joining(" and "));
            return line + " _(mentions " + cues + " → " + kind.label() + ")_";
        }
        return line + " _(nothing in the text said which kind: change it below)_";
    }

    /** The contribution id of a controls block id, if it is one. */
    static Optional<Long> parseControls(String blockId) {
        if (blockId == null || !blockId.startsWith(CONTROLS) || !blockId.substring(CONTROLS.length()).matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(blockId.substring(CONTROLS.length())));
    }

    static View modal(LocalDate today) {
        List<OptionObject> kinds = Arrays.stream(ContributionKind.values()).map(LogBlocks::kindOption).toList();
        List<LayoutBlock> blocks = List.of(
                // left empty, the kind is suggested from the text as on "/tc log <text>" (with its reason and a change
                // menu), instead of a preselected "Other contribution" that most people would not think to change
                input(i -> i.blockId(KIND).optional(true).label(plainText("What kind of contribution?"))
                        .hint(plainText("Leave empty and TechVoice suggests it from what you wrote."))
                        .element(staticSelect(s -> s.actionId(Modals.VALUE).placeholder(plainText("Choose a kind")).options(kinds)))),
                input(i -> i.blockId(VoiceBlocks.TEXT).label(plainText("What did you do?"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(EntryText.MAX_CHARACTERS)))),
                input(i -> i.blockId(DATE).label(plainText("When"))
                        .element(datePicker(d -> d.actionId(Modals.VALUE).initialDate(today.toString())))),
                input(i -> i.blockId(LINK).optional(true).label(plainText("Evidence link"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).placeholder(plainText("https://...")).maxLength(1000)))),
                input(i -> i.blockId(COLLABORATORS).optional(true).label(plainText("Collaborators"))
                        .element(multiUsersSelect(m -> m.actionId(Modals.VALUE).placeholder(plainText("Who worked on it with you"))))),
                input(i -> i.blockId(VoiceBlocks.THEMES).optional(true).label(plainText("Themes"))
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

    /** The kind an option value names, or null for a forged one. */
    static ContributionKind kindOrNull(String value) {
        return Arrays.stream(ContributionKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
    }

}
