package org.techvoice.recognition;

import java.util.Locale;
import java.util.Optional;

import org.techvoice.voice.VoiceView;

/** A reference such as {@code V-12}, {@code C-40} or {@code A-7}, as typed or carried in a button. */
record EntryReference(char kind, long id) {

    static Optional<EntryReference> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String r = reference.strip().toUpperCase(Locale.ROOT);
        if (!r.matches("[VCA]-[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new EntryReference(r.charAt(0), Long.parseLong(r.substring(2))));
    }

    boolean voice() {
        return VoiceView.PREFIX.charAt(0) == kind;
    }

    boolean contribution() {
        return ContributionView.PREFIX.charAt(0) == kind;
    }
}
