package org.techvoice.bench;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench institution's previous plan over three years (issue 17): every action enters the plan on the signatory
 * date and is updated on the first of every month after, until it is done or dropped: one action in five is done within
 * its second year or early in its third, one in seven is dropped in its first, the rest are still in progress. The
 * same history gives the action rows, their kept updates and the plan as it stood in the Stage 1 submission.
 */
final class StageHistory {

    static final int MONTHS = 36;
    /** The last monthly update of the three years. */
    static final LocalDate LAST_DAY = DraftSeed.FIRST_DAY.plusMonths(MONTHS);
    private static final String[] RAGS = {"RED", "AMBER", "GREEN"};
    private static final String[] NOTES = {
            "Scoping agreed with the steering group",
            "Owner named and budget confirmed",
            "First school on board; two more asked",
            "Pilot running; feedback collected from technicians",
            "Half of the faculties done",
            "Delayed by recruitment; new date agreed",
            "Report to the technician network",
            "Rolled out to every faculty",
    };

    /** One kept update: its day, RAG, status and note. */
    record Update(LocalDate day, String rag, String status, String note) {
    }

    private StageHistory() {
    }

    /** Action {@code n}'s updates up to and including {@code until}, oldest first; the first is the action entering the plan. */
    static List<Update> of(int n, LocalDate until) {
        List<Update> updates = new ArrayList<>();
        updates.add(new Update(DraftSeed.FIRST_DAY, RAGS[n % 3], "NOT_STARTED", null));
        int doneIn = n % 5 == 0 ? 18 + n % 12 : 0;
        int droppedIn = n % 7 == 3 ? 6 + n % 6 : 0;
        for (int month = 1; month <= MONTHS; month++) {
            LocalDate day = DraftSeed.FIRST_DAY.plusMonths(month);
            if (day.isAfter(until)) {
                break;
            }
            if (month == doneIn) {
                updates.add(new Update(day, "GREEN", "DONE", "Done: " + NOTES[NOTES.length - 1].toLowerCase(java.util.Locale.ROOT)));
                break;
            }
            if (month == droppedIn) {
                updates.add(new Update(day, "RED", "DROPPED", "Dropped: covered by a university-wide policy"));
                break;
            }
            // the RAG moves every few months, so trajectories have a few changes, not one a month
            String rag = RAGS[(n + month / (3 + n % 4)) % 3];
            updates.add(new Update(day, rag, "IN_PROGRESS", NOTES[(n + month) % NOTES.length] + " (month " + month + ")"));
        }
        return updates;
    }

    /** The action's state on {@code day}: its last update then. */
    static Update latest(int n, LocalDate day) {
        List<Update> updates = of(n, day);
        return updates.get(updates.size() - 1);
    }

    /** Its RAG ratings up to {@code day}, each change once, as the app's Trajectory keeps them. */
    static List<String> trajectory(int n, LocalDate day) {
        List<String> ratings = new ArrayList<>();
        for (Update update : of(n, day)) {
            if (ratings.isEmpty() || !ratings.get(ratings.size() - 1).equals(update.rag())) {
                ratings.add(update.rag());
            }
        }
        return ratings;
    }

    /** The moment of an update made on {@code day}: mid-morning. */
    static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }
}
