package org.techvoice.entry;

/**
 * An entry that cannot be stored as given; nothing was stored. It carries facts only, and the Slack adapter
 * ({@code entry.slack.EntryRefusals}) words them: {@link #field()} names what to fix, so a form can show the words
 * beside it; {@link #problem()} says what kind of fault it is, so an adapter that needs its own words (e.g. for a
 * message shortcut, where the person typed nothing) can choose them; {@link #kind()}, {@link #given()} and
 * {@link #limit()} are the values the words need. The exception's message is for logs only.
 */
public class EntryRejected extends RuntimeException {

    /** The part of an entry a person types or picks. */
    public enum Field { TEXT, DATE, LINK, COLLABORATORS, THEMES }

    public enum Problem {
        /** Nothing was given where something is needed. */
        EMPTY,
        /** More than the limit. */
        TOO_LONG,
        /** Given, but not acceptable (a future date, a link that is not https). */
        INVALID
    }

    private final Field field;
    private final Problem problem;
    private final EntryKind kind;
    private final int given;
    private final int limit;

    private EntryRejected(Field field, Problem problem, EntryKind kind, int given, int limit) {
        super(field + " " + problem + (kind == null ? "" : " (" + kind + ")") + (limit == 0 ? "" : ": " + given + " over " + limit));
        this.field = field;
        this.problem = problem;
        this.kind = kind;
        this.given = given;
        this.limit = limit;
    }

    /** The text of an entry of this kind is empty. */
    public static EntryRejected emptyText(EntryKind kind) {
        return new EntryRejected(Field.TEXT, Problem.EMPTY, kind, 0, 0);
    }

    /** The text has {@code length} characters, over the {@code limit}. */
    public static EntryRejected textTooLong(EntryKind kind, int length, int limit) {
        return new EntryRejected(Field.TEXT, Problem.TOO_LONG, kind, length, limit);
    }

    /** The day it happened is after today. */
    public static EntryRejected dateInFuture() {
        return new EntryRejected(Field.DATE, Problem.INVALID, null, 0, 0);
    }

    /** The link is not an https web address of at most {@code limit} characters. */
    public static EntryRejected linkNotHttps(int limit) {
        return new EntryRejected(Field.LINK, Problem.INVALID, null, 0, limit);
    }

    /** {@code count} collaborators were named, over the {@code limit}. */
    public static EntryRejected tooManyCollaborators(int count, int limit) {
        return new EntryRejected(Field.COLLABORATORS, Problem.TOO_LONG, null, count, limit);
    }

    /** An edit left the entry without a theme. */
    public static EntryRejected noTheme() {
        return new EntryRejected(Field.THEMES, Problem.EMPTY, null, 0, 0);
    }

    public Field field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    /** For a problem with the text: what was being written; else null. */
    public EntryKind kind() {
        return kind;
    }

    /** For {@link Problem#TOO_LONG}: how many were given (characters, collaborators); else 0. */
    public int given() {
        return given;
    }

    /** For {@link Problem#TOO_LONG} and a link: the limit; else 0. */
    public int limit() {
        return limit;
    }
}
