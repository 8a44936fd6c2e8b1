package org.techvoice.surveys;

/** The add-question page as typed; {@code type} and {@code theme} are enum names, {@code choices} one per line. */
public record QuestionInput(String text, String type, String theme, String choices, String lowLabel, String highLabel) {
}
