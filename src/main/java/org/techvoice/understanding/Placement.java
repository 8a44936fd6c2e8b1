package org.techvoice.understanding;

import java.util.Objects;

/**
 * Where a stored vector places its row, found by the embedding job with the vector (issue 16): the nearest of a bank's
 * targets and how close it is, and the bank it was measured against. A draft then reads these few columns instead of
 * the vector and places nothing itself; a row placed against another bank (the action library or Appendix A's
 * descriptions changed since) is placed again by the job, and meanwhile read as if it had no placement.
 *
 * @param target     the nearest target's id (an action template's id, an Appendix A activity's id), or null when the
 *                   vector speaks to none
 * @param similarity how close the vector is to it (centred cosine, as the bank measures), 0 when none
 * @param against    the {@link VectorPlacer#stamp() stamp} of the bank it was placed against
 */
public record Placement(String target, double similarity, String against) {

    /** The widest target id a row's column holds. */
    public static final int TARGET_LENGTH = 64;

    public Placement {
        Objects.requireNonNull(against, "against");
        if (target != null && target.length() > TARGET_LENGTH) {
            throw new IllegalArgumentException("A placement's target is at most " + TARGET_LENGTH + " characters: " + target);
        }
    }

    /** The stored columns of a row, or null when the row has none (not placed yet, or no vector). */
    public static Placement stored(String target, Double similarity, String against) {
        return against == null ? null : new Placement(target, similarity == null ? 0 : similarity, against);
    }

    /** Whether it was placed against this stamp (the bank as it is now); never for a null stamp (a bank not built). */
    public boolean current(String stamp) {
        return stamp != null && stamp.equals(against);
    }
}
