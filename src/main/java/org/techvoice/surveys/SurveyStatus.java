package org.techvoice.surveys;

/** Where a survey is in its life. */
public enum SurveyStatus {
    /** Being built in the modal; nobody sees it. */
    DRAFT,
    /** Complete, waiting for its opening time. */
    SCHEDULED,
    OPEN,
    CLOSED,
    CANCELLED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
