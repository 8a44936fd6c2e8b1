package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressInput;
import org.techvoice.draft.actionplan.Trajectory;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.slack.ModalState;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.Theme;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The action plan's modals: adding an action (also, prefilled, the form a lead edits a proposed action in before
 * accepting it: the findings review reuses it), and updating an action's RAG status with a note.
 */
@NamedInterface("action-form")
public final class ActionModals {

    public static final String ADD_CALLBACK_ID = "tc_action_add";
    static final String UPDATE_CALLBACK_ID = "tc_action_update";

    private ActionModals() {
    }

    public static String blockId(ActionField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    static View add() {
        return form(ADD_CALLBACK_ID, "Add an action", "Add", null, null);
    }

    /**
     * The action form, filled with {@code initial} when given.
     *
     * @param title           at most 24 characters (Slack's limit)
     * @param privateMetadata what the submission handler needs to know, or null
     */
    public static View form(String callbackId, String title, String submit, ActionInput initial, String privateMetadata) {
        Optional<ActionInput> given = Optional.ofNullable(initial);
        List<LayoutBlock> blocks = List.of(
                text(ActionField.REFERENCE, "Reference, e.g. TC-01", false, 20, false, given.map(ActionInput::reference)),
                input(i -> i.blockId(blockId(ActionField.THEMES)).label(plainText("Themes"))
                        .element(multiStaticSelect(m -> m.actionId(Modals.VALUE).placeholder(plainText("Choose themes")).options(themeOptions())
                                .initialOptions(given.map(ActionModals::themeOptions).orElse(null))))),
                text(ActionField.DESCRIPTION, "Action", true, 3000, false, given.map(ActionInput::description)),
                text(ActionField.LEAD, "Lead (a person or a role)", false, 200, false, given.map(ActionInput::lead)),
                date(ActionField.STARTS_ON, "Start", given.map(ActionInput::startsOn)),
                date(ActionField.DEADLINE, "Deadline", given.map(ActionInput::deadline)),
                text(ActionField.SUCCESS_MEASURE, "Success measure: how impact will be evidenced", true, 3000, false,
                        given.map(ActionInput::successMeasure)),
                ragInput(given.map(ActionInput::rag).orElse(null)),
                text(ActionField.UPDATE_NOTE, "Update note", true, 3000, true, given.map(ActionInput::updateNote)),
                input(i -> i.blockId(blockId(ActionField.EVIDENCE)).optional(true).label(plainText("Evidence references"))
                        .hint(plainText("Voice entries, contributions, achievements or survey questions, e.g. V-12, C-40, A-7, S-3/Q2"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(1000)
                                .initialValue(given.map(ActionInput::evidenceText).orElse(null))))),
                input(i -> i.blockId(blockId(ActionField.FINDINGS)).optional(true).label(plainText("Findings it answers"))
                        .hint(plainText("What technicians told us that this action answers, as /tc plan lists it, e.g. F-CAR-3, "
                                + "F-S-2/Q4. It shows the action's origin in the draft."))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(500)
                                .initialValue(given.map(ActionInput::findingText).orElse(null))))));
        return view(v -> v.type("modal").callbackId(callbackId)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .privateMetadata(privateMetadata)
                .blocks(blocks));
    }

    public static ActionInput readAdd(ViewState state) {
        ModalState values = new ModalState(state);
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        values.selectedAll(blockId(ActionField.THEMES)).forEach(v -> theme(v, themes));
        return new ActionInput(values.text(blockId(ActionField.REFERENCE)), themes, strip(values.text(blockId(ActionField.DESCRIPTION))),
                strip(values.text(blockId(ActionField.LEAD))), values.date(blockId(ActionField.STARTS_ON)),
                values.date(blockId(ActionField.DEADLINE)), strip(values.text(blockId(ActionField.SUCCESS_MEASURE))),
                parseRag(values.selected(blockId(ActionField.RAG))), strip(values.text(blockId(ActionField.UPDATE_NOTE))),
                values.text(blockId(ActionField.EVIDENCE)), strip(values.text(blockId(ActionField.FINDINGS))));
    }

    static final String STATUS_BLOCK = "status";

    static View update(ActionItem item) {
        List<OptionObject> statuses = Arrays.stream(ActionStatus.values()).map(st -> option(plainText(st.label()), st.name())).toList();
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(markdownText("*" + item.reference() + "*: " + SlackReplies.escape(SlackReplies.truncate(item.description(), 2500))))),
                ragInput(item.rag()),
                input(i -> i.blockId(STATUS_BLOCK).label(plainText("Status"))
                        .element(staticSelect(s -> s.actionId(Modals.VALUE).options(statuses)
                                .initialOption(statuses.get(item.status().ordinal()))))),
                input(i -> i.blockId(blockId(ActionField.UPDATE_NOTE)).optional(true).label(plainText("What happened since the last update"))
                        .hint(plainText("Each update is kept: the reflection on this plan shows them all."))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(3000)))),
                input(i -> i.blockId(blockId(ActionField.EVIDENCE)).optional(true).label(plainText("Evidence of this progress"))
                        .hint(plainText("Voice entries, contributions, achievements or survey questions, e.g. V-12, C-40, A-7, S-3/Q2"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(1000)))));
        return view(v -> v.type("modal").callbackId(UPDATE_CALLBACK_ID).privateMetadata(Long.toString(item.id()))
                .title(viewTitle(t -> t.type("plain_text").text("Update " + item.reference())))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static Rag readRag(ViewState state) {
        return parseRag(new ModalState(state).selected(blockId(ActionField.RAG)));
    }

    static String readNote(ViewState state) {
        return new ModalState(state).text(blockId(ActionField.UPDATE_NOTE));
    }

    static ProgressInput readProgress(ViewState state) {
        ModalState values = new ModalState(state);
        String status = values.selected(STATUS_BLOCK);
        ActionStatus chosen = Arrays.stream(ActionStatus.values()).filter(st -> st.name().equals(status)).findFirst().orElse(null);
        return new ProgressInput(parseRag(values.selected(blockId(ActionField.RAG))), chosen,
                values.text(blockId(ActionField.UPDATE_NOTE)), values.text(blockId(ActionField.EVIDENCE)));
    }

    /** {@code R → A → G}: the ratings an action went through, each change once. */
    static String trajectory(Trajectory trajectory) {
        return trajectory.ratings().stream().map(r -> r.label().substring(0, 1)).collect(java.util.stream.Collectors.joining(" → "));
    }

    /** A small confirmation shown in place of the form once it is saved. */
    public static View saved(String title, String message) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(message))))));
    }

    static String emoji(Rag rag) {
        return switch (rag) {
            case RED -> ":red_circle:";
            case AMBER -> ":large_orange_circle:";
            case GREEN -> ":large_green_circle:";
        };
    }

    private static LayoutBlock ragInput(Rag current) {
        List<OptionObject> options = Arrays.stream(Rag.values()).map(r -> option(plainText(r.label()), r.name())).toList();
        OptionObject initial = current == null ? null : options.get(current.ordinal());
        return input(i -> i.blockId(blockId(ActionField.RAG)).label(plainText("Status (RAG)"))
                .element(staticSelect(s -> s.actionId(Modals.VALUE).options(options).initialOption(initial))));
    }

    private static LayoutBlock text(ActionField field, String label, boolean multiline, int maxLength, boolean optional,
            Optional<String> initial) {
        return input(i -> i.blockId(blockId(field)).optional(optional).label(plainText(label))
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(multiline).maxLength(maxLength)
                        .initialValue(initial.map(t -> SlackReplies.truncate(t, maxLength)).orElse(null)))));
    }

    private static LayoutBlock date(ActionField field, String label, Optional<LocalDate> initial) {
        return input(i -> i.blockId(blockId(field)).label(plainText(label)).element(datePicker(d -> d.actionId(Modals.VALUE)
                .initialDate(initial.map(LocalDate::toString).orElse(null)))));
    }

    private static List<OptionObject> themeOptions(ActionInput input) {
        return input.themes().isEmpty() ? null : themeOptions().stream()
                .filter(o -> input.themes().stream().anyMatch(t -> t.name().equals(o.getValue()))).toList();
    }

    private static List<OptionObject> themeOptions() {
        return Arrays.stream(Theme.values()).map(t -> option(plainText(t.displayName()), t.name())).toList();
    }

    private static void theme(String value, Set<Theme> themes) {
        Arrays.stream(Theme.values()).filter(t -> t.name().equals(value)).forEach(themes::add);
    }

    private static Rag parseRag(String value) {
        return Arrays.stream(Rag.values()).filter(r -> r.name().equals(value)).findFirst().orElse(null);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
