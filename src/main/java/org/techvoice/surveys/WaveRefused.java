package org.techvoice.surveys;

/**
 * A survey cannot be marked as a wave of the one named: the reason as a fact, with both references; the Slack adapter
 * says it in words.
 */
public class WaveRefused extends RuntimeException {

    public enum Reason {
        /** The same survey was named twice. */
        SAME_SURVEY,
        /** The "earlier" survey opens no earlier than the wave. */
        NOT_EARLIER
    }

    private final Reason reason;
    private final String wave;
    private final String earlier;

    WaveRefused(Reason reason, String wave, String earlier) {
        super(reason + " " + wave + " of " + earlier);
        this.reason = reason;
        this.wave = wave;
        this.earlier = earlier;
    }

    public Reason reason() {
        return reason;
    }

    public String wave() {
        return wave;
    }

    public String earlier() {
        return earlier;
    }
}
