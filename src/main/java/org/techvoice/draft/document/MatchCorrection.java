package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A match of the gap analysis the lead marked wrong: this evidence does not show this Appendix A activity.
 *
 * @param activityId the activity, e.g. {@code VIS-9}
 * @param evidence   an entry's or an action's reference ({@code C-12}, {@code TC-01}), or one of {@link Mechanism}'s keys
 */
public record MatchCorrection(String activityId, String evidence, LocalDate markedOn) {

    /** The evidence that is not an entry or an action: TechVoice's own mechanisms and the organisation profile. */
    public enum Mechanism {
        /** achievements celebrated in the network channel, for VIS-7 */
        CELEBRATIONS("celebrations"),
        /** the network channel those celebrations are posted in, for VIS-9 */
        CHANNEL("channel"),
        /** what the organisation profile describes as in place */
        PROFILE("profile");

        private final String key;

        Mechanism(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The mechanism whose key this is, typed in any case and with spaces around, if any. */
        public static Optional<Mechanism> byKey(String typed) {
            String lower = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(m -> m.key.equals(lower)).findFirst();
        }
    }
}
