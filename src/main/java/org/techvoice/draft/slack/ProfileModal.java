package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.emailTextInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.urlTextInput;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.profile.ProfileField;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.draft.profile.StageInput;
import org.techvoice.slack.ModalState;
import org.techvoice.slack.Modals;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/** The {@code /tc profile} modal: the form's contextual questions, filled with the current answers. */
final class ProfileModal {

    static final String CALLBACK_ID = "tc_profile";

    private ProfileModal() {
    }

    static String blockId(ProfileField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    static View open(ProfileDetails current) {
        return open(current, StageInput.UNCHANGED);
    }

    static View open(ProfileDetails current, StageInput stage) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "These answers open your Technician Commitment self-assessment. Leave blank what you don't know yet; "
                        + "the draft will say it is missing.")))));
        blocks.add(text(ProfileField.ORGANISATION_NAME, "Organisation", current.organisationName(), false, 200));
        blocks.add(text(ProfileField.PROFILE, "Brief profile of your organisation (up to " + ProfileService.wordLimit() + " words)",
                current.profile(), true, 3000));
        blocks.add(text(ProfileField.TECHNICIAN_DEFINITION, "How your organisation defines its technicians",
                current.technicianDefinition(), true, 3000));
        blocks.add(text(ProfileField.TECHNICIAN_NUMBERS, "How many technicians, where they are based and how they are structured",
                current.technicianNumbers(), true, 3000));
        blocks.add(text(ProfileField.INITIATIVES_BEFORE, "Initiatives for technicians in place before signing",
                current.initiativesBefore(), true, 3000));
        blocks.add(text(ProfileField.CROSS_REFERENCES,
                "Other reviews that mention technicians (Athena SWAN, TEF submission, REF environment statement)",
                current.crossReferences(), true, 3000));
        blocks.add(input(i -> i.blockId(blockId(ProfileField.WEB_PAGE_URL)).optional(true)
                .label(plainText("Public web page with your signatory status and action plan"))
                .element(urlTextInput(u -> u.actionId(Modals.VALUE).initialValue(current.webPageUrl())))));
        blocks.add(text(ProfileField.LEAD_NAME, "Name of the institutional lead", current.leadName(), false, 200));
        blocks.add(input(i -> i.blockId(blockId(ProfileField.LEAD_EMAIL)).optional(true).label(plainText("Lead's e-mail"))
                .element(emailTextInput(e -> e.actionId(Modals.VALUE).initialValue(current.leadEmail())))));
        blocks.add(text(ProfileField.LEAD_PHONE, "Lead's contact number", current.leadPhone(), false, 30));
        blocks.add(input(i -> i.blockId(blockId(ProfileField.SIGNATORY_DATE)).optional(true)
                .label(plainText("Date your organisation became a signatory"))
                .element(datePicker(d -> d.actionId(Modals.VALUE)
                        .initialDate(current.signatoryDate() == null ? null : current.signatoryDate().toString())))));
        List<OptionObject> stages = List.of(option(plainText("Stage 1: first self-assessment, 24-month plan"), "1"),
                option(plainText("Stage 2: reflection, 36-month plan"), "2"),
                option(plainText("Stage 3: further reflection, 36-month plan"), "3"));
        OptionObject chosen = stages.stream().filter(o -> o.getValue().equals(stage.stage())).findFirst().orElse(null);
        blocks.add(input(i -> i.blockId(blockId(ProfileField.STAGE)).optional(true)
                .label(plainText("Stage you are preparing"))
                .hint(plainText("From Stage 2 the draft reflects on the previous action plan and shows progress since the last submission."))
                .element(staticSelect(s -> s.actionId(Modals.VALUE).options(stages).initialOption(chosen)))));
        blocks.add(input(i -> i.blockId(blockId(ProfileField.LAST_SUBMITTED_ON)).optional(true)
                .label(plainText("Date of your last submission"))
                .element(datePicker(d -> d.actionId(Modals.VALUE)
                        .initialDate(stage.lastSubmittedOn() == null ? null : stage.lastSubmittedOn().toString())))));
        blocks.add(input(i -> i.blockId(blockId(ProfileField.PLAN_MONTHS)).optional(true)
                .label(plainText("Action plan length in months"))
                .hint(plainText("Leave blank for 24 months at Stage 1 and 36 months at Stages 2 and 3."))
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(3).initialValue(stage.planMonthsText())))));
        return view(v -> v.type("modal").callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text("Organisation profile")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static ProfileDetails read(ViewState state) {
        ModalState values = new ModalState(state);
        return new ProfileDetails(values.text(blockId(ProfileField.ORGANISATION_NAME)), values.text(blockId(ProfileField.PROFILE)),
                values.text(blockId(ProfileField.TECHNICIAN_DEFINITION)), values.text(blockId(ProfileField.TECHNICIAN_NUMBERS)),
                values.text(blockId(ProfileField.INITIATIVES_BEFORE)), values.text(blockId(ProfileField.WEB_PAGE_URL)),
                values.text(blockId(ProfileField.LEAD_NAME)), values.text(blockId(ProfileField.LEAD_EMAIL)),
                values.text(blockId(ProfileField.LEAD_PHONE)), values.date(blockId(ProfileField.SIGNATORY_DATE)),
                values.text(blockId(ProfileField.CROSS_REFERENCES)));
    }

    static StageInput readStage(ViewState state) {
        ModalState values = new ModalState(state);
        return new StageInput(values.selected(blockId(ProfileField.STAGE)), values.date(blockId(ProfileField.LAST_SUBMITTED_ON)),
                values.text(blockId(ProfileField.PLAN_MONTHS)));
    }

    private static LayoutBlock text(ProfileField field, String label, String initial, boolean multiline, int maxLength) {
        return input(i -> i.blockId(blockId(field)).optional(true).label(plainText(label))
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(multiline).maxLength(maxLength).initialValue(initial))));
    }
}
