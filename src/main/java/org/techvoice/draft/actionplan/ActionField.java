package org.techvoice.draft.actionplan;

/** The fields of an action, so an error can point at the one that is wrong. */
public enum ActionField {
    REFERENCE, THEMES, DESCRIPTION, LEAD, STARTS_ON, DEADLINE, SUCCESS_MEASURE, RAG, UPDATE_NOTE, EVIDENCE, FINDINGS
}
