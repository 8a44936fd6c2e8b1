package org.techvoice.people;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What is wrong with an import, or with one line of it ({@link TechnicianCsv.RowError}): facts, worded by the people
 * feature's Slack adapter ({@code people.slack.PeopleRefusals}).
 */
public sealed interface ImportProblem {

    /** Problems that need no value to be told. */
    enum Plain implements ImportProblem {
        /** Nothing was pasted. */
        NOTHING_PASTED,
        /** Only the line of column names. */
        NO_TECHNICIANS,
        /** The user column is empty. */
        USER_MISSING,
        /** The user is neither a Slack user id nor an email address. */
        NOT_A_USER,
        /** No member of the workspace has that email. */
        NO_SUCH_EMAIL,
        /** No member of the workspace has that id. */
        NOT_A_MEMBER,
        /** A bot or an app. */
        BOT,
        /** A deactivated account. */
        DEACTIVATED
    }

    /** More lines than {@code limit} ({@link TechnicianCsv#MAX_ROWS}). */
    record TooManyLines(int limit) implements ImportProblem {
    }

    /** The text is not CSV; {@code parserMessage} is the CSV reader's own account of where. */
    record NotCsv(String parserMessage) implements ImportProblem {
    }

    /** A line with {@code found} columns instead of 3 or 4. */
    record WrongColumnCount(int found) implements ImportProblem {
    }

    /** The same user as on line {@code earlierLine}: as typed, or (looked up) the same person. */
    record Repeated(int earlierLine, boolean samePerson) implements ImportProblem {
    }

    /** The technician's details have problems, by column. */
    record InvalidDetails(Map<TechnicianDetails.Field, TechnicianDetails.Problem> problems) implements ImportProblem {

        public InvalidDetails {
            // in the columns' order, which is the words' order
            problems = problems.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(problems));
        }
    }

    /** Slack could not look the person up just now; {@code cause} says what failed, for the admin to pass on. */
    record DirectoryUnavailable(String cause) implements ImportProblem {
    }

    /** Only admins may import. */
    record NotAdmin(WhoCan whoCan) implements ImportProblem {
    }
}
