package org.techvoice.loop;

import java.time.ZoneId;

/**
 * An admin's switches for closing the loop in one workspace.
 *
 * @param saidDidPosts whether actions that came from technicians are announced in the network channel
 * @param digest       how often the network's digest goes out
 * @param results      where a closed survey's headline results are shared back
 * @param leadReports  whether leads get the monthly DM
 * @param zone         the workspace's time zone, which posts are timed in
 * @param zoneChosen   false when {@code zone} is the default ({@code techvoice.surveys.default-time-zone})
 */
public record LoopSettings(boolean saidDidPosts, DigestFrequency digest, ResultsAudience results, boolean leadReports,
        ZoneId zone, boolean zoneChosen) {

    /** How often the digest goes out. */
    public enum DigestFrequency {
        WEEKLY(7), FORTNIGHTLY(14), MONTHLY(0), OFF(-1);

        private final int days;

        DigestFrequency(int days) {
            this.days = days;
        }

        /** Days between digests; 0 for monthly (a calendar month), negative when off. */
        int days() {
            return days;
        }
    }

    /** Who sees a closed survey's results. */
    public enum ResultsAudience {
        /** the network channel */
        CHANNEL,
        /** a DM to each person the survey asked */
        ASKED,
        OFF
    }
}
