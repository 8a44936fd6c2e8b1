package org.techvoice.surveys;

/** Something the person asked for cannot be done; the message says why in words fit to show them. */
public class SurveyProblem extends RuntimeException {

    public SurveyProblem(String friendlyMessage) {
        super(friendlyMessage);
    }
}
