package org.techvoice.entry;

/**
 * An entry that cannot be stored as given; the message is written for the person who typed it and
 * {@link #field()} names what to fix ("text", "date", "link", "collaborators", "themes"), so a form can show it there.
 */
public class EntryRejected extends RuntimeException {

    private final String field;

    public EntryRejected(String friendlyMessage) {
        this("text", friendlyMessage);
    }

    public EntryRejected(String field, String friendlyMessage) {
        super(friendlyMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
