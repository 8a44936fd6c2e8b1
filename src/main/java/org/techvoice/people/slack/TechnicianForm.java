package org.techvoice.people.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.techvoice.people.JobFamily;
import org.techvoice.people.ProfessionalRegistration;
import org.techvoice.people.TechnicianDetails;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.slack.ModalState;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/** The {@code /tc join} modal: how it looks, and how its submitted state reads back. */
final class TechnicianForm {

    static final String CALLBACK_ID = "tc_join";
    static final String NONE = "none";

    static final Map<TechnicianDetails.Field, String> BLOCK_IDS = new EnumMap<>(Map.of(
            TechnicianDetails.Field.DEPARTMENT, "department",
            TechnicianDetails.Field.JOB_FAMILY, "job_family",
            TechnicianDetails.Field.REGISTRATION, "registration"));

    private TechnicianForm() {
    }

    /** The form, filled in with what the person registered before, if anything. */
    static View modal(Optional<TechnicianProfile> current) {
        List<OptionObject> families = Arrays.stream(JobFamily.values())
                .map(f -> option(plainText(f.label()), f.name())).toList();
        List<OptionObject> registrations = new java.util.ArrayList<>();
        registrations.add(option(plainText("None"), NONE));
        Arrays.stream(ProfessionalRegistration.values())
                .forEach(r -> registrations.add(option(plainText(r.code() + " – " + r.title()), r.name())));
        OptionObject family = current.map(TechnicianProfile::jobFamily).flatMap(JobFamily::fromText)
                .map(f -> option(plainText(f.label()), f.name())).orElse(null);
        OptionObject registration = current.map(TechnicianProfile::professionalRegistration)
                .flatMap(ProfessionalRegistration::fromText)
                .map(r -> option(plainText(r.code() + " – " + r.title()), r.name()))
                .orElse(current.isPresent() ? registrations.get(0) : null);
        String department = current.map(TechnicianProfile::department).orElse(null);
        String intro = current.isPresent()
                ? "You are registered as a technician. Change anything below and save."
                : "Register as a technician so your lead can count and reach the technician community "
                        + "(the Technician Commitment's *Visibility* theme). Only your department, job family and "
                        + "registration are kept; `/tc my-data` shows them and `/tc forget-me` erases them.";
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text("Join TechVoice")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText(intro))),
                        input(i -> i.blockId(BLOCK_IDS.get(TechnicianDetails.Field.DEPARTMENT))
                                .label(plainText("Department or school"))
                                .element(plainTextInput(p -> p.actionId(Modals.VALUE).initialValue(department)
                                        .maxLength(TechnicianDetails.DEPARTMENT_LIMIT)
                                        .placeholder(plainText("e.g. School of Chemistry"))))),
                        input(i -> i.blockId(BLOCK_IDS.get(TechnicianDetails.Field.JOB_FAMILY))
                                .label(plainText("Job family"))
                                .element(staticSelect(s -> s.actionId(Modals.VALUE).options(families).initialOption(family)
                                        .placeholder(plainText("Choose one"))))),
                        input(i -> i.blockId(BLOCK_IDS.get(TechnicianDetails.Field.REGISTRATION))
                                .optional(true)
                                .label(plainText("Professional registration"))
                                .hint(plainText("If you are on a professional register, e.g. RSciTech or EngTech."))
                                .element(staticSelect(s -> s.actionId(Modals.VALUE).options(registrations).initialOption(registration)
                                        .placeholder(plainText("Choose one"))))))));
    }

    /** What was submitted, as typed: the people service checks it. */
    static TechnicianDetails read(ViewState state) {
        ModalState values = new ModalState(state);
        String department = values.text(BLOCK_IDS.get(TechnicianDetails.Field.DEPARTMENT));
        String family = values.selected(BLOCK_IDS.get(TechnicianDetails.Field.JOB_FAMILY));
        String registration = values.selected(BLOCK_IDS.get(TechnicianDetails.Field.REGISTRATION));
        return new TechnicianDetails(department, family, NONE.equals(registration) ? null : registration);
    }

    /** The confirmation the modal turns into once saved. */
    static View saved(TechnicianProfile profile) {
        String text = ":white_check_mark: You are registered as a technician: *" + SlackReplies.escape(profile.department())
                + "*, " + SlackReplies.escape(profile.jobFamily())
                + (profile.professionalRegistration() == null ? "" : ", " + profile.professionalRegistration())
                + ".\nRun `/tc join` again to change it.";
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Join TechVoice")))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(List.of(section(s -> s.text(markdownText(text))))));
    }
}
