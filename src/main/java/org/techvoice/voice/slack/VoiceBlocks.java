package org.techvoice.voice.slack;

import org.techvoice.entry.EntryRejected;
import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.techvoice.entry.EntryText;
import org.techvoice.slack.Modals;
import org.techvoice.slack.UserText;
import org.techvoice.themes.slack.ThemeBlocks;
import org.techvoice.voice.FollowCode;
import org.techvoice.voice.VoiceReceipt;
import org.techvoice.voice.VoiceView;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;

/** Block Kit of technician voice: the confirmation with its theme and delete controls, and the modal. */
@NamedInterface("voice-form")
public final class VoiceBlocks {

    static final String MODAL = "voice_modal";
    static final String CHANGE_THEME = "voice_theme";
    static final String DELETE = "voice_delete";
    static final String ANONYMOUS = "anonymous";
    static final String FOLLOW_CODE_BLOCK = "voice_follow_code";
    /**
     * Block ids of an entry form's text and themes, shared by every form that makes an entry (voice, contributions,
     * celebrations, edits) and their listeners: the id of each {@link EntryRejected.Field}, so an error lands beside it.
     */
    public static final String TEXT = Modals.blockId(EntryRejected.Field.TEXT);
    public static final String THEMES = Modals.blockId(EntryRejected.Field.THEMES);

    static final String WHO_CAN_SEE = "*Who can see it:* the TechVoice lead and admins read every entry's words and themes, and "
            + "they may be quoted (without a name) in the Technician Commitment self-assessment. *Anonymous* entries are "
            + "stored with no link to you at all, so nobody, admins included, can tell who wrote them. "
            + "*With your name* (untick it): your name is kept with the entry and shown to the TechVoice lead and admins "
            + "(and to you in `/tc mine`); it is never posted in a channel, and the self-assessment draft quotes you as "
            + "\"Technician\", adding your department only when enough technicians are registered in it that it cannot "
            + "point to you.";

    private VoiceBlocks() {
    }

    /**
     * What the author sees after speaking up. The controls' block id carries the entry id and its token: the only
     * link between an anonymous entry and the person who may change it lives in this message.
     */
    static List<LayoutBlock> confirmation(VoiceView entry, String token, List<org.techvoice.themes.ThemeSuggestion> why) {
        return confirmation(entry, token, why, false);
    }

    static List<LayoutBlock> confirmation(VoiceView entry, String token, List<org.techvoice.themes.ThemeSuggestion> why,
            boolean fallbackTheme) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String how = entry.anonymous() ? "anonymously: nothing links it to you" : "with your name";
        blocks.add(section(s -> s.text(markdownText(":speech_balloon: Thank you. Your voice is saved as *" + entry.reference() + "*, " + how + "."))));
        blocks.add(section(s -> s.text(MarkdownTextObject.builder().text(UserText.section(entry.text())).verbatim(true).build())));
        blocks.add(context(c -> c.elements(List.of(markdownText(ThemeBlocks.line(entry.themes(), why, fallbackTheme))))));
        List<OptionObject> options = ThemeBlocks.options();
        blocks.add(actions(a -> a.blockId(controls(entry.id(), token)).elements(List.of(
                staticSelect(s -> s.actionId(CHANGE_THEME).placeholder(plainText("Change theme")).options(options)),
                button(b -> b.actionId(DELETE).style("danger").text(plainText("Delete")).value(entry.reference())
                        .confirm(confirmationDialog(d -> d.title(plainText("Delete this entry?"))
                                .text(markdownText("It is removed for good."))
                                .confirm(plainText("Delete")).deny(plainText("Keep it")))))))));
        if (entry.anonymous()) {
            String code = FollowCode.of(entry.id(), token);
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    "Because it is anonymous, this message is the only way to change or delete it: `/tc mine` cannot find it.")))));
            blocks.add(section(s -> s.text(markdownText(":mag: *Follow code:* `" + code + "`\n`/tc voice status " + code
                    + "` shows what became of it: the finding it joined and the actions taken. TechVoice does not keep the code "
                    + "or anything linking it to you, so note it down if you want to follow it.")).blockId(FOLLOW_CODE_BLOCK)));
        }
        return blocks;
    }

    static List<LayoutBlock> confirmation(VoiceReceipt receipt) {
        return confirmation(receipt.entry(), receipt.token(), receipt.suggestions(), receipt.fallbackTheme());
    }

    static String controls(long id, String token) {
        return "voice:" + id + ":" + token;
    }

    /** The (id, token) of a controls block id, if it is one. */
    static Optional<Controls> parseControls(String blockId) {
        if (blockId == null) {
            return Optional.empty();
        }
        String[] parts = blockId.split(":", 3);
        if (parts.length != 3 || !parts[0].equals("voice") || !parts[1].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new Controls(Long.parseLong(parts[1]), parts[2]));
    }

    record Controls(long id, String token) {
    }

    public static View modal(String initialText) {
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId(TEXT).label(plainText("Your idea, concern or suggestion"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(EntryText.MAX_CHARACTERS)
                                .initialValue(initialText == null || initialText.isEmpty() ? null : initialText)))),
                input(i -> i.blockId(THEMES).optional(true).label(plainText("Themes"))
                        .hint(plainText("Leave empty and TechVoice suggests them from what you wrote."))
                        .element(multiStaticSelect(m -> m.actionId(Modals.VALUE).placeholder(plainText("Choose themes"))
                                .options(ThemeBlocks.options())))),
                input(i -> i.blockId(ANONYMOUS).optional(true).label(plainText("Anonymity"))
                        .element(checkboxes(c -> c.actionId(Modals.VALUE).options(List.of(anonymousOption()))
                                .initialOptions(List.of(anonymousOption()))))),
                context(c -> c.elements(List.of(markdownText(WHO_CAN_SEE)))));
        return Modals.form(MODAL, "Technician voice", "Send", "", blocks);
    }

    static OptionObject anonymousOption() {
        return OptionObject.builder().text(plainText("Send anonymously")).value(ANONYMOUS).build();
    }

    static List<LayoutBlock> gone(String what) {
        return List.of(section(s -> s.text(markdownText(what))));
    }
}
