package org.techvoice.draft.actionplan;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.FieldProblem.Reason;

/** What an action must have before it goes in the plan. */
final class ActionRules {

    static final Pattern REFERENCE = Pattern.compile("^[A-Z]{1,8}-\\d{1,4}$");
    static final int LONG_TEXT_LIMIT = 3000;
    static final int SHORT_TEXT_LIMIT = 200;
    static final int MAX_EVIDENCE = 50;
    static final int MAX_FINDINGS = 20;

    private ActionRules() {
    }

    static Map<ActionField, FieldProblem> check(ActionInput input) {
        Map<ActionField, FieldProblem> errors = new EnumMap<>(ActionField.class);
        String reference = normalisedReference(input.reference());
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            errors.put(ActionField.REFERENCE, FieldProblem.of(Reason.NOT_A_REFERENCE));
        }
        if (input.themes().isEmpty()) {
            errors.put(ActionField.THEMES, FieldProblem.of(Reason.MISSING));
        }
        required(errors, ActionField.DESCRIPTION, input.description(), LONG_TEXT_LIMIT);
        required(errors, ActionField.LEAD, input.lead(), SHORT_TEXT_LIMIT);
        required(errors, ActionField.SUCCESS_MEASURE, input.successMeasure(), LONG_TEXT_LIMIT);
        if (input.startsOn() == null) {
            errors.put(ActionField.STARTS_ON, FieldProblem.of(Reason.MISSING));
        }
        if (input.deadline() == null) {
            errors.put(ActionField.DEADLINE, FieldProblem.of(Reason.MISSING));
        } else if (input.startsOn() != null && input.deadline().isBefore(input.startsOn())) {
            errors.put(ActionField.DEADLINE, FieldProblem.of(Reason.DEADLINE_BEFORE_START, input.deadline().toString(), input.startsOn().toString()));
        }
        if (input.rag() == null) {
            errors.put(ActionField.RAG, FieldProblem.of(Reason.MISSING));
        }
        if (input.updateNote() != null && input.updateNote().length() > LONG_TEXT_LIMIT) {
            errors.put(ActionField.UPDATE_NOTE, FieldProblem.over(Reason.TOO_LONG, LONG_TEXT_LIMIT, 0));
        }
        if (input.evidenceReferences().size() > MAX_EVIDENCE) {
            errors.put(ActionField.EVIDENCE, FieldProblem.over(Reason.TOO_MANY, MAX_EVIDENCE, input.evidenceReferences().size()));
        }
        if (input.findingReferences().size() > MAX_FINDINGS) {
            errors.put(ActionField.FINDINGS, FieldProblem.over(Reason.TOO_MANY, MAX_FINDINGS, input.findingReferences().size()));
        }
        return errors;
    }

    static String normalisedReference(String reference) {
        return reference == null || reference.isBlank() ? null : reference.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static void required(Map<ActionField, FieldProblem> errors, ActionField field, String text, int limit) {
        if (text == null || text.isBlank()) {
            errors.put(field, FieldProblem.of(Reason.MISSING));
        } else if (text.length() > limit) {
            errors.put(field, FieldProblem.over(Reason.TOO_LONG, limit, text.length()));
        }
    }
}
