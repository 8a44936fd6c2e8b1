package org.techvoice.entry;

/**
 * An entry that cannot be stored as given; nothing was stored. {@link #field()} names what to fix, so a form can show
 * the message beside it, and {@link #problem()} says what kind of fault it is, so an adapter that needs its own words
 * (e.g. for a message shortcut, where the person typed nothing) can choose them without reading the message.
 */
public class EntryRejected extends RuntimeException {

    /** The part of an entry a person types or picks. */
    public enum Field { TEXT, DATE, LINK, COLLABORATORS, THEMES }

    public enum Problem {
        /** Nothing was given where something is needed. */
        EMPTY,
        /** More than the limit. */
        TOO_LONG,
        /** Given, but not acceptable (a future date, a link that is not https, too many names). */
        INVALID
    }

    private final Field field;
    private final Problem problem;

    public EntryRejected(Field field, Problem problem, String friendlyMessage) {
        super(friendlyMessage);
        this.field = field;
        this.problem = problem;
    }

    public Field field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }
}
