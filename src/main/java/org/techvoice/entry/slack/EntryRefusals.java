package org.techvoice.entry.slack;

import org.springframework.modulith.NamedInterface;
import org.techvoice.entry.EntryKind;
import org.techvoice.entry.EntryRejected;

/**
 * The words of every {@link EntryRejected}, for the voice and recognition adapters alike: one sentence per field and
 * problem, shown beside the form field or after ":warning: " in a reply.
 */
@NamedInterface("entry-refusals")
public final class EntryRefusals {

    private EntryRefusals() {
    }

    public static String text(EntryRejected rejected) {
        return switch (rejected.field()) {
            case TEXT -> rejected.problem() == EntryRejected.Problem.EMPTY
                    ? "Please write what " + named(rejected.kind()) + " is about; it can't be empty."
                    : "That is %,d characters; the limit is %,d. Nothing was saved: please shorten it and try again."
                            .formatted(rejected.given(), rejected.limit());
            case DATE -> "The date can't be in the future: log it once it has happened.";
            case LINK -> "The evidence link must be a web address starting with https:// (http:// links are not accepted; "
                    + "at most %,d characters).".formatted(rejected.limit());
            case COLLABORATORS -> "Please name at most " + rejected.limit() + " collaborators.";
            case THEMES -> "Pick at least one theme.";
        };
    }

    private static String named(EntryKind kind) {
        return switch (kind) {
            case VOICE -> "your idea or concern";
            case CONTRIBUTION -> "your contribution";
            case ACHIEVEMENT -> "the achievement";
            case LOGGED_MESSAGE -> "the message";
        };
    }
}
