package org.techvoice.draft.actionplan;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What an action must have before it goes in the plan. */
final class ActionRules {

    static final Pattern REFERENCE = Pattern.compile("^[A-Z]{1,8}-\\d{1,4}$");
    static final int LONG_TEXT_LIMIT = 3000;
    static final int SHORT_TEXT_LIMIT = 200;
    static final int MAX_EVIDENCE = 50;
    static final int MAX_FINDINGS = 20;

    private ActionRules() {
    }

    static Map<ActionField, String> check(ActionInput input) {
        Map<ActionField, String> errors = new EnumMap<>(ActionField.class);
        String reference = normalisedReference(input.reference());
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            errors.put(ActionField.REFERENCE, "Use a short reference of letters, a dash and a number, e.g. TC-01.");
        }
        if (input.themes().isEmpty()) {
            errors.put(ActionField.THEMES, "Choose at least one theme.");
        }
        required(errors, ActionField.DESCRIPTION, input.description(), LONG_TEXT_LIMIT, "Say what will be done.");
        required(errors, ActionField.LEAD, input.lead(), SHORT_TEXT_LIMIT, "Name who leads it: a person or a role.");
        required(errors, ActionField.SUCCESS_MEASURE, input.successMeasure(), LONG_TEXT_LIMIT,
                "Say how you will know it worked, e.g. \"20 technicians registered by 2027\".");
        if (input.startsOn() == null) {
            errors.put(ActionField.STARTS_ON, "Pick a start date.");
        }
        if (input.deadline() == null) {
            errors.put(ActionField.DEADLINE, "Pick a deadline.");
        } else if (input.startsOn() != null && input.deadline().isBefore(input.startsOn())) {
            errors.put(ActionField.DEADLINE, "The deadline (" + input.deadline() + ") is before the start (" + input.startsOn() + ").");
        }
        if (input.rag() == null) {
            errors.put(ActionField.RAG, "Choose red, amber or green.");
        }
        if (input.updateNote() != null && input.updateNote().length() > LONG_TEXT_LIMIT) {
            errors.put(ActionField.UPDATE_NOTE, "Please keep the note under " + LONG_TEXT_LIMIT + " characters.");
        }
        if (input.evidenceReferences().size() > MAX_EVIDENCE) {
            errors.put(ActionField.EVIDENCE, "Please link at most " + MAX_EVIDENCE + " pieces of evidence.");
        }
        if (input.findingReferences().size() > MAX_FINDINGS) {
            errors.put(ActionField.FINDINGS, "Please link at most " + MAX_FINDINGS + " findings.");
        }
        return errors;
    }

    static String normalisedReference(String reference) {
        return reference == null || reference.isBlank() ? null : reference.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static void required(Map<ActionField, String> errors, ActionField field, String text, int limit, String missing) {
        if (text == null || text.isBlank()) {
            errors.put(field, missing);
        } else if (text.length() > limit) {
            errors.put(field, "Please keep this under " + limit + " characters (it has " + text.length() + ").");
        }
    }
}
