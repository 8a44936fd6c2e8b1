package org.techvoice.draft.actionplan;

/** The red/amber/green status the action plan reports each action with. */
public enum Rag {
    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
