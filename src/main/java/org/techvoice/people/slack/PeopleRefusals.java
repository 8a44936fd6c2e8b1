package org.techvoice.people.slack;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.techvoice.people.ImportProblem;
import org.techvoice.people.JobFamily;
import org.techvoice.people.ProfessionalRegistration;
import org.techvoice.people.TechnicianCsv;
import org.techvoice.people.TechnicianDetails;

/**
 * The words of what the people feature refuses: a technician's details (the join form, a line of an import) and an
 * import's problems, one sentence per fact. Refusals for want of a role are {@link RoleRefusals}'.
 */
final class PeopleRefusals {

    /** What was typed is repeated up to this many characters. */
    private static final int SHOWN = 40;

    private PeopleRefusals() {
    }

    /** The words shown beside a field of the join form, and in an import's line. */
    static String text(TechnicianDetails.Field field, TechnicianDetails.Problem problem) {
        return switch (field) {
            case DEPARTMENT -> switch (problem.reason()) {
                case TOO_LONG -> "Please keep the department under " + TechnicianDetails.DEPARTMENT_LIMIT + " characters.";
                case NOT_ONE_LINE -> "Please put the department on one line.";
                case MISSING, UNKNOWN -> "Please give your department or school, e.g. \"School of Chemistry\".";
            };
            case JOB_FAMILY -> problem.reason() == TechnicianDetails.Problem.Reason.UNKNOWN
                    ? "\"" + shorten(problem.typed()) + "\" is not a job family I know; use one of: " + JobFamily.codes() + "."
                    : "Please choose a job family (one of: " + JobFamily.codes() + ").";
            case REGISTRATION -> "\"" + shorten(problem.typed()) + "\" is not a registration I know; use one of: "
                    + ProfessionalRegistration.codes() + ", or leave it empty.";
        };
    }

    /** One problem of an import: "Line 3 (U0AAA0003): …", or the problem alone when it is about the whole text. */
    static String describe(TechnicianCsv.RowError error) {
        String where = error.line() == 0 ? ""
                : "Line " + error.line() + (error.user().isBlank() ? "" : " (" + error.user() + ")") + ": ";
        return where + text(error.problem());
    }

    static String text(ImportProblem problem) {
        if (problem instanceof ImportProblem.Plain plain) {
            return switch (plain) {
                case NOTHING_PASTED -> "Paste at least one line: user, department, job family, registration.";
                case NO_TECHNICIANS -> "There are column names but no technicians below them.";
                case USER_MISSING -> "the user is missing: give a Slack user id or an email.";
                case NOT_A_USER -> "is neither a Slack user id (like U0123ABCD) nor an email address.";
                case NO_SUCH_EMAIL -> "nobody in this workspace has that email.";
                case NOT_A_MEMBER -> "is not a member of this workspace.";
                case BOT -> "is a bot, not a technician.";
                case DEACTIVATED -> "is a deactivated account.";
            };
        }
        if (problem instanceof ImportProblem.TooManyLines tooMany) {
            return "That is more than " + tooMany.limit() + " lines: please import in parts.";
        }
        if (problem instanceof ImportProblem.NotCsv notCsv) {
            return "The text is not valid CSV (" + notCsv.parserMessage() + "). Check for an unclosed double quote.";
        }
        if (problem instanceof ImportProblem.WrongColumnCount columns) {
            return "expected 3 or 4 columns (user, department, job family, registration) but found " + columns.found() + ".";
        }
        if (problem instanceof ImportProblem.Repeated repeated) {
            return repeated.samePerson() ? "is the same person as line " + repeated.earlierLine() + "."
                    : "appears twice (also on line " + repeated.earlierLine() + ").";
        }
        if (problem instanceof ImportProblem.InvalidDetails details) {
            return details(details.problems());
        }
        if (problem instanceof ImportProblem.DirectoryUnavailable unavailable) {
            return "Slack could not look this person up just now (" + unavailable.cause() + "); try again in a minute.";
        }
        return RoleRefusals.text(((ImportProblem.NotAdmin) problem).whoCan(), "import technicians");
    }

    private static String details(Map<TechnicianDetails.Field, TechnicianDetails.Problem> problems) {
        return Stream.of(TechnicianDetails.Field.values()).filter(problems::containsKey)
                .map(field -> text(field, problems.get(field))).collect(Collectors.joining(" "));
    }

    private static String shorten(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN - 1) + "…" : text;
    }
}
