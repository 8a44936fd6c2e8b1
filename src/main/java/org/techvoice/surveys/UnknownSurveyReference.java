package org.techvoice.surveys;

/** What was typed is not a survey reference at all; {@link #typed()} is kept so the adapter can show it, escaped. */
public class UnknownSurveyReference extends SurveyProblem {

    private final String typed;

    public UnknownSurveyReference(String typed) {
        super(Reason.UNKNOWN_REFERENCE);
        this.typed = typed;
    }

    public String typed() {
        return typed;
    }
}
