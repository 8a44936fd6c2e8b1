package org.techvoice.surveys;

/** The parts of the survey builder a lead fills in; {@link FieldErrors} names them, and the Slack adapter places each error. */
public enum SurveyField {
    TITLE, INTRODUCTION, AUDIENCE, CHANNEL, USER_GROUP, OPENS, CLOSES, QUESTION_TEXT, QUESTION_TYPE, QUESTION_THEME, CHOICES, QUESTIONS
}
