package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;

import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.draft.profile.CommitmentStage;
import org.techvoice.draft.profile.ProfileDetails;

/** The form's contextual questions, answered from the lead's profile, and its closing web page and sign-off. */
final class ContextSections {

    static final String HEADER = "Organisation and institutional lead";
    static final String PROFILE = "Organisation profile";
    static final String DEFINITION = "How the organisation defines its technicians";
    static final String NUMBERS = "Number of technicians and how they are structured";
    static final String BEFORE = "Initiatives in place before becoming a signatory";
    static final String WEB_PAGE = "Technician Commitment web page";
    static final String SIGN_OFF = "Sign-off";
    static final String CROSS_REFERENCES = "Cross-references to other sector reviews";

    private ContextSections() {
    }

    static Section header(ProfileDetails profile, String period, String compiledOn) {
        return header(profile, CommitmentStage.FIRST, period, compiledOn);
    }

    /** From Stage 2 the table also names the stage and the previous submission; Stage 1 reads as it always did. */
    static Section header(ProfileDetails profile, CommitmentStage stage, String period, String compiledOn) {
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("Organisation", orMissing(profile.organisationName())),
                List.of("Name of Institutional Lead", orMissing(profile.leadName())),
                List.of("E-mail", orMissing(profile.leadEmail())),
                List.of("Contact number", orMissing(profile.leadPhone())),
                List.of("Signatory since", profile.signatoryDate() == null ? "Not given yet (/tc profile)" : Dates.format(profile.signatoryDate())),
                List.of("Evidence period", period),
                List.of("Compiled", compiledOn + " by TechVoice, as a draft for the lead to edit")));
        if (stage.reflectsOnPreviousPlan()) {
            rows.add(5, List.of("Stage", "Stage " + stage.stage() + ", with a " + stage.planMonths() + "-month action plan"));
            rows.add(6, List.of("Previous submission", stage.lastSubmittedOn() == null ? "Date not given yet (/tc profile)"
                    : Dates.format(stage.lastSubmittedOn())));
        }
        return new Section(HEADER, List.of(new Table(List.of("Question", "Answer"), rows)));
    }

    static Section profile(ProfileDetails profile) {
        return text(PROFILE, profile.profile(), "a brief profile of the organisation (up to 250 words)");
    }

    static Section definition(ProfileDetails profile) {
        return text(DEFINITION, profile.technicianDefinition(), "how the organisation defines its technicians");
    }

    static Section numbers(ProfileDetails profile, long registeredInTechVoice) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(profile.technicianNumbers() == null
                ? Placeholders.notGiven("how many technicians there are and where they are based")
                : new Paragraph(profile.technicianNumbers(), false));
        if (registeredInTechVoice > 0) {
            blocks.add(new Paragraph(Words.count(registeredInTechVoice, "technician") + " " + Words.has(registeredInTechVoice)
                    + " registered with TechVoice in this workspace.", false));
        }
        return new Section(NUMBERS, blocks);
    }

    static Section before(ProfileDetails profile) {
        return text(BEFORE, profile.initiativesBefore(), "the initiatives in place for technicians before signing");
    }

    /** The form welcomes references to Athena SWAN, TEF and REF submissions where technicians are mentioned. */
    static Section crossReferences(ProfileDetails profile) {
        return text(CROSS_REFERENCES, profile.crossReferences(), "references to Athena SWAN applications, Teaching Excellence "
                + "Framework (TEF) submissions and Research Excellence Framework (REF) environment statements that mention technicians");
    }

    static Section webPage(ProfileDetails profile) {
        return new Section(WEB_PAGE, List.of(profile.webPageUrl() == null
                ? Placeholders.notGiven("the address of the public page with the signatory status and action plan")
                : new Paragraph("Our Technician Commitment status and action plan are published at " + profile.webPageUrl(), false)));
    }

    static Section signOff(ProfileDetails profile) {
        String lead = profile.leadName() == null ? "" : ", " + profile.leadName();
        return new Section(SIGN_OFF, List.of(
                new Paragraph("Signed by the Technician Commitment Nominated Institutional Lead" + lead
                        + ": ______________________   Date: ____________", false),
                new Paragraph("Signed by the Technician Commitment Signatory, Leader of Institution: "
                        + "______________________   Date: ____________", false)));
    }

    private static Section text(String heading, String value, String what) {
        return new Section(heading, List.of(value == null ? Placeholders.notGiven(what) : new Paragraph(value, false)));
    }

    private static String orMissing(String value) {
        return value == null ? "Not given yet (/tc profile)" : value;
    }
}
