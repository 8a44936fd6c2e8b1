package org.techvoice;

/**
 * A cost the first Slack request would otherwise pay (a connection to confirm, classes to load, queries to parse),
 * paid by {@link ReadinessWarmUp} before the app reports itself ready. A feature offers one as a bean.
 */
public interface WarmUp {

    /** What is warmed, for the start-up log. */
    String name();

    /**
     * Does the work once. A failure is logged and does not hold readiness back: each step only saves the first
     * request time, and the request path does the same work itself when it is needed.
     */
    void warmUp() throws Exception;
}
