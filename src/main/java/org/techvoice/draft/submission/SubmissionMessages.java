package org.techvoice.draft.submission;

/** The words of the DM telling a lead their submission was recorded (or not). Implemented by the draft's Slack adapter. */
public interface SubmissionMessages {

    /** Plain mrkdwn text. */
    String recorded(SubmissionService.Outcome outcome, java.time.LocalDate on);

    String failed(java.time.LocalDate on);
}
