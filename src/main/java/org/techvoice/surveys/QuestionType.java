package org.techvoice.surveys;

/** The kinds of question a survey can ask. */
public enum QuestionType {
    RATING("rating"),
    SINGLE_CHOICE("single choice"),
    MULTIPLE_CHOICE("multiple choice"),
    FREE_TEXT("free text");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
