package org.techvoice.draft.slack;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.techvoice.draft.submission.SubmissionMessages;

import org.techvoice.draft.submission.SubmissionService.Recorded;
import org.techvoice.draft.submission.SubmissionService.Refusal;

/** The words of a recorded (or refused) submission, in the DM and in the form. */
@Component
class SubmissionWords implements SubmissionMessages {

    @Override
    public String recorded(Recorded recorded, LocalDate on) {
        if (recorded.refusal() != null) {
            return ":warning: " + refusal(recorded.refusal(), on);
        }
        return ":white_check_mark: Recorded your submission of " + on + " with " + recorded.actions() + " action(s) as they stood."
                + " You are now preparing *Stage " + recorded.next().stage() + "* with a " + recorded.next().planMonths()
                + "-month plan: `/tc draft` reflects on this plan and shows progress since " + on + ". `/tc profile` changes the stage.";
    }

    @Override
    public String failed(LocalDate on) {
        return ":warning: Sorry, I could not record your submission of " + on + ": something went wrong on our side. Nothing was "
                + "recorded; please try `/tc submission record " + on + "` again in a few minutes.";
    }

    String refusal(Refusal refusal, LocalDate on) {
        return switch (refusal) {
            case DATE_IN_FUTURE -> on + " is in the future: give the day the self-assessment was submitted.";
            case ALREADY_RECORDED -> "A submission of that stage on " + on + " is already recorded (`/tc submission list`).";
            case BAD_STAGE -> "Choose Stage 1, 2 or 3.";
        };
    }

}
