package org.techvoice.slack;

import java.time.Duration;

/** Slack's {@code Retry-After} header on a 429, read the same way by every caller of the Web API. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** Slack sends whole seconds; anything else (or nothing) is {@code null}, and the caller falls back to its back-off. */
    public static Duration parse(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
