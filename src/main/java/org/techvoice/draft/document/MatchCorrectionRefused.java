package org.techvoice.draft.document;

/** Why a gap-analysis match could not be marked wrong (or unmarked): the adapter words each reason. */
public class MatchCorrectionRefused extends RuntimeException {

    public enum Reason {
        /** no Appendix A activity has this id */
        UNKNOWN_ACTIVITY,
        /** no contribution, achievement, action or mechanism has this reference in the workspace */
        UNKNOWN_EVIDENCE,
        /** a voice entry: views are never counted as evidence of an activity, so there is nothing to correct */
        VOICE_ENTRY
    }

    private final Reason reason;
    private final String value;

    public MatchCorrectionRefused(Reason reason, String value) {
        super(reason + ": " + value);
        this.reason = reason;
        this.value = value;
    }

    public Reason reason() {
        return reason;
    }

    /** The activity id or reference refused, as typed (normalised), for the adapter to quote. */
    public String value() {
        return value;
    }
}
