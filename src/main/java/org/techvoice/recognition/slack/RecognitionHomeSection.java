package org.techvoice.recognition.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.voice.slack.VoiceBlocks;
import org.techvoice.entry.EntryText;
import org.techvoice.recognition.OwnEntry;
import org.techvoice.recognition.RecognitionHome;
import org.techvoice.slack.HomeSection;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;
import org.techvoice.themes.Theme;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

/** The App Home part of voice and recognition: the three actions, one's recent entries by theme, and the leads' overview. */
@Component
class RecognitionHomeSection implements HomeSection {

    static final String VOICE = "home_voice";
    static final String LOG = "home_log";
    static final String CELEBRATE = "home_celebrate";
    static final String CELEBRATE_MODAL = "celebrate_modal";
    /** Block id of the celebration form's person picker, shared with {@link CelebrateModalListener}. */
    static final String PERSON = "person";

    private final RecognitionHome home;

    RecognitionHomeSection(RecognitionHome home) {
        this.home = home;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, String userId) {
        RecognitionHome.Home mine = home.home(teamId, userId);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your TechVoice"))));
        blocks.add(actions(a -> a.blockId("home_actions").elements(List.of(
                button(b -> b.actionId(VOICE).text(plainText("Speak up")).value("voice")),
                button(b -> b.actionId(LOG).text(plainText("Log a contribution")).value("log")),
                button(b -> b.actionId(CELEBRATE).text(plainText("Celebrate someone")).value("celebrate"))))));
        if (mine.recent().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("Nothing with your name yet. Anonymous voice is linked to nobody, so it never shows here."))));
        } else {
            for (Theme theme : Theme.values()) {
                List<OwnEntry> under = mine.recent().stream().filter(e -> e.themes().contains(theme)).toList();
                if (!under.isEmpty()) {
                    String lines = under.stream().map(e -> "• *" + e.reference() + "* " + UserText.preview(e.text(), 120))
                            .collect(Collectors.joining("\n"));
                    blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate("*" + theme.displayName() + "*\n" + lines,
                            SlackReplies.SECTION_TEXT_LIMIT)))));
                }
            }
            blocks.add(context(c -> c.elements(List.of(markdownText("Your most recent entries; `/tc mine` lists them all with edit and delete.")))));
        }
        mine.overview().ifPresent(overview -> {
            String counts = overview.perTheme().entrySet().stream().map(e -> e.getKey().displayName() + ": *" + e.getValue() + "*")
                    .collect(Collectors.joining(" · "));
            String channel = overview.networkChannel().map(c -> "<#" + c + ">").orElse("_not set_: `/tc config network #channel` (admins)");
            blocks.add(divider());
            blocks.add(section(s -> s.text(markdownText("*Last 30 days* (" + overview.entries() + " entries; one entry can touch several themes)\n"
                    + counts + "\n*Network channel for celebrations:* " + channel))));
        });
        blocks.add(divider());
        return blocks;
    }

    static View celebrateModal() {
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId(PERSON).label(plainText("Who are you celebrating?"))
                        .element(usersSelect(u -> u.actionId(Modals.VALUE).placeholder(plainText("Pick a colleague, or yourself"))))),
                input(i -> i.blockId(VoiceBlocks.TEXT).label(plainText("Their achievement"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(EntryText.MAX_CHARACTERS)))),
                context(c -> c.elements(List.of(markdownText("They get a DM to approve it first; nothing is posted in the technician "
                        + "network channel unless they do. Your own achievement is posted straight away.")))));
        return Modals.form(CELEBRATE_MODAL, "Celebrate", "Celebrate", "", blocks);
    }
}
