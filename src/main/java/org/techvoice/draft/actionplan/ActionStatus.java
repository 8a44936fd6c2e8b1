package org.techvoice.draft.actionplan;

/** How far an action has gone, beside its RAG rating: a plan's reflection counts them. */
public enum ActionStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Done or dropped: nothing more is expected of it, so it is neither overdue nor nudged. */
    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
