package org.techvoice.recognition;

/** What sort of contribution was logged; the label is what people read. */
public enum ContributionKind {
    RESEARCH_OUTPUT("research output"),
    TEACHING("teaching"),
    OUTREACH("outreach"),
    TRAINING_GIVEN("training given"),
    COMMITTEE("committee seat"),
    PROCESS_IMPROVEMENT("process improved"),
    OTHER("other contribution");

    private final String label;

    ContributionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
